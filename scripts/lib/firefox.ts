import { findBrowser } from "./browser-path";

const CANDIDATES = ["/usr/bin/firefox-esr", "/usr/bin/firefox"];

export const FIREFOX_HELP = [
  "Debrief's Firefox tests need Firefox 142 or later (the build's strict_min_version).",
  "On Debian 12: sudo apt-get update && sudo apt-get install -y firefox-esr (153, from bookworm-security).",
  "Elsewhere, install Firefox and set FIREFOX_PATH to its executable.",
].join("\n");

/** The Firefox to drive: FIREFOX_PATH when set, else the first one found on the usual paths. */
export function findFirefox(): string {
  return findBrowser({
    name: "Firefox",
    envVar: "FIREFOX_PATH",
    candidates: CANDIDATES,
    help: FIREFOX_HELP,
  });
}
