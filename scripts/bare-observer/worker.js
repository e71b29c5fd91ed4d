// Present only so the benchmark's launcher finds a worker, as it does for Debrief.
self.addEventListener("install", () => {});
