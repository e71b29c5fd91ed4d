import * as v from "valibot";
import { MAIL_HOSTS } from "../core/email";
import { isCalendarDate } from "../core/interview-draft";
import { INTERVIEW_STATUSES as STATUSES } from "../core/interview-status";
import { MAX_TEXT_CHARS } from "../core/limits";
import { CHECKLIST_ANSWERS } from "../core/reflection/checklist";
import { TEMPLATE_KINDS } from "../core/templates/types";
import { formatNumber, t } from "../ui/i18n";
import type { ExportedTables, TableName } from "./export-data";

/*
 * What each table of an export holds, record by record: the rows `src/db/schema.ts` stores, as
 * valibot schemas. Every check carries its own words, read when a check fails, so a problem is
 * told in the user's language ("Interview 3, status: should be one of …").
 */

const text = v.pipe(
  v.string(() => t("importShouldBeText")),
  v.maxLength(MAX_TEXT_CHARS, (issue) =>
    t("importTooLong", formatNumber(String(issue.input).length), formatNumber(MAX_TEXT_CHARS)),
  ),
);
const flag = v.boolean(() => t("importShouldBeTrueOrFalse"));
const list = () => t("importShouldBeList");

const idProblem = () => t("importShouldBeId");
const id = v.pipe(v.number(idProblem), v.integer(idProblem), v.minValue(1, idProblem));

const oneOf = <const Options extends readonly (string | number)[]>(options: Options) =>
  v.picklist(options, () =>
    t("importShouldBeOneOf", options.map((option) => JSON.stringify(option)).join(", ")),
  );

/** A moment Debrief recorded (`toISOString()`), or "" for one that has not happened. */
const momentProblem = () => t("importShouldBeMoment");
const moment = v.pipe(
  v.string(momentProblem),
  v.check((value) => value === "" || !Number.isNaN(Date.parse(value)), momentProblem),
);

export const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day the user picked, `YYYY-MM-DD`, or "" for none. */
const day = v.pipe(
  v.string(() => t("importShouldBeDay")),
  v.check(
    (value) => value === "" || DAY_SHAPE.test(value),
    (issue) => t("importDayNotWritten", String(issue.input)),
  ),
  v.check(
    (value) => value === "" || isCalendarDate(value),
    (issue) => t("importDayImpossible", String(issue.input)),
  ),
);

/**
 * A record with exactly these fields; others in the file are left behind. valibot's objects take a
 * list too (a list is an object to JavaScript), hence the first check.
 */
const recordProblem = () => t("importShouldBeRecord");
const record = <Entries extends v.ObjectEntries>(entries: Entries) =>
  v.pipe(
    v.unknown(),
    v.check((value) => !Array.isArray(value), recordProblem),
    v.object(entries, recordProblem),
  );

/**
 * One schema per table, typed against the stored rows: a field of the wrong type here, or a
 * required field added to `src/db/schema.ts` without its check here, fails to compile. An interview's date, time, addresses and link are text
 * here: `checkInterviewDraft` judges them afterwards, as the interview form does.
 */
/** One stored record of a table. */
export type ExportedRow<Name extends TableName> = ExportedTables[Name][number];

export const TABLE_SCHEMAS: { [Name in TableName]: v.GenericSchema<unknown, ExportedRow<Name>> } = {
  interviews: record({
    id,
    company: text,
    role: text,
    round: text,
    date: text,
    time: text,
    interviewers: v.array(record({ name: text, email: text, title: text }), list),
    postingUrl: text,
    notes: text,
    status: oneOf(STATUSES),
    threads: v.array(record({ host: oneOf(MAIL_HOSTS), threadId: text }), list),
    createdAt: moment,
    updatedAt: moment,
    dateUnknown: v.optional(flag),
  }),
  reflections: record({
    id: v.optional(id),
    interviewId: id,
    answers: v.record(v.string(), record({ answer: oneOf(CHECKLIST_ANSWERS), note: text }), () =>
      t("importShouldBeRecord"),
    ),
    note: text,
    createdAt: moment,
    updatedAt: moment,
  }),
  feedback: record({
    id,
    interviewId: id,
    received: flag,
    text,
    themes: v.array(text, list),
    receivedAt: moment,
    createdAt: moment,
  }),
  nextSteps: record({
    id: v.optional(id),
    interviewId: id,
    feedbackId: v.nullable(id),
    text,
    done: oneOf([0, 1]),
    dueDate: day,
    createdAt: moment,
    doneAt: moment,
  }),
  templates: record({
    id: v.optional(id),
    kind: oneOf(TEMPLATE_KINDS),
    language: text,
    name: text,
    subject: text,
    body: text,
    isDefault: oneOf([0, 1]),
    builtinKey: text,
    updatedAt: moment,
  }),
  followUps: record({
    id: v.optional(id),
    interviewId: id,
    kind: oneOf(TEMPLATE_KINDS),
    host: oneOf(MAIL_HOSTS),
    messageId: text,
    draftedAt: moment,
    markedDone: v.optional(flag),
  }),
  verdicts: record({
    messageKey: text,
    decision: oneOf(["rejection", "not_rejection"]),
    decidedBy: oneOf(["detector", "user"]),
    interviewId: v.nullable(id),
    decidedAt: moment,
    feedbackRequestedAt: v.optional(moment),
    outcomeLoggedAt: v.optional(moment),
  }),
  settings: record({ key: text, value: v.unknown() }),
};

/**
 * A field inside a record as the user reads it: `answers › direct › answer`; a number is a place
 * in a list, counted from 0 here and from 1 on screen.
 */
export function fieldPath(keys: readonly unknown[]): string {
  return keys.map((key) => (typeof key === "number" ? String(key + 1) : String(key))).join(" › ");
}

/** Where in a record the problem valibot found is. */
export function fieldOf(issue: v.BaseIssue<unknown>): string {
  return fieldPath((issue.path ?? []).map((item) => item.key));
}
