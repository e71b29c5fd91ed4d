import * as v from "valibot";
import { checkInterviewDraft, type DraftError } from "../core/interview-draft";
import type { Interview } from "../db/schema";
import { isSettingKey, isSettingValue } from "../db/settings";
import { formatNumber, t, tCount } from "../ui/i18n";
import type { ExportedTables, TableName } from "./export-data";
import { TABLE_NAMES } from "./export-data";
import { DAY_SHAPE, type ExportedRow, fieldOf, fieldPath, TABLE_SCHEMAS } from "./import-schema";

/** The newest export format this Debrief reads. */
export const CURRENT_EXPORT_VERSION = 1;

/**
 * A file checked whole. `leftOut` names what a good file held that Debrief does not keep (a setting
 * it does not know, or one whose value it would never have saved): imported without them.
 */
export type ImportCheck =
  | { ok: true; data: ExportedTables; leftOut: string[] }
  | { ok: false; problems: string[] };

/** The largest file an import reads: some 40,000 interviews with everything that hangs off them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The most records of one kind an import brings back at a time. */
export const MAX_IMPORT_RECORDS = 100_000;

const megabytes = (bytes: number) =>
  formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 });

/** Told before the file is read when it is larger than an import reads; null when it is not. */
export function fileSizeProblem(fileName: string, bytes: number): string | null {
  return bytes > MAX_IMPORT_BYTES
    ? t("importTooLarge", fileName, megabytes(bytes), megabytes(MAX_IMPORT_BYTES))
    : null;
}

/** A setting's key as the message shows it: a hostile file's key may be as long as a field. */
const shortKey = (key: string) => (key.length > 60 ? `${key.slice(0, 60)}…` : key);

/** At most this many problems are listed: past that the file is plainly not what the user meant. */
const MAX_PROBLEMS = 20;

/** Message keys naming one record of each table: "Interview 3". */
export const RECORD_MESSAGE: Record<TableName, string> = {
  interviews: "importRecordInterview",
  reflections: "importRecordReflection",
  feedback: "importRecordFeedback",
  nextSteps: "importRecordNextStep",
  templates: "importRecordTemplate",
  followUps: "importRecordFollowUp",
  verdicts: "importRecordVerdict",
  settings: "importRecordSetting",
};

/** What the interview form's checks found, told with the value the file holds. */
const DRAFT_PROBLEMS: Record<DraftError, (value: string) => string> = {
  errorCompanyRequired: () => t("importEmpty"),
  errorDateRequired: () => t("importEmpty"),
  errorDateImpossible: (value) =>
    DAY_SHAPE.test(value) ? t("importDayImpossible", value) : t("importDayNotWritten", value),
  errorTimeImpossible: (value) => t("importTimeNotClock", value),
  errorEmailInvalid: (value) => t("importNotEmail", value),
  errorUrlInvalid: (value) => t("importNotWebAddress", value),
};

/** Tells one problem of the record being checked: the field as the file names it, and what is wrong. */
type Report = (field: string, text: string) => void;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** "Interview 3, date: 2026-02-30 does not exist.", or without a field for the record as a whole. */
function problemLine(recordName: string, field: string, problem: string): string {
  return field === ""
    ? t("importProblemRecord", recordName, problem)
    : t("importProblem", recordName, field, problem);
}

/** Reads the text of a file. Anything that is not JSON gets one plain message. */
export function parseImport(text: string, fileName = ""): ImportCheck {
  // Characters, not bytes, but never fewer: a text longer than this came from a file too large.
  const tooLarge = fileSizeProblem(fileName || t("importThisFile"), text.length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, problems: [t("importNotJson")] };
  }
  return checkImport(value);
}

/**
 * Checks a whole export before anything is written: its format and version, every record against
 * its table's schema, every interview through the same checks as the interview form, and that every
 * record pointing at an interview (or a feedback note) points at one in the file.
 */
