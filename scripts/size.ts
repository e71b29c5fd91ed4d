// `npm run size`: how big the built extension is, and what the content script costs each mail page.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
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
  js?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8")) as {
  content_scripts?: ContentScript[];
};
const files = [
  ...new Set(
    (manifest.content_scripts ?? []).flatMap((script) => [
      ...(script.js ?? []),
      ...(script.css ?? []),
    ]),
  ),
];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`${dist}: ${kb(totalBytes(dist))} on disk`);
let raw = 0;
let gzip = 0;
for (const file of files) {
  const bytes = readFileSync(join(dist, file));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(`  content script ${file}: ${kb(bytes.length)}, ${kb(zipped)} gzip`);
}
console.log(
  `content script, everything a mail page loads: ${kb(raw)}, ${kb(gzip)} gzip (budget 25 KB gzip)`,
);
