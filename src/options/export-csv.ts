import { CHECKLIST } from "../core/reflection/checklist";
import type { DebriefDatabase } from "../db/database";
import type { Feedback, Interview, Reflection } from "../db/schema";
import { localDay } from "../ui/format-date";

/**
 * One field, quoted as RFC 4180 says: a field holding a comma, a quote or a line break goes in
 * quotes, and a quote inside is doubled. A field starting with `=`, `+`, `-` or `@` is written as it is:
 * this file is the user's own data, read back by the user.
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows to CSV text: CRLF line ends, and a byte-order mark so spreadsheet programs read UTF-8. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

export interface CsvInterview {
  interview: Interview;
  reflection: Reflection | undefined;
  feedback: Feedback[];
}

/** The header row, then one row per interview. `question` gives a checklist question's words. */
export function interviewRows(
  items: readonly CsvInterview[],
  question: (messageKey: string) => string = (key) => key,
): string[][] {
  const header = [
    "Company",
    "Role",
    "Round",
    "Date",
    "Time",
    "Status",
    "Interviewers",
    "Interviewer emails",
    "Posting",
    "Notes",
    ...CHECKLIST.map(({ message }) => question(message)),
    "Reflection note",
    "Feedback received",
    "Feedback",
    "Feedback themes",
  ];
  const rows = items.map(({ interview, reflection, feedback }) => [
    interview.company,
    interview.role,
    interview.round,
    interview.date,
    interview.time,
    interview.status,
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
      return answer.note ? `${answer.answer}: ${answer.note}` : answer.answer;
    }),
    reflection?.note ?? "",
    feedback.length === 0 ? "" : feedback.some((item) => item.received) ? "yes" : "no",
    feedback
      .filter((item) => item.received && item.text !== "")
      .map((item) => item.text)
      .join("\n\n"),
    [...new Set(feedback.flatMap((item) => item.themes))].join("; "),
  ]);
  return [header, ...rows];
}

/** Every interview with its reflection and feedback, oldest first, read in one transaction. */
export async function buildInterviewsCsv(
  db: DebriefDatabase,
  question?: (messageKey: string) => string,
): Promise<string> {
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
  return toCsv(interviewRows(items, question));
}

/** `debrief-interviews-2026-03-04.csv`, dated by the user's own calendar. */
export function csvFileName(now = new Date()): string {
  return `debrief-interviews-${localDay(now)}.csv`;
}
