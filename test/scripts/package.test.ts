import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  BUILD_INSTRUCTIONS,
  buildTarget,
  extractZip,
  filesOf,
  packageRelease,
} from "../../scripts/lib/package";
import { unzipFiles } from "../../scripts/lib/zip";

const root = resolve(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "debrief-package-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const environment = { node: "v20.19.0", npm: "10.8.2", os: "Debian GNU/Linux 12 (bookworm), x64" };

describe("npm run package", () => {
  it("writes store zips that the source zip, unpacked elsewhere, builds again file for file", () => {
    const release = packageRelease(root, join(scratch, "release"), environment);
    const chrome = unzipFiles(readFileSync(release.chromeZip));
    const firefox = unzipFiles(readFileSync(release.firefoxZip));
    const source = unzipFiles(readFileSync(release.sourceZip));

    // Each store zip has the manifest at its root, the one for its browser.
    const manifestOf = (entries: typeof chrome) =>
      JSON.parse(entries.find((entry) => entry.name === "manifest.json")?.data.toString() ?? "{}");
    expect(manifestOf(chrome).background).toEqual({
      service_worker: "service-worker-loader.js",
      type: "module",
    });
    expect(manifestOf(firefox).browser_specific_settings.gecko.id).toBe("debrief@debrief.invalid");
    // Both open the popup with the same shortcut, and name a home page and an author.
    for (const entries of [chrome, firefox]) {
      const manifest = manifestOf(entries);
      expect(manifest.commands._execute_action.suggested_key.default).toBe("Alt+Shift+D");
      expect(manifest.homepage_url).toMatch(/^https:\/\//);
      expect(manifest.author).toBeTruthy();
    }

    // The source holds what a build reads and the instructions, never tests or build output.
    const names = source.map((entry) => entry.name);
    expect(names).toEqual(
      expect.arrayContaining(["manifest.json", "package-lock.json", "LICENSE"]),
    );
    expect(names.some((name) => /^(test|scripts|dist|node_modules|release)\//.test(name))).toBe(
      false,
    );
    const instructions = source.find((entry) => entry.name === BUILD_INSTRUCTIONS)?.data.toString();
    expect(instructions).toContain("npm ci");
    expect(instructions).toContain("npm run build:firefox");
    expect(instructions).toContain("Node.js: v20.19.0");
    expect(instructions).toContain("npm: 10.8.2");
    expect(instructions).toContain("Debian GNU/Linux 12");

    // A reviewer's rebuild: the source zip in a folder of its own, with the same dependencies.
    const rebuild = join(scratch, "rebuild");
    extractZip(release.sourceZip, rebuild);
    symlinkSync(join(root, "node_modules"), join(rebuild, "node_modules"), "dir");
    buildTarget(rebuild, "chrome", join(rebuild, "dist"));
    buildTarget(rebuild, "firefox", join(rebuild, "dist-firefox"));
    const same = (built: ReturnType<typeof filesOf>, zipped: typeof chrome) => {
      expect(built.map((file) => file.name)).toEqual(zipped.map((entry) => entry.name));
      for (const [i, file] of built.entries()) {
        expect(file.data.equals(zipped[i]?.data ?? Buffer.alloc(0)), file.name).toBe(true);
      }
    };
    same(filesOf(join(rebuild, "dist")), chrome);
    same(filesOf(join(rebuild, "dist-firefox")), firefox);
  }, 120_000);
});
