import type { DebriefDatabase } from "./database";
import type { FollowUp, Interview, Template } from "./schema";
import { TABLE_NAMES, type TableName, type TableRows } from "./tables";

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

/** What the import would do, without writing: the preview the user confirms. */
export function previewImport(db: DebriefDatabase, data: ImportTables): Promise<ImportCounts> {
  return run(db, data, false);
}

/**
 * Writes an export into the database in ONE transaction: all of it or, on any failure, none of it.
 * Records matching stored ones are skipped; imported records that point at an interview or a feedback
 * note point at the new (or matched) one's id.
 */
export function writeImport(db: DebriefDatabase, data: ImportTables): Promise<ImportCounts> {
  return run(db, data, true);
}

async function run(db: DebriefDatabase, data: ImportTables, write: boolean): Promise<ImportCounts> {
  const tables = TABLE_NAMES.map((name) => db.table(name));
  return db.transaction(write ? "rw" : "r", tables, async () => {
    const counts = Object.fromEntries(
      TABLE_NAMES.map((name) => [name, { added: 0, matched: 0 }]),
    ) as ImportCounts;
    // Ids handed out in a preview, which writes nothing: negative, so they never meet stored ones.
    let fakeId = 0;
    const add = async <Row>(table: ImportTable, row: Row): Promise<number> => {
      counts[table].added += 1;
      if (!write) return --fakeId;
      return (await db.table(table).add(row)) as number;
    };

    const interviewIds = new Map<number, number>();
    const storedInterviews = new Map<string, number>();
    for (const interview of await db.interviews.toArray()) {
      if (interview.id !== undefined) storedInterviews.set(interviewKey(interview), interview.id);
    }
    for (const interview of data.interviews) {
      const key = interviewKey(interview);
      const matched = storedInterviews.get(key);
      if (matched !== undefined) {
        counts.interviews.matched += 1;
        if (interview.id !== undefined) interviewIds.set(interview.id, matched);
        continue;
      }
      const { interviewerEmails: _emails, threadKeys: _keys, ...rest } = withoutId(interview);
      const newId = await add("interviews", rest);
      storedInterviews.set(key, newId);
      if (interview.id !== undefined) interviewIds.set(interview.id, newId);
    }
    const interviewOf = (id: number) => {
      const mapped = interviewIds.get(id);
      if (mapped === undefined) throw new Error(`No interview ${id} in the file`);
      return mapped;
    };

    // One reflection per interview: a matched interview that has one keeps it.
    const reflected = new Set(
      (await db.reflections.toArray()).map((reflection) => reflection.interviewId),
    );
    for (const reflection of data.reflections) {
      const interviewId = interviewOf(reflection.interviewId);
      if (reflected.has(interviewId)) {
        counts.reflections.matched += 1;
        continue;
      }
      reflected.add(interviewId);
      await add("reflections", { ...withoutId(reflection), interviewId });
    }

    const feedbackIds = new Map<number, number>();
    const storedFeedback = new Map<string, number>();
    for (const feedback of await db.feedback.toArray()) {
      if (feedback.id === undefined) continue;
      storedFeedback.set(
        JSON.stringify([feedback.interviewId, feedback.receivedAt, feedback.text]),
        feedback.id,
      );
    }
    for (const feedback of data.feedback) {
      const interviewId = interviewOf(feedback.interviewId);
      const key = JSON.stringify([interviewId, feedback.receivedAt, feedback.text]);
      let newId = storedFeedback.get(key);
      if (newId !== undefined) counts.feedback.matched += 1;
      else {
        newId = await add("feedback", { ...withoutId(feedback), interviewId });
        storedFeedback.set(key, newId);
      }
      if (feedback.id !== undefined) feedbackIds.set(feedback.id, newId);
    }

    const storedSteps = new Set(
      (await db.nextSteps.toArray()).map((step) => JSON.stringify([step.interviewId, step.text])),
    );
    for (const step of data.nextSteps) {
      const interviewId = interviewOf(step.interviewId);
      const key = JSON.stringify([interviewId, step.text]);
      if (storedSteps.has(key)) {
        counts.nextSteps.matched += 1;
        continue;
      }
      storedSteps.add(key);
      const feedbackId =
        step.feedbackId === null ? null : (feedbackIds.get(step.feedbackId) ?? null);
      await add("nextSteps", { ...withoutId(step), interviewId, feedbackId });
    }

    const storedTemplates = await db.templates.toArray();
    const templateKeys = new Set(storedTemplates.map(templateKey));
    const defaults = new Set(
      storedTemplates
        .filter((template) => template.isDefault === 1)
        .map((template) => JSON.stringify([template.kind, template.language])),
    );
    for (const template of data.templates) {
      const key = templateKey(template);
      if (templateKeys.has(key)) {
        counts.templates.matched += 1;
        continue;
      }
      templateKeys.add(key);
      // One default per kind and language: the one already stored stays the default.
      const slot = JSON.stringify([template.kind, template.language]);
      const isDefault = template.isDefault === 1 && !defaults.has(slot) ? 1 : 0;
      if (isDefault === 1) defaults.add(slot);
      await add("templates", { ...withoutId(template), isDefault });
    }

    const storedFollowUps = new Set(
      (await db.followUps.toArray()).map((item) => followUpKey(item, item.interviewId)),
    );
    for (const followUp of data.followUps) {
      const interviewId = interviewOf(followUp.interviewId);
      const key = followUpKey(followUp, interviewId);
      if (storedFollowUps.has(key)) {
        counts.followUps.matched += 1;
        continue;
      }
      storedFollowUps.add(key);
      await add("followUps", { ...withoutId(followUp), interviewId });
    }

    // Keyed by message and by setting name: what is stored already is the user's latest word.
    const verdictKeys = new Set((await db.verdicts.toArray()).map((verdict) => verdict.messageKey));
    for (const verdict of data.verdicts) {
      if (verdictKeys.has(verdict.messageKey)) {
        counts.verdicts.matched += 1;
        continue;
      }
      verdictKeys.add(verdict.messageKey);
      const interviewId = verdict.interviewId === null ? null : interviewOf(verdict.interviewId);
      await add("verdicts", { ...verdict, interviewId });
    }
    const settingKeys = new Set((await db.settings.toArray()).map((setting) => setting.key));
    for (const setting of data.settings) {
      if (settingKeys.has(setting.key)) {
        counts.settings.matched += 1;
        continue;
      }
      settingKeys.add(setting.key);
      await add("settings", setting);
    }
    return counts;
  });
}