export function checkImport(value: unknown): ImportCheck {
  if (!isRecord(value) || value.format !== "debrief-export") {
    return { ok: false, problems: [t("importNotDebrief")] };
  }
  if (!Number.isInteger(value.version) || (value.version as number) < 1) {
    return { ok: false, problems: [t("importNoVersion")] };
  }
  if ((value.version as number) > CURRENT_EXPORT_VERSION) {
    return { ok: false, problems: [t("importNewerVersion")] };
  }
  if (!isRecord(value.data)) {
    return { ok: false, problems: [t("importNoData")] };
  }
  const data = value.data;
  const missing = TABLE_NAMES.filter((table) => !Array.isArray(data[table]));
  if (missing.length > 0) {
    return { ok: false, problems: missing.map((table) => t("importNoTable", table)) };
  }

  const crowded = TABLE_NAMES.filter(
    (table) => (data[table] as unknown[]).length > MAX_IMPORT_RECORDS,
  );
  if (crowded.length > 0) {
    return {
      ok: false,
      problems: crowded.map((table) =>
        t(
          "importTooManyRecords",
          table,
          formatNumber((data[table] as unknown[]).length),
          formatNumber(MAX_IMPORT_RECORDS),
        ),
      ),
    };
  }

  const problems: string[] = [];
  /** The ids records in the file carry, whatever else is wrong with them. */
  const idsIn = (table: TableName) =>
    new Set((data[table] as unknown[]).map((row) => (isRecord(row) ? row.id : undefined)));
  const interviewIds = idsIn("interviews");
  const feedbackIds = idsIn("feedback");

  /** Runs a table through its schema; `more` checks each record that has the right shape. */
  function checkTable<Name extends TableName>(
    table: Name,
    more: (row: ExportedRow<Name>, problem: Report) => void,
  ): ExportedRow<Name>[] {
    const rows: ExportedRow<Name>[] = [];
    (data[table] as unknown[]).forEach((row, index) => {
      // Named only when something is wrong: most records of a long file never need their name.
      const problem: Report = (field, text) =>
        problems.push(problemLine(t(RECORD_MESSAGE[table], String(index + 1)), field, text));
      const result = v.safeParse(TABLE_SCHEMAS[table], row, { abortPipeEarly: true });
      if (!result.success) {
        reportProblems(result.issues, problem);
        return;
      }
      rows.push(result.output);
      more(result.output, problem);
    });
    return rows;
  }

  const pointsAtInterview = (row: { interviewId: number | null }, problem: Report) => {
    if (row.interviewId !== null && !interviewIds.has(row.interviewId)) {
      problem("interviewId", t("importNoSuchInterview", String(row.interviewId)));
    }
  };
  /** Each id once: records elsewhere in the file find theirs by it. */
  const once = (seen: Set<unknown>) => (id: unknown, problem: Report) => {
    if (seen.has(id)) problem("id", t("importIdTwice", String(id)));
    seen.add(id);
  };
  const interviewOnce = once(new Set());
  const feedbackOnce = once(new Set());

  const interviews = checkTable("interviews", (interview, problem) => {
    interviewOnce(interview.id, problem);
    const checked = checkInterviewDraft(interview);
    if (checked.ok) {
      // Trimmed as the form trims. `interview` is valibot's copy, not the object read from the file.
      Object.assign(interview, checked.value);
      return;
    }
    for (const [field, error] of Object.entries(checked.errors)) {
      if (!error) continue;
      if (field.startsWith("interviewer")) {
        // The form's checks number only the interviewers that are not left blank.
        const position = filledPositions(interview)[Number(field.slice("interviewer".length))] ?? 0;
        const email = interview.interviewers[position]?.email.trim() ?? "";
        problem(fieldPath(["interviewers", position, "email"]), DRAFT_PROBLEMS[error](email));
      } else {
        const fieldValue = String(interview[field as keyof Interview] ?? "").trim();
        problem(field, DRAFT_PROBLEMS[error](fieldValue));
      }
    }
  });
  const reflections = checkTable("reflections", pointsAtInterview);
  const feedback = checkTable("feedback", (note, problem) => {
    feedbackOnce(note.id, problem);
    pointsAtInterview(note, problem);
  });
  const nextSteps = checkTable("nextSteps", (step, problem) => {
    pointsAtInterview(step, problem);
    if (step.feedbackId !== null && !feedbackIds.has(step.feedbackId)) {
      problem("feedbackId", t("importNoSuchFeedback", String(step.feedbackId)));
    }
  });
  const templates = checkTable("templates", () => undefined);
  const followUps = checkTable("followUps", pointsAtInterview);
  const verdicts = checkTable("verdicts", pointsAtInterview);
  const leftOut: string[] = [];
  const settings = checkTable("settings", () => undefined).filter((setting) => {
    if (!isSettingKey(setting.key)) leftOut.push(t("importSettingUnknown", shortKey(setting.key)));
    else if (!isSettingValue(setting.key, setting.value)) {
      leftOut.push(t("importSettingWrongValue", setting.key));
    } else return true;
    return false;
  });

  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.splice(MAX_PROBLEMS, problems.length, tCount("importMoreProblems", more));
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    leftOut,
    data: {
      interviews,
      reflections,
      feedback,
      nextSteps,
      templates,
      followUps,
      verdicts,
      settings,
    },
  };
}

/**
 * One line per problem valibot found, except missing fields: valibot reports each against the
 * record that lacks it, with the field's key last in the path; they are gathered into one line per
 * record ("missing id, company, role").
 */
function reportProblems(issues: readonly v.BaseIssue<unknown>[], problem: Report): void {
  const lines: { field: string; text?: string; missing?: string[] }[] = [];
  for (const issue of issues) {
    const path = issue.path ?? [];
    const last = path.at(-1);
    if (last?.origin !== "key") {
      lines.push({ field: fieldOf(issue), text: issue.message });
      continue;
    }
    const field = fieldPath(path.slice(0, -1).map((item) => item.key));
    const line = lines.find((line) => line.missing && line.field === field);
    if (line?.missing) line.missing.push(String(last.key));
    else lines.push({ field, missing: [String(last.key)] });
  }
  for (const line of lines) {
    problem(
      line.field,
      line.missing ? t("importMissing", line.missing.join(", ")) : (line.text ?? ""),
    );
  }
}

/** Where, in the file's list, each interviewer the form would keep stands. */
function filledPositions(interview: Interview): number[] {
  return interview.interviewers.flatMap((person, position) =>
    person.name.trim() || person.email.trim() || person.title.trim() ? [position] : [],
  );
}
