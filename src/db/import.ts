import { currentThreadLinks, type DebriefDatabase } from "./database";
import type { FollowUp, Interview, Template } from "./schema";
import { emptyTables, readAllTables, TABLE_NAMES, type TableName, type TableRows } from "./tables";

/** Every table of an export, as `src/options/import-data.ts` hands it over once checked. */
export type ImportTables = TableRows;

export type ImportTable = TableName;

/** Per table: records the import adds, and records that match ones already stored and are skipped. */
export type ImportCounts = Record<ImportTable, { added: number; matched: number }>;

const fold = (value: string) => value.trim().toLocaleLowerCase();

/** The same interview: same company, role and date, whatever the case. */
export function interviewKey(interview: Pick<Interview, "company" | "role" | "date">): string {
  return JSON.stringify([fold(interview.company), fold(interview.role), interview.date.trim()]);
}

/** The same template: same kind, language and name. */
export function templateKey(template: Pick<Template, "kind" | "language" | "name">): string {
  return JSON.stringify([template.kind, fold(template.language), fold(template.name)]);
}

/**
 * The same follow-up: a reply of the same kind to the same message; a new message (a reminder's
 * thank-you note or check-in, `messageId` "") of the same kind written at the same moment.
 */
function followUpKey(followUp: FollowUp, interviewId: number): string {
  const moment = followUp.messageId === "" ? followUp.draftedAt : "";
  return JSON.stringify([interviewId, followUp.kind, followUp.host, followUp.messageId, moment]);
}

function withoutId<Row extends { id?: number }>(row: Row): Omit<Row, "id"> {
  const { id: _id, ...rest } = row;
  return rest;
}

/**
 * A record's id before it is written. Stored ids are positive; an interview or feedback note the
 * import adds is known by its place among the added ones, written as a negative number (-1 the
 * first) until the write hands out its real id.
 */
type PlannedId = number;

/** Each table's rows to add, pointing at stored or planned ids; and what was counted. */
interface ImportPlan {
  counts: ImportCounts;
  rows: { [Name in TableName]: Omit<TableRows[Name][number], "id">[] };
}

/**
 * What the import does, worked out from what is stored and what the file holds, without touching
 * the database: no transaction waits on this work, however long the file.
 * Throws when a record points at an interview the file does not hold (the file's checks make sure
 * it does; this keeps a write from ever pointing at nothing).
 */
function planImport(stored: TableRows, data: ImportTables): ImportPlan {
  const counts = Object.fromEntries(
    TABLE_NAMES.map((name) => [name, { added: 0, matched: 0 }]),
  ) as ImportCounts;
  const rows: ImportPlan["rows"] = emptyTables();
  const add = <Name extends TableName>(
    table: Name,
    row: ImportPlan["rows"][Name][number],
  ): PlannedId => {
    counts[table].added += 1;
    (rows[table] as unknown[]).push(row);
    return -rows[table].length;
  };
  const match = (table: TableName) => {
    counts[table].matched += 1;
  };

  const interviewIds = new Map<number, PlannedId>();
  const storedInterviews = new Map<string, PlannedId>();
  for (const interview of stored.interviews) {
    if (interview.id !== undefined) storedInterviews.set(interviewKey(interview), interview.id);
  }
  for (const interview of data.interviews) {
    const key = interviewKey(interview);
    const matched = storedInterviews.get(key);
    if (matched !== undefined) {
      match("interviews");
      if (interview.id !== undefined) interviewIds.set(interview.id, matched);
      continue;
    }
    // The indexed copies are the database hooks' to write.
    const { interviewerEmails: _emails, threadKeys: _keys, ...rest } = withoutId(interview);
    const planned = add("interviews", { ...rest, threads: currentThreadLinks(rest.threads) });
    storedInterviews.set(key, planned);
    if (interview.id !== undefined) interviewIds.set(interview.id, planned);
  }
  const interviewOf = (id: number): PlannedId => {
    const mapped = interviewIds.get(id);
    if (mapped === undefined) throw new Error(`No interview ${id} in the file`);
    return mapped;
  };

  // One reflection per interview: a matched interview that has one keeps it.
  const reflected = new Set<PlannedId>(
    stored.reflections.map((reflection) => reflection.interviewId),
  );
  for (const reflection of data.reflections) {
    const interviewId = interviewOf(reflection.interviewId);
    if (reflected.has(interviewId)) {
      match("reflections");
      continue;
    }
    reflected.add(interviewId);
    add("reflections", { ...withoutId(reflection), interviewId });
  }

  const feedbackIds = new Map<number, PlannedId>();
  const feedbackKey = (interviewId: PlannedId, receivedAt: string, text: string) =>
    JSON.stringify([interviewId, receivedAt, text]);
  const storedFeedback = new Map<string, PlannedId>();
  for (const feedback of stored.feedback) {
    if (feedback.id === undefined) continue;
    storedFeedback.set(
      feedbackKey(feedback.interviewId, feedback.receivedAt, feedback.text),
      feedback.id,
    );
  }
  for (const feedback of data.feedback) {
    const interviewId = interviewOf(feedback.interviewId);
    const key = feedbackKey(interviewId, feedback.receivedAt, feedback.text);
    let planned = storedFeedback.get(key);
    if (planned !== undefined) match("feedback");
    else {
      planned = add("feedback", { ...withoutId(feedback), interviewId });
      storedFeedback.set(key, planned);
    }
    if (feedback.id !== undefined) feedbackIds.set(feedback.id, planned);
  }

  const storedSteps = new Set(
    stored.nextSteps.map((step) => JSON.stringify([step.interviewId, step.text])),
  );
  for (const step of data.nextSteps) {
    const interviewId = interviewOf(step.interviewId);
    const key = JSON.stringify([interviewId, step.text]);
    if (storedSteps.has(key)) {
      match("nextSteps");
      continue;
    }
    storedSteps.add(key);
    const feedbackId = step.feedbackId === null ? null : (feedbackIds.get(step.feedbackId) ?? null);
    add("nextSteps", { ...withoutId(step), interviewId, feedbackId });
  }

  const templateKeys = new Set(stored.templates.map(templateKey));
  const defaults = new Set(
    stored.templates
      .filter((template) => template.isDefault === 1)
      .map((template) => JSON.stringify([template.kind, template.language])),
  );
  for (const template of data.templates) {
    const key = templateKey(template);
    if (templateKeys.has(key)) {
      match("templates");
      continue;
    }
    templateKeys.add(key);
    // One default per kind and language: the one already stored stays the default.
    const slot = JSON.stringify([template.kind, template.language]);
    const isDefault = template.isDefault === 1 && !defaults.has(slot) ? 1 : 0;
    if (isDefault === 1) defaults.add(slot);
    add("templates", { ...withoutId(template), isDefault });
  }

  const storedFollowUps = new Set(
    stored.followUps.map((item) => followUpKey(item, item.interviewId)),
  );
  for (const followUp of data.followUps) {
    const interviewId = interviewOf(followUp.interviewId);
    const key = followUpKey(followUp, interviewId);
    if (storedFollowUps.has(key)) {
      match("followUps");
      continue;
    }
    storedFollowUps.add(key);
    add("followUps", { ...withoutId(followUp), interviewId });
  }

  // Keyed by message and by setting name: what is stored already is the user's latest word.
  const verdictKeys = new Set(stored.verdicts.map((verdict) => verdict.messageKey));
  for (const verdict of data.verdicts) {
    if (verdictKeys.has(verdict.messageKey)) {
      match("verdicts");
      continue;
    }
    verdictKeys.add(verdict.messageKey);
    const interviewId = verdict.interviewId === null ? null : interviewOf(verdict.interviewId);
    add("verdicts", { ...verdict, interviewId });
  }
  const settingKeys = new Set(stored.settings.map((setting) => setting.key));
  for (const setting of data.settings) {
    if (settingKeys.has(setting.key)) {
      match("settings");
      continue;
    }
    settingKeys.add(setting.key);
    add("settings", setting);
  }
  return { counts, rows };
}

