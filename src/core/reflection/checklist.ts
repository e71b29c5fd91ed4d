/** How the user answers each question. The same union as `ChecklistAnswer` in `db/schema.ts`. */
export type ChecklistAnswer = "yes" | "partly" | "no";

/** What the reflection logic reads of a saved reflection: its answers, by question key. */
export interface ReflectionAnswers {
  answers: Readonly<Record<string, { answer: string; note?: string } | undefined>>;
}

/**
 * The reflection checklist's questions, in the order the popup asks them. The keys are stored with
 * every reflection (`Reflection.answers`): never rename one without migrating saved reflections.
 * `message` is the question's key in `_locales/<lang>/messages.json`.
 */
export const CHECKLIST = [
  { key: "direct", message: "checklistDirect" },
  { key: "humble", message: "checklistHumble" },
  { key: "flow", message: "checklistFlow" },
  { key: "prepared", message: "checklistPrepared" },
] as const;

export type ChecklistKey = (typeof CHECKLIST)[number]["key"];

export const CHECKLIST_KEYS: readonly ChecklistKey[] = CHECKLIST.map((question) => question.key);

/** The answers, in the order the popup offers them. */
export const CHECKLIST_ANSWERS: readonly ChecklistAnswer[] = ["yes", "partly", "no"];

/** Message keys of the answers' labels. */
export const ANSWER_MESSAGE: Record<ChecklistAnswer, string> = {
  yes: "checklistAnswerYes",
  partly: "checklistAnswerPartly",
  no: "checklistAnswerNo",
};

/** One question's answer, as stored. */
export interface ChecklistEntry {
  answer: ChecklistAnswer;
  note: string;
}

/** What the checklist form edits: any question may still be unanswered. */
export type ChecklistAnswers = Partial<Record<ChecklistKey, ChecklistEntry>>;

export function isChecklistKey(value: unknown): value is ChecklistKey {
  return typeof value === "string" && (CHECKLIST_KEYS as readonly string[]).includes(value);
}

export function isChecklistAnswer(value: unknown): value is ChecklistAnswer {
  return value === "yes" || value === "partly" || value === "no";
}

/** The answer stored for a question, or null when the question was left unanswered (or holds junk). */
export function answerOf(
  reflection: ReflectionAnswers | null | undefined,
  key: ChecklistKey,
): ChecklistAnswer | null {
  const entry = reflection?.answers?.[key];
  return entry && isChecklistAnswer(entry.answer) ? entry.answer : null;
}

/** True when every question of the checklist has an answer. */
export function isReflectionComplete(reflection: ReflectionAnswers | null | undefined): boolean {
  return CHECKLIST_KEYS.every((key) => answerOf(reflection, key) !== null);
}
