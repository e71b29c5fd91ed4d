import { defineConfig } from "vitest/config";

// Unit tests: Node, or happy-dom where a file asks for it. The browser tests have their own config.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    exclude: ["test/e2e/**", "node_modules/**"],
    // Some tests are CPU-bound on purpose (a thousand random emails, 5 MB of text, whole demo
    // conversations in happy-dom): a second on an idle machine, several on a busy, shared 2-core
    // one. A test still ends as soon as it is done; only a hang waits this long to fail.
    testTimeout: 20_000,
  },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
});
