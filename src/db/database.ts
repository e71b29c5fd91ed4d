import { Dexie, type EntityTable } from "dexie";
import type {
  Feedback,
  FollowUp,
  Interview,
  MessageVerdict,
  NextStep,
  Reflection,
  Setting,
  Template,
} from "./schema";

export const DATABASE_NAME = "debrief";

export type DebriefDatabase = Dexie & {
  interviews: EntityTable<Interview, "id">;
  reflections: EntityTable<Reflection, "id">;
  feedback: EntityTable<Feedback, "id">;
  nextSteps: EntityTable<NextStep, "id">;
  templates: EntityTable<Template, "id">;
  followUps: EntityTable<FollowUp, "id">;
  verdicts: EntityTable<MessageVerdict, "messageKey">;
  settings: EntityTable<Setting, "key">;
};

/**
 * The schema, version by version: a version is never edited once shipped; a later one is added
 * below the last, with an `.upgrade(...)` when stored rows must change.
 */
export function defineSchema(db: Dexie): void {
  db.version(1).stores({
    interviews: "++id, company, status, date, updatedAt, *interviewerEmails, *threadKeys",
    reflections: "++id, &interviewId",
    feedback: "++id, interviewId, receivedAt",
    nextSteps: "++id, interviewId, feedbackId, done, dueDate",
    templates: "++id, kind, [kind+language], builtinKey",
    followUps: "++id, interviewId, [interviewId+kind], draftedAt",
    verdicts: "messageKey, interviewId",
    settings: "key",
  });
  // Version 2 (#5): interviews by status and date, so the popup reads one page of each group
  // (waiting to hear, closed) however long the history. IndexedDB builds the index from the rows
  // already stored; no row changes, so there is no upgrade function.
  db.version(2).stores({
    interviews:
      "++id, company, status, date, updatedAt, *interviewerEmails, *threadKeys, [status+date]",
  });
}

function indexedCopies(
  interview: Partial<Interview>,
): Pick<Interview, "interviewerEmails" | "threadKeys"> {
  return {
    interviewerEmails: [
      ...new Set(
        (interview.interviewers ?? [])
          .map((person) => person.email.trim().toLowerCase())
          .filter((email) => email !== ""),
      ),
    ],
    threadKeys: (interview.threads ?? []).map((thread) => `${thread.host}:${thread.threadId}`),
  };
}

/** Opens (or creates) the database. `indexedDB` defaults to the global one; tests pass fake-indexeddb. */
export function openDatabase(
  options: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
): DebriefDatabase {
  const db = new Dexie(options.name ?? DATABASE_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as DebriefDatabase;
  defineSchema(db);
  // Keep the indexed copies in step with the interviewers and threads they mirror.
  db.interviews.hook("creating", (_key, interview) => {
    Object.assign(interview, indexedCopies(interview));
  });
  db.interviews.hook("updating", (changes, _key, interview) => {
    const touched = changes as Partial<Interview>;
    if (!("interviewers" in touched) && !("threads" in touched)) return undefined;
    return indexedCopies({ ...interview, ...touched });
  });
  return db;
}
