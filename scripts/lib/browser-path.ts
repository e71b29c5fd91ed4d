import { existsSync } from "node:fs";

/**
 * A browser to drive: the path in `envVar` when it is set, else the first of `candidates` that
 * exists. Throws with `help` (how to install one) when there is none.
 */
export function findBrowser(browser: {
  name: string;
  envVar: string;
  candidates: readonly string[];
  help: string;
}): string {
  const fromEnv = process.env[browser.envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `${browser.envVar} is set to ${fromEnv}, but no file is there.\n${browser.help}`,
    );
  }
  const found = browser.candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No ${browser.name} found (looked at ${browser.candidates.join(", ")}).\n${browser.help}`,
    );
  }
  return found;
}
