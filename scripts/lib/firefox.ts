import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/firefox-esr", "/usr/bin/firefox"];

export const FIREFOX_HELP = [
  "Debrief's Firefox tests need Firefox 142 or later (the build's strict_min_version).",
  "On Debian 12: sudo apt-get update && sudo apt-get install -y firefox-esr (153, from bookworm-security).",
  "Elsewhere, install Firefox and set FIREFOX_PATH to its executable.",
].join("\n");

/** The Firefox to drive: FIREFOX_PATH when set, else the first one found on the usual paths. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.\n${FIREFOX_HELP}`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found)
    throw new Error(`No Firefox found (looked at ${CANDIDATES.join(", ")}).\n${FIREFOX_HELP}`);
  return found;
}
