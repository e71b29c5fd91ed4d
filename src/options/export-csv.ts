import Papa from "papaparse";
import { ANSWER_MESSAGE, CHECKLIST } from "../core/reflection/checklist";
import { THEME_MESSAGE, type Theme } from "../core/reflection/themes";
import type { DebriefDatabase } from "../db/database";
import type { Feedback, Interview, InterviewStatus, Reflection } from "../db/schema";
import { localDay } from "../ui/format-date";
import { t } from "../ui/i18n";

/**
 * A cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return) is read as a formula by
 * spreadsheet programs, and a formula such as `=HYPERLINK(…)` can carry what the sheet holds to a
 * web address once clicked. The file is the user's own data, but some of it came from email: a
 * company or role taken from a rejection, a name from an invitation. So such a cell gets a leading
 * `'`, the spreadsheet programs' mark for "text, not a formula" (the defence OWASP describes:
 * https://owasp.org/www-community/attacks/CSV_Injection). The price: a program that shows the mark
 * shows it before such a cell, a note starting with "- " for one.
 *
 * papaparse's own pattern for `escapeFormulae: true`, `/^[=+\-@\t\r].*$/` (papaparse 5.7.1),
 * misses a cell whose first line starts a formula and that goes on over more lines (`.` stops at a
 * line break and `$` then fails), so the pattern here looks at the first character alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows to CSV text, quoted as RFC 4180 says by papaparse: CRLF line ends, a line end after the last
 * row too, and a byte-order mark so spreadsheet programs read the file as UTF-8.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const body = Papa.unparse([...rows], { newline: "\r\n", escapeFormulae: FORMULA_START });
  return `\uFEFF${body}\r\n`;
}

export interface CsvInterview {
  interview: Interview;
  reflection: Reflection | undefined;
  feedback: Feedback[];
}

/** A stored status in the words the popup uses for it. */
const STATUS_WORDS: Record<InterviewStatus, string> = {
  active: "statusActive",
  offer: "statusOffer",
  rejected: "statusRejected",
  withdrawn: "statusWithdrawn",
  no_answer: "statusNoAnswer",
};

/**
 * The header row, then one row per interview, in the user's language: statuses, answers and themes
 * as words, as the popup shows them, not as Debrief stores them.
 */
export function interviewRows(items: readonly CsvInterview[]): string[][] {
  const header = [
    t("csvColumnCompany"),
    t("csvColumnRole"),
    t("csvColumnRound"),
    t("csvColumnDate"),
    t("csvColumnTime"),
    t("csvColumnStatus"),
    t("csvColumnInterviewers"),
    t("csvColumnInterviewerEmails"),
    t("csvColumnPosting"),
    t("csvColumnNotes"),
    ...CHECKLIST.map(({ message }) => t(message)),
    t("csvColumnReflectionNote"),
    t("csvColumnFeedbackReceived"),
    t("csvColumnFeedback"),
    t("csvColumnFeedbackThemes"),
  ];
  const rows = items.map(({ interview, reflection, feedback }) => [
    interview.company,
    interview.role,
    interview.round,
    interview.date,
    interview.time,
    t(STATUS_WORDS[interview.status]),
    interview.interviewers.map((person) => person.name).join("; "),
    interview.interviewers
      .map((person) => person.email)
      .filter((email) => email !== "")
      .join("; "),
    interview.postingUrl,
    interview.notes,
    ...CHECKLIST.map(({ key }) => {
      const answer = reflection?.answers[key];
      if (!answer) return "";
      const word = t(ANSWER_MESSAGE[answer.answer]);
      return answer.note ? `${word}: ${answer.note}` : word;
    }),
    reflection?.note ?? "",
    feedback.length === 0
      ? ""
      : t(feedback.some((item) => item.received) ? "checklistAnswerYes" : "checklistAnswerNo"),
    feedback
      .filter((item) => item.received && item.text !== "")
      .map((item) => item.text)
      .join("\n\n"),
    [...new Set(feedback.flatMap((item) => item.themes))]
      .map((theme) => (theme in THEME_MESSAGE ? t(THEME_MESSAGE[theme as Theme]) : theme))
      .join("; "),
  ]);
  return [header, ...rows];
}

/** Every interview with its reflection and feedback, oldest first, read in one transaction. */
export async function buildInterviewsCsv(db: DebriefDatabase): Promise<string> {
  const [interviews, reflections, feedback] = await db.transaction(
    "r",
    db.interviews,
    db.reflections,
    db.feedback,
    () =>
      Promise.all([
        db.interviews.orderBy("date").toArray(),
        db.reflections.toArray(),
        db.feedback.toArray(),
      ]),
  );
  const items = interviews.map((interview) => ({
    interview,
    reflection: reflections.find((reflection) => reflection.interviewId === interview.id),
    feedback: feedback
      .filter((item) => item.interviewId === interview.id)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)),
  }));
  return toCsv(interviewRows(items));
}

/** `debrief-interviews-2026-03-04.csv`, dated by the user's own calendar. */
export function csvFileName(now = new Date()): string {
  return `debrief-interviews-${localDay(now)}.csv`;
}
