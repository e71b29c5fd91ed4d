import { defineConfig } from "vitest/config";

// Unit tests: Node, or happy-dom where a file asks for it. The browser tests have their own config.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    exclude: ["test/e2e/**", "node_modules/**"],
  },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
});
