// `npm run package`: the zips for the stores, built afresh from a clean work tree, into release/:
//   debrief-<version>-chrome.zip    for the Chrome Web Store (and Edge Add-ons)
//   debrief-<version>-firefox.zip   for addons.mozilla.org
//   debrief-<version>-source.zip    the source AMO's reviewers rebuild it from, with BUILD.md
// and the two builds unpacked beside them (release/chrome/, release/firefox/).
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { devServerFiles, packageRelease, uncommittedChanges } from "./lib/package";

const root = resolve(import.meta.dirname, "..");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const changes = uncommittedChanges(root);
if (changes.length > 0) {
  fail(
    "The work tree has changes that are not committed, so the zips would not match any commit:\n" +
      `${changes.map((line) => `  ${line}`).join("\n")}\n` +
      "Commit or stash them, then run `npm run package` again.",
  );
}
for (const dist of ["dist", "dist-firefox"]) {
  const served = devServerFiles(resolve(root, dist));
  if (served.length > 0) {
    fail(
      `${dist}/ was written by a dev server (${served[0]} loads code from it), not by a build.\n` +
        `Stop the dev server and delete ${dist}/ (\`rm -rf ${dist}\`), then run \`npm run package\` again.`,
    );
  }
}

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) fail(`\`${command} ${args.join(" ")}\` failed; see above.`);
};

run("npx", ["tsc", "--noEmit"]);
let release: ReturnType<typeof packageRelease>;
try {
  release = packageRelease(root, resolve(root, "release"));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
// AMO runs the same linter on upload; here it is run as for a listed add-on.
run("npx", ["web-ext", "lint", "--source-dir", resolve(release.dir, "firefox")]);

const size = (path: string) => `${(statSync(path).size / 1024).toFixed(1)} KB`;
console.log(
  [
    `Written to ${relative(root, release.dir)}/:`,
    `  ${relative(root, release.chromeZip)}  ${size(release.chromeZip)}  Chrome Web Store`,
    `  ${relative(root, release.firefoxZip)}  ${size(release.firefoxZip)}  addons.mozilla.org`,
    `  ${relative(root, release.sourceZip)}  ${size(release.sourceZip)}  source for AMO's review`,
  ].join("\n"),
);
