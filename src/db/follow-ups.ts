import type { DebriefDatabase } from "./database";
import type { FollowUp, TemplateKind } from "./schema";

/** Records a message Debrief drafted for an interview. Returns its id. */
export async function addFollowUp(db: DebriefDatabase, followUp: FollowUp): Promise<number> {
  return (await db.followUps.add(followUp)) as number;
}

/**
 * Records that a message was drafted for an interview in reply to one email, unless that email's
 * is already recorded for it: an email put with its interview after the fact is counted once.
 */
export async function addFollowUpOnce(db: DebriefDatabase, followUp: FollowUp): Promise<void> {
  const recorded = await db.followUps
    .where("[interviewId+kind]")
    .equals([followUp.interviewId, followUp.kind])
    .filter((row) => row.host === followUp.host && row.messageId === followUp.messageId)
    .count();
  if (recorded === 0) await db.followUps.add(followUp);
}

/** When the latest message of a kind was drafted for an interview (ISO), or null if none was. */
export async function lastDraftedAt(
  db: DebriefDatabase,
  interviewId: number,
  kind: TemplateKind,
): Promise<string | null> {
  const drafted = await db.followUps
    .where("[interviewId+kind]")
    .equals([interviewId, kind])
    .toArray();
  return drafted.reduce<string | null>(
    (latest, followUp) =>
      latest === null || followUp.draftedAt > latest ? followUp.draftedAt : latest,
    null,
  );
}

/** The messages drafted (or marked done) for an interview, the latest first. */
export async function listFollowUps(db: DebriefDatabase, interviewId: number): Promise<FollowUp[]> {
  const all = await db.followUps.where("interviewId").equals(interviewId).toArray();
  return all.sort((a, b) => b.draftedAt.localeCompare(a.draftedAt));
}
