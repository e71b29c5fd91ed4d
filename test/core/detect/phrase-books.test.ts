import { describe, expect, it } from "vitest";
import { BOOKS } from "../../../src/core/detect/phrases";

const lists = Object.entries(BOOKS).flatMap(([language, book]) =>
  Object.entries(book).map(
    ([signal, list]) => [`${language} ${signal}`, list as string[]] as const,
  ),
);

describe("the phrase books", () => {
  it("list each pattern once: a repeated one would weigh twice and show twice under Why?", () => {
    for (const [name, list] of lists) {
      const repeated = list.filter((pattern, index) => list.indexOf(pattern) !== index);
      expect(repeated, name).toEqual([]);
    }
  });

  it("write patterns the matcher reads as meant: NOT and gaps stand alone, an ending has three letters", () => {
    for (const [name, list] of lists) {
      for (const pattern of list) {
        for (const step of pattern.split(" ")) {
          const choices = step.split("/");
          // Inside a choice of words, NOT or a gap would be a literal word that never matches.
          if (choices.length > 1) {
            expect(choices, `${name}: "${pattern}"`).not.toContain("NOT");
            expect(
              choices.some((choice) => choice.startsWith("*")),
              `${name}: "${pattern}"`,
            ).toBe(false);
          }
          if (step.startsWith("+")) expect(step.length, `${name}: "${pattern}"`).toBeGreaterThan(3);
        }
      }
    }
  });

  it("write a negation inside a deciding pattern as NOT: a plain 'pas' or 'keine' there reads the pattern as denied", () => {
    for (const [language, book] of Object.entries(BOOKS)) {
      const negations = new Set(book.negations);
      for (const signal of ["rejection", "filled", "rejectionHint"] as const) {
        for (const pattern of book[signal] ?? []) {
          const steps = pattern.split(" ");
          if (steps.includes("NOT")) continue;
          const inside = steps.slice(1, -1).flatMap((step) => step.split("/"));
          expect(
            inside.filter((word) => negations.has(word)),
            `${language} ${signal}: "${pattern}"`,
          ).toEqual([]);
        }
      }
    }
  });
});