/**
 * Adds the first of `rows` to an auto-numbered store and returns the ids all of them will have:
 * the one the store handed out, then the ones after it. The caller adds the rest with those ids.
 */
async function handOutIds<Row>(
  table: { add(row: Row): PromiseLike<unknown> },
  rows: readonly Row[],
): Promise<number[]> {
  const [first] = rows;
  if (first === undefined) return [];
  const firstId = (await table.add(first)) as number;
  return rows.map((_, index) => firstId + index);
}

/** What the import would do, without writing: the preview the user confirms. */
export async function previewImport(
  db: DebriefDatabase,
  data: ImportTables,
): Promise<ImportCounts> {
  return planImport(await readAllTables(db), data).counts;
}

/**
 * Writes an export into the database in ONE transaction: all of it or, on any failure, none of it.
 * Records matching stored ones are skipped; imported records that point at an interview or a feedback
 * note point at the new (or matched) one's id. Inside the transaction only the database is waited
 * on: the plan is worked out synchronously between the reads and the writes.
 */
export function writeImport(db: DebriefDatabase, data: ImportTables): Promise<ImportCounts> {
  const tables = TABLE_NAMES.map((name) => db.table(name));
  return db.transaction("rw", tables, async () => {
    const plan = planImport(await readAllTables(db), data);
    const { rows } = plan;
    // Every table goes in at once, so the browser always has requests to work through. Records
    // point at interviews and feedback notes the import adds, so those get their ids first: the
    // first of each is added alone and takes the store's next id, and the rest follow it in turn
    // (nothing else writes these stores while this transaction holds them).
    const newInterviewIds = await handOutIds(db.interviews, rows.interviews as Interview[]);
    const realInterview = (id: PlannedId): number =>
      id > 0 ? id : (newInterviewIds[-id - 1] ?? 0);
    const repoint = <Row extends { interviewId: number }>(row: Row): Row => ({
      ...row,
      interviewId: realInterview(row.interviewId),
    });
    const feedback = rows.feedback.map(repoint);
    const newFeedbackIds = await handOutIds(db.feedback, feedback);
    await Promise.all([
      db.interviews.bulkAdd(
        rows.interviews.slice(1).map((row, index) => ({ ...row, id: newInterviewIds[index + 1] })),
      ),
      db.feedback.bulkAdd(
        feedback.slice(1).map((row, index) => ({ ...row, id: newFeedbackIds[index + 1] })),
      ),
      db.reflections.bulkAdd(rows.reflections.map(repoint)),
      db.nextSteps.bulkAdd(
        rows.nextSteps.map((step) => ({
          ...repoint(step),
          feedbackId:
            step.feedbackId === null || step.feedbackId > 0
              ? step.feedbackId
              : (newFeedbackIds[-step.feedbackId - 1] ?? null),
        })),
      ),
      db.templates.bulkAdd(rows.templates),
      db.followUps.bulkAdd(rows.followUps.map(repoint)),
      db.verdicts.bulkAdd(
        rows.verdicts.map((verdict) => ({
          ...verdict,
          interviewId: verdict.interviewId === null ? null : realInterview(verdict.interviewId),
        })),
      ),
      db.settings.bulkAdd(rows.settings),
    ]);
    return plan.counts;
  });
}
