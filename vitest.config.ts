import { defineConfig } from "vitest/config";

// Unit tests: Node, or happy-dom where a file asks for it. The browser tests have their own config.
export default defineConfig({
  plugins: [
    {
      // The build makes a `?script&iife` import a file of its own and gives its name; here the
      // import gives the source's path, so a test can see which script would be injected.
      name: "script-file-names",
      enforce: "pre",
      resolveId: (id) => (id.endsWith("?script&iife") ? `\0script:${id}` : null),
      load: (id) =>
        id.startsWith("\0script:")
          ? `export default ${JSON.stringify(id.slice("\0script:".length).replace(/\?.*$/, ""))};`
          : null,
    },
  ],
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    exclude: ["test/e2e/**", "test/e2e-firefox/**", "node_modules/**"],
    // Some tests are CPU-bound on purpose (a thousand random emails, 5 MB of text, whole demo
    // conversations in happy-dom): a second on an idle machine, several on a busy, shared 2-core
    // one. A test still ends as soon as it is done; only a hang waits this long to fail.
    testTimeout: 20_000,
  },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
});
