import { findBrowser } from "./browser-path";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

export const CHROMIUM_HELP = [
  "Debrief needs Chromium (or Chrome) to run its demo and its end-to-end tests.",
  "On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium",
  "Elsewhere, install Chromium or Chrome and set CHROME_PATH to its executable.",
].join("\n");

/** The browser to drive: CHROME_PATH when set, else the first one found on the usual paths. */
export function findChromium(): string {
  return findBrowser({
    name: "Chromium",
    envVar: "CHROME_PATH",
    candidates: CANDIDATES,
    help: CHROMIUM_HELP,
  });
}
