import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { findFirefox } from "../../scripts/lib/firefox";

// Fails the run before any test with a message that says what to do, rather than a launch error per file.
export default function setup(): void {
  findFirefox();
  const dist = process.env.DEBRIEF_FIREFOX_DIST ?? "dist-firefox";
  if (!existsSync(resolve(import.meta.dirname, "../..", dist, "manifest.json")))
    throw new Error(`${dist}/ is missing: run \`npm run build:firefox\` first (npm test does).`);
}
