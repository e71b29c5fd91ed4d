import type { InterviewDraft } from "../core/interview-draft";
import type { DebriefDatabase } from "./database";
import type { Interview } from "./schema";

/** Saves a checked draft as a new interview and returns its id. */
export async function addInterview(
  db: DebriefDatabase,
  draft: InterviewDraft,
  now = new Date(),
): Promise<number> {
  const stamp = now.toISOString();
  const id = await db.interviews.add({
    ...draft,
    status: "active",
    threads: [],
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
