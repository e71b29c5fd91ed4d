import { dayOf, monthsUpTo } from "./calendar";
import { answerOf, CHECKLIST, type ChecklistKey, type ReflectionAnswers } from "./checklist";
import { orderThemes, THEMES, type Theme } from "./themes";

/** What the insights read of the stored rows (`db/schema.ts`). */
export interface InsightsInput {
  interviews: readonly { id?: number; date: string }[];
  reflections: readonly (ReflectionAnswers & { interviewId: number; createdAt: string })[];
  feedback: readonly {
    interviewId: number;
    received: boolean;
    themes: readonly string[];
    receivedAt: string;
  }[];
  followUps: readonly { interviewId: number; kind: string; draftedAt: string }[];
}

export interface QuestionInsight {
  key: ChecklistKey;
  /** The question's words: a key of `_locales/<lang>/messages.json`. */
  message: string;
  /** Reflections that answer this question. */
  answered: number;
  yes: number;
  partly: number;
  no: number;
  /** `partly + no`. */
  notYes: number;
  /** `notYes / answered`, between 0 and 1; null when the question was never answered. */
  share: number | null;
}

export interface ThemeCount {
  theme: Theme;
  /** Feedback that names the theme. */
  count: number;
  /** `count` of all feedback received, between 0 and 1. */
  share: number;
}

export interface FeedbackRequestInsight {
  /** Feedback requests drafted, all told (a request drafted twice counts twice). */
  drafted: number;
  /** Interviews feedback was asked for. */
  interviews: number;
  /** Of those, interviews whose feedback came: recorded as received, on or after the first request's day. */
  answered: number;
  /** Of those, interviews the user recorded no feedback for, none received. */
  noneCame: number;
  /** `answered / interviews`; null when feedback was never asked for. */
  share: number | null;
}

export interface MonthInsight {
  /** `YYYY-MM`, by the interview's date. */
  month: string;
  /** Reflections on that month's interviews. */
  reflections: number;
  /** Checklist answers given in them, and how many were "partly" or "no". */
  answers: number;
  notYes: number;
  /** `notYes / answers`; null for a month with no answers, which a chart leaves as a gap. */
  share: number | null;
}

export interface Insights {
  reflections: number;
  /** One per question, in the checklist's order. */
  checklist: QuestionInsight[];
  /** Feedback received (not "none came"). */
  feedbackReceived: number;
  /** Themes named at least once, the most frequent first, ties in the order of `THEMES`. */
  themes: ThemeCount[];
  feedbackRequests: FeedbackRequestInsight;
  /** The last `INSIGHT_MONTHS` months, the oldest first, the current month last. */
  months: MonthInsight[];
}

export const INSIGHT_MONTHS = 6;

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function checklistInsights(reflections: InsightsInput["reflections"]): QuestionInsight[] {
  return CHECKLIST.map(({ key, message }) => {
    const counts = { yes: 0, partly: 0, no: 0 };
    for (const reflection of reflections) {
      const answer = answerOf(reflection, key);
      if (answer) counts[answer]++;
    }
    const answered = counts.yes + counts.partly + counts.no;
    const notYes = counts.partly + counts.no;
    return { key, message, answered, ...counts, notYes, share: ratio(notYes, answered) };
  });
}

function themeInsights(received: InsightsInput["feedback"]): ThemeCount[] {
  const counts = new Map<Theme, number>();
  for (const feedback of received) {
    for (const theme of orderThemes(feedback.themes))
      counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  return THEMES.filter((theme) => counts.has(theme))
    .map((theme) => {
      const count = counts.get(theme) ?? 0;
      return { theme, count, share: count / received.length };
    })
    .sort((a, b) => b.count - a.count || THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme));
}

function feedbackRequestInsights(input: InsightsInput): FeedbackRequestInsight {
  const firstAsked = new Map<number, string>();
  let drafted = 0;
  for (const followUp of input.followUps) {
    if (followUp.kind !== "feedback_request") continue;
    drafted++;
    const day = dayOf(followUp.draftedAt);
    const before = firstAsked.get(followUp.interviewId);
    if (before === undefined || day < before) firstAsked.set(followUp.interviewId, day);
  }
  const answered = new Set<number>();
  const noneCame = new Set<number>();
  for (const feedback of input.feedback) {
    const asked = firstAsked.get(feedback.interviewId);
    if (asked === undefined) continue;
    if (feedback.received) {
      if (dayOf(feedback.receivedAt) >= asked) answered.add(feedback.interviewId);
    } else noneCame.add(feedback.interviewId);
  }
  for (const id of answered) noneCame.delete(id);
  return {
    drafted,
    interviews: firstAsked.size,
    answered: answered.size,
    noneCame: noneCame.size,
    share: ratio(answered.size, firstAsked.size),
  };
}

function monthInsights(input: InsightsInput, now: Date): MonthInsight[] {
  const months = new Map<string, MonthInsight>(
    monthsUpTo(now, INSIGHT_MONTHS).map((month) => [
      month,
      { month, reflections: 0, answers: 0, notYes: 0, share: null },
    ]),
  );
  const dateOf = new Map<number, string>();
  for (const interview of input.interviews) {
    if (interview.id !== undefined) dateOf.set(interview.id, interview.date);
  }
  for (const reflection of input.reflections) {
    // The month the interview took place; the month of writing when the interview is gone.
    const month = (dateOf.get(reflection.interviewId) ?? dayOf(reflection.createdAt)).slice(0, 7);
    const point = months.get(month);
    if (!point) continue;
    point.reflections++;
    for (const { key } of CHECKLIST) {
      const answer = answerOf(reflection, key);
      if (!answer) continue;
      point.answers++;
      if (answer !== "yes") point.notYes++;
    }
  }
  return [...months.values()].map((point) => ({
    ...point,
    share: ratio(point.notYes, point.answers),
  }));
}

/**
 * What the user's interviews say across the board: how often each checklist question was answered
 * "no" or "partly", which feedback themes recur, how many feedback requests got an answer, and the
 * share of "no" and "partly" answers month by month. Pure: takes the rows, returns numbers.
 */
export function computeInsights(input: InsightsInput, now: Date): Insights {
  const received = input.feedback.filter((feedback) => feedback.received);
  return {
    reflections: input.reflections.length,
    checklist: checklistInsights(input.reflections),
    feedbackReceived: received.length,
    themes: themeInsights(received),
    feedbackRequests: feedbackRequestInsights(input),
    months: monthInsights(input, now),
  };
}
