import { answerOf, CHECKLIST_KEYS, type ChecklistKey, type ReflectionAnswers } from "./checklist";
import { orderThemes, type Theme } from "./themes";

/**
 * The steps Debrief suggests. The keys are stable; `message` is the step's words in
 * `_locales/<lang>/messages.json`, which the popup translates before saving the step's text.
 */
export const STEPS = {
  star_answers: { message: "stepStarAnswers" },
  answer_first: { message: "stepAnswerFirst" },
  mock_interviews: { message: "stepMockInterviews" },
  achievements_list: { message: "stepAchievementsList" },
  credit_balance: { message: "stepCreditBalance" },
  map_experience: { message: "stepMapExperience" },
  close_gap: { message: "stepCloseGap" },
  research_company: { message: "stepResearchCompany" },
  interview_brief: { message: "stepInterviewBrief" },
  questions_for_them: { message: "stepQuestionsForThem" },
  why_this_role: { message: "stepWhyThisRole" },
  work_style_stories: { message: "stepWorkStyleStories" },
  record_yourself: { message: "stepRecordYourself" },
  pause_and_check: { message: "stepPauseAndCheck" },
  technical_refresh: { message: "stepTechnicalRefresh" },
  explain_tradeoffs: { message: "stepExplainTradeoffs" },
} as const satisfies Record<string, { message: string }>;

export type StepKey = keyof typeof STEPS;

/** What each feedback theme calls for, most useful first. */
export const THEME_STEPS: Record<Theme, readonly StepKey[]> = {
  direct_answers: ["star_answers", "answer_first"],
  confidence: ["mock_interviews", "achievements_list"],
  relevant_experience: ["map_experience", "close_gap"],
  preparation: ["research_company", "questions_for_them"],
  fit: ["why_this_role", "work_style_stories"],
  communication: ["record_yourself", "pause_and_check"],
  technical_depth: ["technical_refresh", "explain_tradeoffs"],
};

/** What a checklist answer of "no" calls for, and the lighter step a "partly" calls for. */
export const CHECKLIST_STEPS: Record<ChecklistKey, { no: readonly StepKey[]; partly: StepKey }> = {
  direct: { no: ["star_answers", "answer_first"], partly: "answer_first" },
  humble: { no: ["achievements_list", "credit_balance"], partly: "credit_balance" },
  flow: { no: ["mock_interviews", "pause_and_check"], partly: "pause_and_check" },
  prepared: { no: ["research_company", "interview_brief"], partly: "interview_brief" },
};

/** Why a step was suggested: a theme of the feedback, or a checklist answer. */
export type StepReason =
  | { kind: "theme"; theme: Theme }
  | { kind: "checklist"; question: ChecklistKey; answer: "no" | "partly" };

export interface StepSuggestion {
  key: StepKey;
  /** The step's words: a key of `_locales/<lang>/messages.json`. */
  message: string;
  because: StepReason[];
}

/**
 * Concrete next steps from the feedback's themes and the checklist's "no" and "partly" answers, each
 * step once with every reason for it. The feedback's themes come first, in the order of `THEMES`,
 * then the checklist's questions in their order: the same input always gives the same list.
 */
export function suggestNextSteps(input: {
  themes?: readonly unknown[] | null;
  reflection?: ReflectionAnswers | null;
}): StepSuggestion[] {
  const suggestions = new Map<StepKey, StepSuggestion>();
  const suggest = (key: StepKey, reason: StepReason) => {
    const known = suggestions.get(key);
    if (known) known.because.push(reason);
    else suggestions.set(key, { key, message: STEPS[key].message, because: [reason] });
  };
  for (const theme of orderThemes(input.themes ?? [])) {
    for (const key of THEME_STEPS[theme]) suggest(key, { kind: "theme", theme });
  }
  for (const question of CHECKLIST_KEYS) {
    const answer = answerOf(input.reflection, question);
    if (answer === "no") {
      for (const key of CHECKLIST_STEPS[question].no)
        suggest(key, { kind: "checklist", question, answer });
    } else if (answer === "partly") {
      suggest(CHECKLIST_STEPS[question].partly, { kind: "checklist", question, answer });
    }
  }
  return [...suggestions.values()];
}
