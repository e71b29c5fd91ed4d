import {
  checkInterviewDraft,
  type DraftErrors,
  type InterviewDraft,
} from "../core/interview-draft";
import { CLOSED_STATUSES } from "../core/interview-status";
import { localDay } from "../core/reflection/calendar";
import {
  groupInterviews,
  type InterviewGroups,
  isUpcoming,
  matchesSearch,
  searchKey,
} from "../core/reflection/interview-groups";
import type { DebriefDatabase } from "./database";
import type { Interview, InterviewStatus, ThreadLink } from "./schema";

/**
 * Saves a checked draft as a new interview and returns its id. `dateUnknown`: the draft's date is
 * only the day it was made (an email that named no date).
 */
export async function addInterview(
  db: DebriefDatabase,
  draft: InterviewDraft,
  now = new Date(),
  threads: ThreadLink[] = [],
  options: { dateUnknown?: boolean } = {},
): Promise<number> {
  const stamp = now.toISOString();
  const id = await db.interviews.add({
    ...draft,
    ...(options.dateUnknown ? { dateUnknown: true } : {}),
    status: "active",
    threads: threads.filter((thread) => thread.threadId !== ""),
    createdAt: stamp,
    updatedAt: stamp,
  });
  return id as number;
}

/** Every interview, the latest interview date first (then the latest added). */
export async function listInterviews(db: DebriefDatabase): Promise<Interview[]> {
  const all = await db.interviews.toArray();
  return all.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** The latest `limit` interviews by date, the latest first: a page of the date index, however long the history. */
export async function listLatestInterviews(
  db: DebriefDatabase,
  limit: number,
): Promise<Interview[]> {
  return db.interviews.orderBy("date").reverse().limit(limit).toArray();
}

/** Interviews one of whose interviewers wrote from this address. */
export async function findInterviewsBySender(
  db: DebriefDatabase,
  address: string,
): Promise<Interview[]> {
  const key = address.trim().toLowerCase();
  if (key === "") return [];
  return db.interviews.where("interviewerEmails").equals(key).toArray();
}

/** Interviews a mail conversation is linked to. */
export async function findInterviewsByThread(
  db: DebriefDatabase,
  thread: ThreadLink,
): Promise<Interview[]> {
  if (thread.threadId === "") return [];
  return db.interviews.where("threadKeys").equals(threadKeyOf(thread)).toArray();
}

export function threadKeyOf(thread: ThreadLink): string {
  return `${thread.host}:${thread.threadId}`;
}

/**
 * Links a mail conversation to an interview, once, and takes it from any other interview it was
 * linked to: the user has said which interview it belongs to. Call inside a transaction on
 * `interviews` when it goes with other writes.
 */
export async function linkThread(
  db: DebriefDatabase,
  interviewId: number,
  thread: ThreadLink,
  now: Date,
): Promise<void> {
  if (thread.threadId === "") return;
  const stamp = now.toISOString();
  const same = (link: ThreadLink) => link.host === thread.host && link.threadId === thread.threadId;
  for (const other of await findInterviewsByThread(db, thread)) {
    if (other.id === interviewId || other.id === undefined) continue;
    await db.interviews.update(other.id, {
      threads: other.threads.filter((link) => !same(link)),
      updatedAt: stamp,
    });
  }
  const interview = await db.interviews.get(interviewId);
  if (!interview || interview.threads.some(same)) return;
  await db.interviews.update(interviewId, {
    threads: [...interview.threads, { host: thread.host, threadId: thread.threadId }],
    updatedAt: stamp,
  });
}

/** Sets an interview's status; an unchanged status is not rewritten. */
export async function setInterviewStatus(
  db: DebriefDatabase,
  interviewId: number,
  status: InterviewStatus,
  now: Date,
): Promise<void> {
  const interview = await db.interviews.get(interviewId);
  if (!interview || interview.status === status) return;
  await db.interviews.update(interviewId, { status, updatedAt: now.toISOString() });
}

/** A write refused because what it was given is wrong or gone: nothing was changed. */
export class RefusedWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusedWriteError";
  }
}

/** A write refused because the record it is about is no longer stored (deleted in another window). */
export class RecordGoneError extends RefusedWriteError {
  constructor(message: string) {
    super(message);
    this.name = "RecordGoneError";
  }
}

/** The interview with this id, or a `RefusedWriteError`: for writes that belong to an interview. */
export async function interviewOrRefuse(db: DebriefDatabase, id: number): Promise<Interview> {
  const interview = Number.isInteger(id) ? await db.interviews.get(id) : undefined;
  if (!interview) throw new RecordGoneError(`No interview has id ${id}.`);
  return interview;
}

export async function getInterview(db: DebriefDatabase, id: number): Promise<Interview | null> {
  return (await db.interviews.get(id)) ?? null;
}

/**
 * Saves the user's edits of an interview: the form's fields and `updatedAt`; its status and mail
 * conversations stay as they are. The draft is checked again here: one with errors changes nothing
 * and comes back with them, field by field. An interview that is gone is a `RefusedWriteError`.
 */
export async function updateInterview(
  db: DebriefDatabase,
  id: number,
  draft: InterviewDraft,
  now: Date,
): Promise<{ ok: true; interview: Interview } | { ok: false; errors: DraftErrors }> {
  const checked = checkInterviewDraft(draft);
  if (!checked.ok) return checked;
  return db.transaction("rw", db.interviews, async () => {
    await interviewOrRefuse(db, id);
    const { value } = checked;
    await db.interviews.update(id, {
      company: value.company,
      role: value.role,
      round: value.round,
      date: value.date,
      time: value.time,
      interviewers: value.interviewers,
      postingUrl: value.postingUrl,
      notes: value.notes,
      updatedAt: now.toISOString(),
    });
    return { ok: true as const, interview: await interviewOrRefuse(db, id) };
  });
}

