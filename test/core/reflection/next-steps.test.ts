import { describe, expect, it } from "vitest";
import { CHECKLIST_KEYS } from "../../../src/core/reflection/checklist";
import {
  CHECKLIST_STEPS,
  STEPS,
  suggestNextSteps,
  THEME_STEPS,
} from "../../../src/core/reflection/next-steps";
import { THEMES } from "../../../src/core/reflection/themes";

const answers = (pairs: Record<string, string>) => ({
  answers: Object.fromEntries(
    Object.entries(pairs).map(([key, answer]) => [key, { answer, note: "" }]),
  ),
});

describe("suggestNextSteps", () => {
  it("suggests nothing for no themes and a checklist answered yes", () => {
    expect(suggestNextSteps({ themes: [], reflection: null })).toEqual([]);
    expect(
      suggestNextSteps({
        themes: [],
        reflection: answers({ direct: "yes", humble: "yes", flow: "yes", prepared: "yes" }),
      }),
    ).toEqual([]);
    expect(suggestNextSteps({})).toEqual([]);
  });

  it("gives each theme its concrete steps", () => {
    const expected: Record<string, string[]> = {
      direct_answers: ["star_answers", "answer_first"],
      confidence: ["mock_interviews", "achievements_list"],
      relevant_experience: ["map_experience", "close_gap"],
      preparation: ["research_company", "questions_for_them"],
      fit: ["why_this_role", "work_style_stories"],
      communication: ["record_yourself", "pause_and_check"],
      technical_depth: ["technical_refresh", "explain_tradeoffs"],
    };
    for (const theme of THEMES) {
      const steps = suggestNextSteps({ themes: [theme] });
      expect(
        steps.map((step) => step.key),
        theme,
      ).toEqual(expected[theme]);
      for (const step of steps) {
        expect(step.message).toBe(STEPS[step.key].message);
        expect(step.because).toEqual([{ kind: "theme", theme }]);
      }
    }
  });

  it("names the steps the issue asks for", () => {
    expect(suggestNextSteps({ themes: ["direct_answers"] })[0]?.message).toBe("stepStarAnswers");
    expect(suggestNextSteps({ themes: ["confidence"] })[0]?.message).toBe("stepMockInterviews");
    expect(suggestNextSteps({ themes: ["preparation"] })[0]?.message).toBe("stepResearchCompany");
  });

  it("gives a 'no' every step of its question, a 'partly' the lighter one", () => {
    for (const question of CHECKLIST_KEYS) {
      expect(
        suggestNextSteps({ reflection: answers({ [question]: "no" }) }).map((step) => step.key),
        question,
      ).toEqual(CHECKLIST_STEPS[question].no);
      const partly = suggestNextSteps({ reflection: answers({ [question]: "partly" }) });
      expect(partly.map((step) => step.key)).toEqual([CHECKLIST_STEPS[question].partly]);
      expect(partly[0]?.because).toEqual([{ kind: "checklist", question, answer: "partly" }]);
    }
  });

  it("lists a step once, with every reason for it, themes first", () => {
    const steps = suggestNextSteps({
      themes: ["preparation", "direct_answers"],
      reflection: answers({ direct: "no", humble: "yes", flow: "partly", prepared: "partly" }),
    });
    expect(steps.map((step) => step.key)).toEqual([
      "star_answers",
      "answer_first",
      "research_company",
      "questions_for_them",
      "pause_and_check",
      "interview_brief",
    ]);
    expect(steps[0]?.because).toEqual([
      { kind: "theme", theme: "direct_answers" },
      { kind: "checklist", question: "direct", answer: "no" },
    ]);
    expect(new Set(steps.map((step) => step.key)).size).toBe(steps.length);
  });

  it("gives the same list whatever the order of the themes, and ignores unknown ones", () => {
    const one = suggestNextSteps({ themes: ["fit", "confidence", "fit"] });
    const other = suggestNextSteps({ themes: ["confidence", "nonsense", "fit"] });
    expect(one).toEqual(other);
  });

  it("maps every theme and question to steps that exist", () => {
    for (const keys of Object.values(THEME_STEPS))
      for (const key of keys) expect(STEPS[key]).toBeDefined();
    for (const { no, partly } of Object.values(CHECKLIST_STEPS)) {
      for (const key of [...no, partly]) expect(STEPS[key]).toBeDefined();
      expect(no).toContain(partly);
    }
    const used = new Set([
      ...Object.values(THEME_STEPS).flat(),
      ...Object.values(CHECKLIST_STEPS).flatMap(({ no, partly }) => [...no, partly]),
    ]);
    expect([...used].sort()).toEqual(Object.keys(STEPS).sort());
  });
});
