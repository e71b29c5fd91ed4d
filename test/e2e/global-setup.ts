import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { findChromium } from "../../scripts/lib/chromium";

// Fails the run before any test with a message that says what to do, rather than 20 launch errors.
export default function setup(): void {
  findChromium();
  for (const dist of process.env.DEBRIEF_DIST
    ? [process.env.DEBRIEF_DIST]
    : ["dist", "dist-firefox"]) {
    const manifest = resolve(import.meta.dirname, "../..", dist, "manifest.json");
    if (!existsSync(manifest))
      throw new Error(
        `${dist}/ is missing: run \`npm run build\` and \`npm run build:firefox\` first (npm test does).`,
      );
  }
}
