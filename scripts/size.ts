// `npm run size`: how big the built extension is, and what the content script costs each mail page.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const dist = resolve(import.meta.dirname, "..", process.argv[2] ?? "dist");

function totalBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? totalBytes(path) : stat.size);
  }, 0);
}

interface ContentScript {
  matches?: string[];
  js?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8")) as {
  content_scripts?: ContentScript[];
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`${dist}: ${kb(totalBytes(dist))} on disk`);
// Each client's pages load their own content script: the figure is the larger of them.
let largest = { raw: 0, gzip: 0 };
for (const script of manifest.content_scripts ?? []) {
  let raw = 0;
  let gzip = 0;
  for (const file of [...(script.js ?? []), ...(script.css ?? [])]) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const where = (script.matches ?? []).map((match) => new URL(match).hostname).join(", ");
  console.log(
    `  content script ${(script.js ?? []).join(", ")} (${where}): ${kb(raw)}, ${kb(gzip)} gzip`,
  );
  if (gzip > largest.gzip) largest = { raw, gzip };
}
console.log(
  `content script, everything a mail page loads (the larger client's): ${kb(largest.raw)}, ${kb(largest.gzip)} gzip (budget 20 KB gzip)`,
);
// Scripts injected into a mail tab only when the user asks (`scripting.executeScript`).
for (const [name, label] of [
  ["reply-script", "the reply code, injected on the first Ask for feedback"],
  ["page-sample-script", "the page sample, injected on Copy a page sample"],
] as const) {
  const bytes = readFileSync(join(dist, "src/content", `${name}.js`));
  console.log(`  ${label}: ${kb(bytes.length)}, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`);
}

// The detector's share of the content script: its code, without phrases; each language's phrases
// (English first, when the page is idle) come from the background when an email needs them.
const { build } = await import("vite");
const detect = resolve(import.meta.dirname, "../src/core/detect");
const entry = resolve(import.meta.dirname, "../tmp/detector-in-page.ts");
mkdirSync(dirname(entry), { recursive: true });
writeFileSync(entry, `export { createClassifier } from "${detect}/classify";\n`);
const output = await build({
  configFile: false,
  logLevel: "silent",
  build: { write: false, minify: true, lib: { entry, formats: ["es"] } },
});
const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
  "output" in result ? result.output : [],
);
const code = chunks.flatMap((chunk) => (chunk.type === "chunk" ? [Buffer.from(chunk.code)] : []));
const codeBytes = code.reduce((sum, part) => sum + part.length, 0);
const codeGzip = code.reduce((sum, part) => sum + gzipSync(part, { level: 9 }).length, 0);
console.log(
  `rejection detector in the content script (code, no phrases), minified: ${kb(codeBytes)}, ${kb(codeGzip)} gzip (budget 10 KB gzip)`,
);
for (const language of ["en", "es", "fr", "de", "pt", "nl", "it"]) {
  const { [language]: book } = (await import(
    `../src/core/detect/phrases/${language}.ts`
  )) as Record<string, unknown>;
  const json = JSON.stringify(book);
  console.log(
    `  ${language} phrases, sent by the background when needed: ${kb(json.length)}, ${kb(gzipSync(json, { level: 9 }).length)} gzip`,
  );
}
