import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";
import baseManifest from "./manifest.json" with { type: "json" };

// One config, two targets: `vite build` for Chrome and Edge (dist/),
// `vite build --mode firefox` for Firefox (dist-firefox/).
export default defineConfig(({ mode }) => {
  const firefox = mode === "firefox";
  const manifest = firefox
    ? {
        ...baseManifest,
        minimum_chrome_version: undefined,
        // Firefox runs the background as an event page, not a service worker.
        background: { scripts: [baseManifest.background.service_worker], type: "module" },
        browser_specific_settings: {
          gecko: {
            id: "debrief@debrief.invalid",
            strict_min_version: "142.0",
            data_collection_permissions: { required: ["none"] },
          },
        },
      }
    : baseManifest;
  return {
    plugins: [
      preact(),
      crx({
        // `author` is a string, as Firefox shows it; the plugin's type still has Chrome's old
        // `{ email }`, a key Chrome and its store have ignored since February 2024
        // (developer.chrome.com/docs/extensions/reference/manifest/author).
        manifest: manifest as unknown as ManifestV3Export,
        browser: firefox ? "firefox" : "chrome",
        // A self-contained content script: no loader, no web-accessible chunks.
        contentScripts: {
          standaloneFiles: ["src/content/gmail-page.ts", "src/content/outlook-page.ts"],
        },
      }),
      noWebAccessibleScripts(),
    ],
    build: {
      outDir: firefox ? "dist-firefox" : "dist",
      emptyOutDir: true,
      target: firefox ? "firefox142" : "chrome120",
      // Readable stack traces in the user's own console; nothing is sent anywhere.
      sourcemap: false,
      modulePreload: { polyfill: false },
      // File names without content hashes: the extension ships whole, so nothing needs busting out
      // of a cache, and the bundler's hashes change with the folder the build runs in, which would
      // keep a reviewer's rebuild from giving the same files (see scripts/lib/package.ts).
      rolldownOptions: {
        output: {
          entryFileNames: "assets/[name].js",
          chunkFileNames: "assets/[name].js",
          assetFileNames: "assets/[name][extname]",
        },
      },
    },
  };
});

/**
 * The page-sample script is injected with `scripting.executeScript`, which needs no
 * web-accessible resource; @crxjs/vite-plugin declares every `?script` import one, open to every
 * site, which would let any page find out Debrief is installed. The built manifest declares none.
 */
function noWebAccessibleScripts(): Plugin {
  return {
    name: "debrief-no-web-accessible-scripts",
    enforce: "post",
    // The plugin writes the manifest last, so it is edited once written.
    writeBundle(options) {
      const path = join(options.dir ?? "dist", "manifest.json");
      if (!existsSync(path)) return;
      const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      if (!("web_accessible_resources" in manifest)) return;
      delete manifest.web_accessible_resources;
      writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
