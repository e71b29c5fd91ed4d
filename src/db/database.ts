import { Dexie, type EntityTable } from "dexie";
import { currentGmailThreadId } from "../core/gmail-ids";
import type {
  Feedback,
  FollowUp,
  Interview,
  MessageVerdict,
  NextStep,
  Reflection,
  Setting,
  Template,
  ThreadLink,
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
  // Version 3: a Gmail conversation is kept under its hex id whichever id the page showed
  // (core/gmail-ids.ts); links kept in the `thread-f:<decimal>` form are brought to it, so a
  // conversation linked before still finds its interview. No index changes.
  db.version(3)
    .stores({})
    .upgrade((tx) =>
      tx
        .table<Interview>("interviews")
        .toCollection()
        .modify((interview) => {
          const threads = currentThreadLinks(interview.threads ?? []);
          const same =
            threads.length === interview.threads?.length &&
            threads.every((link, index) => link === interview.threads[index]);
          if (same) return;
          Object.assign(interview, { threads }, indexedCopies({ ...interview, threads }));
        }),
    );
  // Version 4: verdicts by decision, so a mail page learns at start which messages the user said
  // are not rejections without reading every verdict. No row changes.
  db.version(4).stores({ verdicts: "messageKey, interviewId, decision" });
}

/**
 * Thread links in the form the readers give today (see `currentGmailThreadId`), each once. A link
 * already in that form is returned as the same object.
 */
export function currentThreadLinks(threads: readonly ThreadLink[]): ThreadLink[] {
  const seen = new Set<string>();
  const current: ThreadLink[] = [];
  for (const link of threads) {
    const threadId = link.host === "gmail" ? currentGmailThreadId(link.threadId) : link.threadId;
    const key = `${link.host}:${threadId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    current.push(threadId === link.threadId ? link : { ...link, threadId });
  }
  return current;
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
