import { checkInterviewDraft, type DraftError, isCalendarDate } from "../core/interview-draft";
import { TEMPLATE_KINDS } from "../core/templates/types";
import type { ExportedTables, TableName } from "./export-data";
import { TABLE_NAMES } from "./export-data";

/** The newest export format this Debrief reads. */
export const CURRENT_EXPORT_VERSION = 1;

export type ImportCheck = { ok: true; data: ExportedTables } | { ok: false; problems: string[] };

/** At most this many problems are listed: past that the file is plainly not what the user meant. */
const MAX_PROBLEMS = 20;

const RECORD_NAMES: Record<TableName, string> = {
  interviews: "Interview",
  reflections: "Reflection",
  feedback: "Feedback",
  nextSteps: "Next step",
  templates: "Template",
  followUps: "Follow-up",
  verdicts: "Message verdict",
  settings: "Setting",
};

const DRAFT_PROBLEMS: Record<DraftError, (value: string) => string> = {
  errorCompanyRequired: () => "the company is missing",
  errorDateRequired: () => "the date is missing",
  errorDateImpossible: (value) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `the date ${value} does not exist`
      : `the date "${value}" is not written YYYY-MM-DD`,
  errorTimeImpossible: (value) => `the time "${value}" is not a time of day (HH:MM)`,
  errorEmailInvalid: (value) => `the interviewer address "${value}" is not an email address`,
  errorUrlInvalid: (value) => `the posting "${value}" is not a web address`,
};

type Check = (value: unknown) => string | null;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const str: Check = (value) => (typeof value === "string" ? null : "should be text");
const bool: Check = (value) => (typeof value === "boolean" ? null : "should be true or false");
const id: Check = (value) =>
  Number.isInteger(value) && (value as number) > 0 ? null : "should be a whole number above 0";
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? null : check(value);
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null ? null : check(value);
const oneOf =
  (...allowed: readonly (string | number)[]): Check =>
  (value) =>
    allowed.includes(value as string | number)
      ? null
      : `should be one of ${allowed.map((item) => JSON.stringify(item)).join(", ")}`;
const day =
  (emptyAllowed: boolean): Check =>
  (value) => {
    if (typeof value !== "string") return "should be a date written YYYY-MM-DD";
    if (emptyAllowed && value === "") return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `"${value}" is not written YYYY-MM-DD`;
    return isCalendarDate(value) ? null : `${value} does not exist`;
  };
const moment: Check = (value) =>
  typeof value === "string" && (value === "" || !Number.isNaN(Date.parse(value)))
    ? null
    : "should be a date and time";
const arrayOf =
  (check: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return "should be a list";
    for (const [index, item] of value.entries()) {
      const problem = check(item);
      if (problem) return `item ${index + 1} ${problem}`;
    }
    return null;
  };
const shape =
  (fields: Record<string, Check>): Check =>
  (value) => {
    if (!isRecord(value)) return "should be a record";
    for (const [name, check] of Object.entries(fields)) {
      const problem = check(value[name]);
      if (problem) return `${name} ${problem}`;
    }
    return null;
  };
const recordOf =
  (check: Check): Check =>
  (value) => {
    if (!isRecord(value)) return "should be a record";
    for (const [key, item] of Object.entries(value)) {
      const problem = check(item);
      if (problem) return `"${key}" ${problem}`;
    }
    return null;
  };

const HOSTS = ["gmail", "outlook"] as const;

/** Field by field, what `src/db/schema.ts` stores in each table. */
const TABLE_FIELDS: Record<TableName, Record<string, Check>> = {
  interviews: {
    id: id,
    company: str,
    role: str,
    round: str,
    date: str,
    time: str,
    interviewers: arrayOf(shape({ name: str, email: str, title: str })),
    postingUrl: str,
    notes: str,
    status: oneOf("active", "offer", "rejected", "withdrawn", "no_answer"),
    threads: arrayOf(shape({ host: oneOf(...HOSTS), threadId: str })),
    createdAt: moment,
    updatedAt: moment,
    dateUnknown: optional(bool),
  },
  reflections: {
    id: optional(id),
    interviewId: id,
    answers: recordOf(shape({ answer: oneOf("yes", "partly", "no"), note: str })),
    note: str,
    createdAt: moment,
    updatedAt: moment,
  },
  feedback: {
    id: id,
    interviewId: id,
    received: bool,
    text: str,
    themes: arrayOf(str),
    receivedAt: moment,
    createdAt: moment,
  },
  nextSteps: {
    id: optional(id),
    interviewId: id,
    feedbackId: nullable(id),
    text: str,
    done: oneOf(0, 1),
    dueDate: day(true),
    createdAt: moment,
    doneAt: moment,
  },
  templates: {
    id: optional(id),
    kind: oneOf(...TEMPLATE_KINDS),
    language: str,
    name: str,
    subject: str,
    body: str,
    isDefault: oneOf(0, 1),
    builtinKey: str,
    updatedAt: moment,
  },
  followUps: {
    id: optional(id),
    interviewId: id,
    kind: oneOf(...TEMPLATE_KINDS),
    host: oneOf(...HOSTS),
    messageId: str,
    draftedAt: moment,
  },
  verdicts: {
    messageKey: str,
    decision: oneOf("rejection", "not_rejection"),
    decidedBy: oneOf("detector", "user"),
    interviewId: nullable(id),
    decidedAt: moment,
    feedbackRequestedAt: optional(moment),
    outcomeLoggedAt: optional(moment),
  },
  settings: { key: str },
};

