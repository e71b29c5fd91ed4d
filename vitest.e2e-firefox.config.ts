import { defineConfig } from "vitest/config";

// End-to-end tests in Firefox: the Firefox build as a temporary add-on, one browser per file.
export default defineConfig({
  test: {
    include: ["test/e2e-firefox/**/*.test.ts"],
    globalSetup: ["test/e2e-firefox/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    // A shared machine can be slow to draw a page; each wait still ends as soon as it holds.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    hookTimeout: 60_000,
  },
});
