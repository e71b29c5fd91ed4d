import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Fetches the component's code now, so that drawing it later does not wait. */
  preload(): Promise<unknown>;
};

/**
 * A component whose code is fetched the first time it is drawn, or earlier through `preload`: the
 * page's first screen then waits only for its own code. Until the code is there nothing is drawn
 * (from the extension's own files that is a few milliseconds).
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<unknown> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // A file gone missing (the extension updated under an open page): try again next time.
        pending = undefined;
        console.error(
          "Debrief: part of this page could not be loaded; close and reopen it.",
          error,
        );
      },
    );
    return pending;
  };
  function Lazy(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (!loaded) void preload().then(() => setReady(true));
    }, []);
    const Component = loaded;
    return Component ? <Component {...props} /> : null;
  }
  return Object.assign(Lazy, { preload });
}

/** Calls `task` once the browser has drawn the page and has nothing more pressing to do. */
export function whenIdle(task: () => void): void {
  if ("requestIdleCallback" in globalThis) requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
