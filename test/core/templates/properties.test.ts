import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLACEHOLDERS, renderTemplate, type TemplateValues } from "../../../src/core/templates";
import { type Piece, scanTemplate } from "../../../src/core/templates/scan";
import { hostileText, hugeText, RUNS } from "../../setup/hostile-strings";

/** The template as written, from the scanner's pieces. */
function written(pieces: readonly Piece[]): string {
  return pieces
    .map((piece) => {
      if (piece.type === "text") return piece.text;
      if (piece.type === "placeholder") return piece.source;
      return `[[${written(piece.pieces)}]]`;
    })
    .join("");
}

const values: fc.Arbitrary<TemplateValues> = fc.record(
  Object.fromEntries(PLACEHOLDERS.map((name) => [name, hostileText])) as Record<
    (typeof PLACEHOLDERS)[number],
    fc.Arbitrary<string>
  >,
  { requiredKeys: [] },
);

describe("the template scanner, on hostile text", () => {
  it("never throws, loses nothing, and places every problem inside the text", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { pieces, problems } = scanTemplate(text);
        expect(written(pieces)).toBe(text);
        for (const problem of problems) {
          expect(problem.start).toBeGreaterThanOrEqual(0);
          expect(problem.end).toBeGreaterThan(problem.start);
          expect(problem.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: RUNS.hostile },
    );
  });

  it("reads huge text whole", () => {
    fc.assert(
      fc.property(hugeText, (text) => {
        expect(written(scanTemplate(text).pieces)).toBe(text);
      }),
      { numRuns: RUNS.huge },
    );
  });
});

describe("rendering, on hostile text", () => {
  it("never throws and never lets the gap marker out", () => {
    fc.assert(
      fc.property(hostileText, values, (text, given) => {
        const out = renderTemplate(text, given);
        expect(typeof out).toBe("string");
        expect(out).not.toContain("\u0000");
        expect(out).toBe(out.trimEnd());
      }),
      { numRuns: RUNS.hostile },
    );
  });

  it("gives text without placeholders or optional parts back as written, less trailing space", () => {
    // Runs of braces and brackets cut to one, after the gap marker is gone (the renderer drops it
    // first, so "[\u0000[" would open an optional part): no `{{` nor `[[` is left to start anything.
    const plain = hostileText.map((text) =>
      text.replaceAll("\u0000", "").replace(/\{+/g, "{").replace(/\[+/g, "["),
    );
    fc.assert(
      fc.property(plain, values, (text, given) => {
        expect(renderTemplate(text, given)).toBe(text.trimEnd());
      }),
      { numRuns: RUNS.hostile },
    );
  });

  it("puts a value in as one line of plain words, never as template syntax", () => {
    fc.assert(
      fc.property(hostileText, (value) => {
        const expected = value.replaceAll("\u0000", "").replace(/\s+/g, " ").trim();
        expect(renderTemplate("{{company}}", { company: value })).toBe(expected);
      }),
      { numRuns: RUNS.hostile },
    );
  });

  it("renders huge text, a left-out value beside long runs of spaces included", () => {
    fc.assert(
      fc.property(hugeText, fc.boolean(), (text, withGap) => {
        const template = withGap ? `{{company}} x${text}y {{role}}` : text;
        expect(typeof renderTemplate(template, {})).toBe("string");
      }),
      { numRuns: RUNS.huge },
    );
  });
});