export interface InterviewOverview extends InterviewGroups<Interview> {
  /** How many interviews wait to hear, of which `waiting` holds the latest `waitingLimit`. */
  waitingTotal: number;
  /** How many interviews are closed, of which `closed` holds the latest `closedLimit`. */
  closedTotal: number;
}

/**
 * The latest `limit` interviews of one status on or before `lastDay`, read from the status-and-date
 * index alone. The index orders one day's interviews by id, not by time, so the whole of the last
 * day read is taken in: the caller's sort then cuts the page right.
 */
async function latestWithStatus(
  db: DebriefDatabase,
  status: InterviewStatus,
  lastDay: string,
  limit: number,
): Promise<Interview[]> {
  if (limit <= 0) return [];
  const range = db.interviews
    .where("[status+date]")
    .between([status, ""], [status, lastDay], true, true);
  if (!Number.isFinite(limit)) return range.toArray();
  const page = await range.reverse().limit(limit).toArray();
  const boundary = page.at(-1)?.date;
  if (boundary === undefined || page.length < limit) return page;
  const seen = new Set(page.map((interview) => interview.id));
  const sameDay = await db.interviews.where("[status+date]").equals([status, boundary]).toArray();
  return [...page, ...sameDay.filter((interview) => !seen.has(interview.id))];
}

// Above every `YYYY-MM-DD`.
const LAST_DAY = "9999-12-31";

/**
 * The popup's first list, grouped and ordered as `groupInterviews` does: every upcoming interview,
 * the latest `waitingLimit` of those waiting to hear and the latest `closedLimit` closed ones, with
 * how many there are in all. Reads pages of the status-and-date index (schema version 2), so a long
 * history costs no more than the pages shown; pass `Infinity` for a whole group.
 */
export async function listInterviewGroups(
  db: DebriefDatabase,
  now: Date,
  { waitingLimit = 50, closedLimit = 50 }: { waitingLimit?: number; closedLimit?: number } = {},
): Promise<InterviewOverview> {
  const today = localDay(now);
  return db.transaction("r", db.interviews, async () => {
    // The reads that do not depend on each other go out together: each is a trip to the browser's
    // database, and waiting for them one by one is most of the popup's first screen.
    // Waiting: today's interviews already past (read with the upcoming ones) and a page of the days
    // before today.
    const noon = new Date(`${today}T12:00:00`);
    noon.setDate(noon.getDate() - 1);
    const yesterday = localDay(noon);
    const [fromToday, pastPage, closedPages, activeCount, total] = await Promise.all([
      db.interviews
        .where("[status+date]")
        .between(["active", today], ["active", LAST_DAY], true, true)
        .toArray(),
      latestWithStatus(db, "active", yesterday, waitingLimit),
      Promise.all(
        CLOSED_STATUSES.map((status) => latestWithStatus(db, status, LAST_DAY, closedLimit)),
      ),
      db.interviews
        .where("[status+date]")
        .between(["active", ""], ["active", LAST_DAY], true, true)
        .count(),
      db.interviews.count(),
    ]);
    const upcoming = fromToday.filter((interview) => isUpcoming(interview, now));
    const waiting = [
      ...fromToday.filter((interview) => interview.date === today && !isUpcoming(interview, now)),
      ...pastPage,
    ];
    const closed = closedPages.flat();
    const groups = groupInterviews([...upcoming, ...waiting, ...closed], now);
    return {
      upcoming: groups.upcoming,
      waiting: groups.waiting.slice(0, Math.max(0, waitingLimit)),
      closed: groups.closed.slice(0, Math.max(0, closedLimit)),
      waitingTotal: activeCount - upcoming.length,
      closedTotal: total - activeCount,
    };
  });
}

/**
 * Interviews whose company or role holds every word of the query (case and accents aside), the
 * latest first, at most `limit`. An empty query finds nothing: the popup shows its lists instead.
 */
export async function searchInterviews(
  db: DebriefDatabase,
  query: string,
  limit = 50,
): Promise<Interview[]> {
  if (searchKey(query) === "") return [];
  const all = await db.interviews.toArray();
  const found = all.filter((interview) => matchesSearch(interview, query));
  found.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      b.time.localeCompare(a.time) ||
      b.createdAt.localeCompare(a.createdAt) ||
      (b.id ?? 0) - (a.id ?? 0),
  );
  return found.slice(0, limit);
}

/**
 * Deletes an interview and everything that is only of it, in one transaction (all or nothing): its
 * reflection, feedback, next steps and the record of the follow-ups Debrief drafted for it (the
 * drafts in the user's mail are not touched). The verdicts on mail messages that pointed at it are
 * kept, with `interviewId` cleared: they are the user's word on a message, not on the interview, so
 * a message dismissed as "not a rejection" stays dismissed and a logged or answered rejection keeps
 * its dates; its banner then offers to choose or create an interview again. Returns whether the
 * interview was there; deleting one that is gone deletes what is left of it and changes nothing else.
 */
export async function deleteInterview(db: DebriefDatabase, id: number): Promise<boolean> {
  return db.transaction(
    "rw",
    [db.interviews, db.reflections, db.feedback, db.nextSteps, db.followUps, db.verdicts],
    async () => {
      const existed = (await db.interviews.get(id)) !== undefined;
      await db.reflections.where("interviewId").equals(id).delete();
      await db.feedback.where("interviewId").equals(id).delete();
      await db.nextSteps.where("interviewId").equals(id).delete();
      await db.followUps.where("interviewId").equals(id).delete();
      await db.verdicts.where("interviewId").equals(id).modify({ interviewId: null });
      await db.interviews.delete(id);
      return existed;
    },
  );
}
