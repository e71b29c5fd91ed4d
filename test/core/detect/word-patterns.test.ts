import { describe, expect, it } from "vitest";
import { FirstWordIndex, WordClass } from "../../../src/core/detect/word-patterns";

describe("a word given by its ending", () => {
  it("accepts a compound whose last part it names, and not one that only begins so", () => {
    const words = new WordClass(["+preis"]);
    expect(words.has("literaturpreis")).toBe(true);
    expect(words.has("preis")).toBe(true);
    expect(words.has("preisgeld")).toBe(false);
  });

  it("finds the patterns that may start at such a compound", () => {
    const index = new FirstWordIndex<string>();
    index.add("prize", new WordClass(["+preis"]));
    index.add("grant", new WordClass(["stipendium"]));
    expect(index.startingAt("innovationspreis")).toEqual(["prize"]);
    expect(index.startingAt("stipendium")).toEqual(["grant"]);
  });
});
