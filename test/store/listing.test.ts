import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readPng } from "../../scripts/lib/png";

const root = resolve(import.meta.dirname, "..", "..");
const locales = readdirSync(resolve(root, "_locales")).sort();

/** A listing's two texts, from store/listing/<locale>.md. */
function listing(locale: string): { short: string; long: string } {
  const text = readFileSync(resolve(root, "store", "listing", `${locale}.md`), "utf8");
  const part = (heading: string) =>
    text
      .split(/^## /m)
      .find((section) => section.startsWith(`${heading}\n`))
      ?.slice(heading.length)
      .trim() ?? "";
  return { short: part("Short description"), long: part("Long description") };
}

describe("the store listing", () => {
  it.each(locales)("has a short and a long description in %s", (locale) => {
    const { short, long } = listing(locale);
    expect(short.length).toBeGreaterThan(40);
    // The Chrome Web Store's summary holds at most 132 characters.
    expect([...short].length).toBeLessThanOrEqual(132);
    expect(long.length).toBeGreaterThan(short.length * 5);
    // The store shows the manifest's description as the summary: the two say the same.
    const messages = JSON.parse(
      readFileSync(resolve(root, "_locales", locale, "messages.json"), "utf8"),
    ) as Record<string, { message: string }>;
    expect(short).toBe(messages.extensionDescription?.message);
    // The shortcut it names is the manifest's.
    expect(long).toMatch(/Alt\+\S+\+D/);
  });

  it("has no listing for a language the extension does not speak", () => {
    const listed = readdirSync(resolve(root, "store", "listing"))
      .map((name) => name.replace(/\.md$/, ""))
      .sort();
    expect(listed).toEqual(locales);
  });

  it("has three 1280 × 800 screenshots and a 440 × 280 promotional tile", () => {
    const sizes = readdirSync(resolve(root, "store", "images"))
      .filter((name) => name.endsWith(".png"))
      .map((name) => {
        const png = readPng(readFileSync(resolve(root, "store", "images", name)));
        return `${png.width}×${png.height}`;
      });
    expect(sizes.filter((size) => size === "1280×800").length).toBeGreaterThanOrEqual(3);
    expect(sizes).toContain("440×280");
  });
});
