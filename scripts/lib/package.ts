import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { arch, platform, release, type } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { unzipFiles, type ZipEntry, zipFiles } from "./zip";

export type Target = "chrome" | "firefox";
export const TARGETS: readonly Target[] = ["chrome", "firefox"];

/**
 * What the source zip holds, of the files git tracks: all a build reads (vite.config.ts, the
 * manifest, src/, _locales/, icons/, the pinned dependencies) and the documents a reviewer reads.
 * Tests, scripts and fixtures stay out: no build reads them.
 */
export const SOURCE_PATHS = [
  "LICENSE",
  "PRIVACY.md",
  "README.md",
  "_locales/",
  "icons/",
  "manifest.json",
  "package-lock.json",
  "package.json",
  "src/",
  "tsconfig.json",
  "vite.config.ts",
] as const;

/** The instructions written into the source zip, at its root. */
export const BUILD_INSTRUCTIONS = "BUILD.md";

/** What a dev server leaves in a build folder: code loaded from the server, not from the package. */
const DEV_SERVER_TRACES = ["http://localhost:", "/@vite/client", "/@vite/env", "@crx/client"];

/** The files of a folder, as zip entries named by their path inside it (forward slashes). */
export function filesOf(dir: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const walk = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.isFile()) {
        entries.push({ name: relative(dir, path).split(sep).join("/"), data: readFileSync(path) });
      }
    }
  };
  walk(dir);
  return entries.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The files of `dir` that show a dev server wrote it (empty for a real build or no folder). */
export function devServerFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return filesOf(dir)
    .filter((file) => {
      const text = file.data.toString("latin1");
      return DEV_SERVER_TRACES.some((trace) => text.includes(trace));
    })
    .map((file) => file.name);
}

/** What `git status` says is changed or new in the work tree (empty when clean). */
export function uncommittedChanges(root: string): string[] {
  const status = spawnSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" });
  if (status.status !== 0) throw new Error(`git status failed: ${status.stderr.trim()}`);
  return status.stdout.split("\n").filter(Boolean);
}

/** The files git tracks under SOURCE_PATHS, as they are in the work tree. */
export function sourceEntries(root: string): ZipEntry[] {
  const listed = spawnSync("git", ["ls-files", "-z", "--", ...SOURCE_PATHS], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr.trim()}`);
  return listed.stdout
    .split("\0")
    .filter(Boolean)
    .filter((name) => existsSync(resolve(root, name)))
    .map((name) => ({ name, data: readFileSync(resolve(root, name)) }));
}

/** `vite build` of one target into `outDir`, emptied first; throws with the build's output when it fails. */
export function buildTarget(root: string, target: Target, outDir: string): void {
  const vite = resolve(root, "node_modules", "vite", "bin", "vite.js");
  const args = [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"];
  if (target === "firefox") args.push("--mode", "firefox");
  // A build is a production build whatever runs it: a test runner's NODE_ENV=test would give
  // another bundle.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== "NODE_ENV" && !key.startsWith("VITEST")),
  );
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env });
  if (result.status !== 0) {
    throw new Error(`The ${target} build failed:\n${result.stdout}${result.stderr}`);
  }
}

/** The tools and system the build runs on, for the instructions: what a reviewer should match. */
export interface BuildEnvironment {
  node: string;
  npm: string;
  os: string;
}

export function buildEnvironment(): BuildEnvironment {
  const npm = spawnSync("npm", ["--version"], { encoding: "utf8" }).stdout.trim();
  let os = `${type()} ${release()}`;
  if (platform() === "linux" && existsSync("/etc/os-release")) {
    const name = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1];
    if (name) os = name;
  }
  return { node: process.version, npm, os: `${os}, ${arch()}` };
}

/** BUILD.md: how to rebuild the add-on from the source zip, in the terms AMO's reviewers ask for. */
export function buildInstructions(version: string, environment: BuildEnvironment): string {
  return `# Building Debrief ${version} from this source

These are the files the packages for the Chrome Web Store and addons.mozilla.org were built from.
The build bundles and minifies the TypeScript in \`src/\` with Vite (its own bundler and minifier,
pinned in \`package-lock.json\`); nothing is obfuscated, nothing is downloaded while building but
the npm packages the lock file names, and no build step is left out of this folder.

## Build environment

- Operating system: ${environment.os} (any system Node.js runs on should do)
- Node.js: ${environment.node} (20.19 or newer)
- npm: ${environment.npm}

## Commands

In this folder, with network access for \`npm ci\` only:

\`\`\`sh
npm ci                   # installs exactly the versions in package-lock.json
npm run build:firefox    # type-checks, writes the Firefox add-on to dist-firefox/, runs web-ext lint
npm run build            # type-checks, writes the Chrome build to dist/
\`\`\`

\`dist-firefox/\` then holds, file for file and byte for byte, what the Firefox zip holds, and
\`dist/\` what the Chrome Web Store zip holds.

## Reproducible

The build is reproducible: the same source gives the same files, in any folder. Nothing in the
output depends on the time or the place of the build (no timestamps, no content hashes in file
names, no source maps), and \`npm ci\` installs the same dependencies every time. The project's
tests check it: they rebuild from this very zip in a temporary folder and compare every file with
the packaged one.
`;
}

export interface Release {
  /** The folder written: the three zips, and the two builds unpacked beside them. */
  dir: string;
  chromeZip: string;
  firefoxZip: string;
  sourceZip: string;
}

/**
 * Builds both targets afresh into `out/chrome` and `out/firefox` and writes the zips: the Chrome
 * Web Store's and AMO's (each build with its manifest at the root) and the source zip with its
 * build instructions. `out` is emptied first.
 */
export function packageRelease(
  root: string,
  out: string,
  environment: BuildEnvironment = buildEnvironment(),
): Release {
  const manifest = JSON.parse(readFileSync(resolve(root, "manifest.json"), "utf8")) as {
    version: string;
  };
  const version = manifest.version;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const zips: Record<Target, string> = { chrome: "", firefox: "" };
  for (const target of TARGETS) {
    const dir = resolve(out, target);
    buildTarget(root, target, dir);
    const files = filesOf(dir);
    if (!files.some((file) => file.name === "manifest.json")) {
      throw new Error(`The ${target} build has no manifest.json at its root.`);
    }
    const stray = devServerFiles(dir);
    if (stray.length > 0) {
      throw new Error(`The ${target} build loads code from a dev server: ${stray.join(", ")}`);
    }
    zips[target] = resolve(out, `debrief-${version}-${target}.zip`);
    writeFileSync(zips[target], zipFiles(files));
  }
  const sourceZip = resolve(out, `debrief-${version}-source.zip`);
  writeFileSync(
    sourceZip,
    zipFiles([
      ...sourceEntries(root),
      { name: BUILD_INSTRUCTIONS, data: Buffer.from(buildInstructions(version, environment)) },
    ]),
  );
  return { dir: out, chromeZip: zips.chrome, firefoxZip: zips.firefox, sourceZip };
}

/** Writes a zip's files under `dir`. */
export function extractZip(zip: string, dir: string): void {
  for (const entry of unzipFiles(readFileSync(zip))) {
    const path = resolve(dir, entry.name);
    if (!path.startsWith(resolve(dir) + sep)) throw new Error(`Outside the folder: ${entry.name}`);
    mkdirSync(resolve(path, ".."), { recursive: true });
    writeFileSync(path, entry.data);
  }
}
