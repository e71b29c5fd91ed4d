import type { InterviewDraft } from "../core/interview-draft";
import type { DebriefDatabase } from "./database";
import type { Interview, InterviewStatus, ThreadLink } from "./schema";

/** Saves a checked draft as a new interview and returns its id. */
export async function addInterview(
  db: DebriefDatabase,
  draft: InterviewDraft,
  now = new Date(),
  threads: ThreadLink[] = [],
): Promise<number> {
  const stamp = now.toISOString();
  const id = await db.interviews.add({
    ...draft,
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