/** Reads the text of a file. Anything that is not JSON gets one plain message. */
export function parseImport(text: string): ImportCheck {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, problems: ["This file is not a Debrief export: it is not JSON."] };
  }
  return checkImport(value);
}

/**
 * Checks a whole export before anything is written: its format and version, every record's shape,
 * every interview through the same checks as the interview form, and that every record pointing at
 * an interview (or a feedback note) points at one in the file.
 */
export function checkImport(value: unknown): ImportCheck {
  if (!isRecord(value) || value.format !== "debrief-export") {
    return { ok: false, problems: ["This file is not a Debrief export."] };
  }
  if (!Number.isInteger(value.version) || (value.version as number) < 1) {
    return { ok: false, problems: ["This Debrief export has no format version."] };
  }
  if ((value.version as number) > CURRENT_EXPORT_VERSION) {
    return {
      ok: false,
      problems: ["This file comes from a newer Debrief; update Debrief first."],
    };
  }
  if (!isRecord(value.data)) {
    return { ok: false, problems: ["This Debrief export has no data."] };
  }
  const data = value.data;
  const problems: string[] = [];
  for (const table of TABLE_NAMES) {
    if (!Array.isArray(data[table])) problems.push(`The file has no list of ${table}.`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const interviewIds = new Set<unknown>();
  const feedbackIds = new Set<unknown>();
  const cleanInterviews: unknown[] = [];
  for (const table of TABLE_NAMES) {
    const rows = data[table] as unknown[];
    rows.forEach((row, index) => {
      const name = `${RECORD_NAMES[table]} ${index + 1}`;
      const problem = shape(TABLE_FIELDS[table])(row);
      if (problem) {
        problems.push(`${name}: ${problem}.`);
        return;
      }
      const record = row as Record<string, unknown>;
      if (table === "interviews") {
        if (interviewIds.has(record.id))
          problems.push(`${name}: its id ${record.id} is used twice.`);
        interviewIds.add(record.id);
        const checked = checkInterviewDraft(record as never);
        if (!checked.ok) {
          for (const [field, error] of Object.entries(checked.errors)) {
            const fieldValue = field.startsWith("interviewer")
              ? String(
                  (record.interviewers as { name: string; email: string; title: string }[]).filter(
                    (person) => person.name.trim() || person.email.trim() || person.title.trim(),
                  )[Number(field.slice("interviewer".length))]?.email ?? "",
                ).trim()
              : String(record[field] ?? "").trim();
            problems.push(`${name}: ${DRAFT_PROBLEMS[error as DraftError](fieldValue)}.`);
          }
          return;
        }
        cleanInterviews.push({ ...record, ...checked.value });
        return;
      }
      if (table === "feedback") feedbackIds.add(record.id);
      if ("interviewId" in record && record.interviewId !== null) {
        if (!interviewIds.has(record.interviewId)) {
          problems.push(
            `${name}: points at interview ${record.interviewId}, which is not in the file.`,
          );
        }
      }
      if (
        table === "nextSteps" &&
        record.feedbackId !== null &&
        !feedbackIds.has(record.feedbackId)
      ) {
        problems.push(
          `${name}: points at feedback ${record.feedbackId}, which is not in the file.`,
        );
      }
    });
  }
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.splice(MAX_PROBLEMS, problems.length, `…and ${more} more problems.`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    data: {
      ...(data as unknown as ExportedTables),
      interviews: cleanInterviews as ExportedTables["interviews"],
    },
  };
}
