import { describe, expect, it } from "vitest";
import { checkTemplate, nearestPlaceholder } from "../../../src/core/templates";

describe("checking a template", () => {
  it("finds nothing wrong in a correct template", () => {
    expect(
      checkTemplate("Hi {{interviewer.firstName|there}},\n[[ on {{interviewDate}}]] {{MyName}}"),
    ).toEqual([]);
  });

  it("names a misspelt placeholder and the known one nearest to it", () => {
    const text =
      "Hi {{interviewr.firstName}}, {{compnay}} {{firstName}} {{Roel}} {{interview_date}}";
    expect(checkTemplate(text)).toEqual([
      {
        kind: "unknownPlaceholder",
        name: "interviewr.firstName",
        suggestion: "interviewer.firstName",
        start: 3,
        end: 27,
      },
      { kind: "unknownPlaceholder", name: "compnay", suggestion: "company", start: 29, end: 40 },
      {
        kind: "unknownPlaceholder",
        name: "firstName",
        suggestion: "interviewer.firstName",
        start: 41,
        end: 54,
      },
      { kind: "unknownPlaceholder", name: "Roel", suggestion: "role", start: 55, end: 63 },
      {
        kind: "unknownPlaceholder",
        name: "interview_date",
        suggestion: "interviewDate",
        start: 64,
        end: 82,
      },
    ]);
  });

  it("suggests nothing for a name nowhere near a known one", () => {
    expect(nearestPlaceholder("favouriteColour")).toBeNull();
    expect(nearestPlaceholder("x".repeat(500))).toBeNull();
    expect(checkTemplate("{{salary}}")[0]).toMatchObject({
      kind: "unknownPlaceholder",
      suggestion: null,
    });
  });

  it("finds an unclosed placeholder, an empty one, and optional parts out of step", () => {
    expect(checkTemplate("Hi {{company\nBye")).toEqual([
      { kind: "unclosedPlaceholder", start: 3, end: 5 },
    ]);
    expect(checkTemplate("{{ {{role}}")).toEqual([
      { kind: "unclosedPlaceholder", start: 0, end: 2 },
    ]);
    expect(checkTemplate("a {{}} b {{ |x}}")).toEqual([
      { kind: "emptyPlaceholder", start: 2, end: 6 },
      { kind: "emptyPlaceholder", start: 9, end: 16 },
    ]);
    expect(checkTemplate("[[ on {{interviewDate}}\n")).toEqual([
      { kind: "unclosedOptional", start: 0, end: 2 },
    ]);
    expect(checkTemplate("a ]] [[ b [[ c ]]")).toEqual([
      { kind: "unopenedOptional", start: 2, end: 4 },
      { kind: "nestedOptional", start: 10, end: 12 },
    ]);
  });

  it("never throws, and takes linear time on hostile text", () => {
    expect(checkTemplate(undefined as never)).toEqual([]);
    for (const unit of ["{{", "{{x}}", "[[", "]]", `{{${"y".repeat(70)}}}`]) {
      // Quadratic work on these 80,000+ characters would run far past the test's time limit.
      expect(Array.isArray(checkTemplate(unit.repeat(40_000)))).toBe(true);
    }
  });
});
