import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unzipFiles, zipFiles } from "../../scripts/lib/zip";

const files = [
  { name: "manifest.json", data: Buffer.from('{"manifest_version":3}\n') },
  { name: "src/popup/index.html", data: Buffer.from("<!doctype html>".repeat(50)) },
  { name: "_locales/pt_BR/messages.json", data: Buffer.from('{"nome":"Recusa é não"}') },
  { name: "icons/empty.png", data: Buffer.alloc(0) },
];

describe("the store zips", () => {
  it("are the same bytes for the same files, whatever order they come in", () => {
    const once = zipFiles(files);
    expect(zipFiles([...files].reverse())).toEqual(once);
    // The entries come sorted by name, each with its bytes.
    expect(unzipFiles(once)).toEqual(
      [...files].sort((a, b) => (a.name < b.name ? -1 : 1)).map((file) => ({ ...file })),
    );
  });

  it("carry one fixed date, 1 January 1980, for every file", () => {
    const zip = zipFiles(files);
    const dates: number[] = [];
    for (
      let at = zip.indexOf("PK\u0001\u0002");
      at >= 0;
      at = zip.indexOf("PK\u0001\u0002", at + 4)
    ) {
      dates.push(zip.readUInt32LE(at + 12));
    }
    expect(dates).toEqual(files.map(() => (((1 << 5) | 1) << 16) >>> 0));
  });

  it("open with the system's unzip, when there is one", () => {
    const check = spawnSync("unzip", ["-v"]);
    if (check.error) return;
    const dir = mkdtempSync(join(tmpdir(), "debrief-zip-"));
    try {
      writeFileSync(join(dir, "test.zip"), zipFiles(files));
      const listed = spawnSync("unzip", ["-t", join(dir, "test.zip")], { encoding: "utf8" });
      expect(listed.status).toBe(0);
      expect(listed.stdout).toContain("No errors detected");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuse a name that would land outside the folder it is unpacked in", () => {
    expect(() => zipFiles([{ name: "../evil", data: Buffer.from("x") }])).toThrow();
    expect(() => zipFiles([{ name: "/etc/passwd", data: Buffer.from("x") }])).toThrow();
  });
});
