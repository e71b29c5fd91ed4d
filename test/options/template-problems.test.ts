import { describe, expect, it } from "vitest";
import { wordsNear } from "../../src/options/template-problems";

describe("where a template's problem is, in words", () => {
  it("is the last words before it on its line", () => {
    const text = "Hi there,\nThank you for the {{rol}} interview";
    const start = text.indexOf("{{rol}}");
    expect(wordsNear(text, start, start + 7)).toEqual({ side: "after", words: "you for the" });
  });

  it("is the first words after it when it starts its line", () => {
    const text = "Hi,\n{{ and thanks again for your time";
    expect(wordsNear(text, 4, 6)).toEqual({ side: "before", words: "and thanks again" });
  });

  it("stays short beside a long pasted link", () => {
    const text = `See https://example.com/${"a".repeat(80)} {{x}}`;
    const near = wordsNear(text, text.indexOf("{{x}}"), text.length);
    expect(near?.words.length).toBeLessThanOrEqual(31);
    expect(near?.words.startsWith("…")).toBe(true);
  });

  it("is nothing on a line with no other words", () => {
    expect(wordsNear("{{", 0, 2)).toBeNull();
  });
});
