import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readPng } from "../../scripts/lib/png";

const root = resolve(import.meta.dirname, "..", "..");
const manifest = JSON.parse(readFileSync(resolve(root, "manifest.json"), "utf8")) as {
  icons: Record<string, string>;
};

/** The smallest rectangle holding every pixel that is not fully transparent. */
function artBox(path: string) {
  const png = readPng(readFileSync(resolve(root, path)));
  let [left, top, right, bottom] = [png.width, png.height, -1, -1];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      if ((png.rgba[(y * png.width + x) * 4 + 3] ?? 0) === 0) continue;
      left = Math.min(left, x);
      top = Math.min(top, y);
      right = Math.max(right, x);
      bottom = Math.max(bottom, y);
    }
  }
  return { width: png.width, height: png.height, left, top, right, bottom };
}

describe("the icons", () => {
  it("are drawn at the size the manifest names each one", () => {
    for (const [size, path] of Object.entries(manifest.icons)) {
      const box = artBox(path);
      expect([box.width, box.height], path).toEqual([Number(size), Number(size)]);
    }
  });

  it("keep the store icon's art within the centred 96 × 96 of its 128 px, filling it", () => {
    const box = artBox(manifest.icons["128"] ?? "");
    expect(box.left).toBeGreaterThanOrEqual(16);
    expect(box.top).toBeGreaterThanOrEqual(16);
    expect(box.right).toBeLessThan(112);
    expect(box.bottom).toBeLessThan(112);
    // Not shrunk further than asked: the art reaches the frame's edges.
    expect(box.right - box.left + 1).toBeGreaterThanOrEqual(94);
    expect(box.bottom - box.top + 1).toBeGreaterThanOrEqual(94);
  });
});
