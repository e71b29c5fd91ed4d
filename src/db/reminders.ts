import type { MailHost } from "../core/email";
import {
  type DueReminder,
  dueReminders,
  oldestReminderDay,
  type ReminderKind,
} from "../core/reminders";
import type { DebriefDatabase } from "./database";
import type { Interview } from "./schema";
import { type MailSites, readSwitch, SETTING } from "./settings";

/** A reminder with its interview, as the popup lists it. */
export interface ReminderWithInterview extends DueReminder {
  interview: Interview;
}

/**
 * The reminders due on `now` (`core/reminders` says when), with their interviews; none when the
 * user turned reminders off. Reads only the interviews from a month ago on.
 */
export async function listDueReminders(
  db: DebriefDatabase,
  now: Date,
): Promise<ReminderWithInterview[]> {
  return db.transaction("r", db.interviews, db.followUps, db.settings, async () => {
    if (!(await readSwitch(db, SETTING.reminders))) return [];
    // Interviews still ahead are read too: a later round already booked means no check-in is due.
    const recent = await db.interviews.where("date").aboveOrEqual(oldestReminderDay(now)).toArray();
    const ids = recent.flatMap((interview) => (interview.id === undefined ? [] : [interview.id]));
    const followUps = await db.followUps.where("interviewId").anyOf(ids).toArray();
    const byId = new Map(recent.map((interview) => [interview.id, interview]));
    const known = recent.filter(
      (interview): interview is Interview & { id: number } => interview.id !== undefined,
    );
    return dueReminders(known, followUps, now).flatMap((reminder) => {
      const interview = byId.get(reminder.interviewId);
      return interview ? [{ ...reminder, interview }] : [];
    });
  });
}

/**
 * The mail client a new message for an interview opens in: the one its emails were read in, when
 * Debrief runs there; else Gmail unless the user turned Gmail off.
 */
export function composeHostFor(interview: Interview, sites: MailSites): MailHost {
  const seen = interview.threads[0]?.host;
  if (seen && sites[seen]) return seen;
  return sites.gmail || !sites.outlook ? "gmail" : "outlook";
}

/**
 * Ends a reminder: Debrief opened its message in `host`, or (`markedDone`) the user said it is
 * taken care of. Either way it is recorded as a follow-up with its date; returns the record's id.
 */
export async function recordReminderDone(
  db: DebriefDatabase,
  reminder: { interviewId: number; kind: ReminderKind },
  how: { host: MailHost; markedDone: boolean },
  now: Date,
): Promise<number> {
  return (await db.followUps.add({
    interviewId: reminder.interviewId,
    kind: reminder.kind,
    host: how.host,
    messageId: "",
    draftedAt: now.toISOString(),
    ...(how.markedDone ? { markedDone: true } : {}),
  })) as number;
}

/** Takes back a reminder recorded as done (its message could not be opened after all). */
export async function forgetReminderDone(db: DebriefDatabase, followUpId: number): Promise<void> {
  await db.followUps.delete(followUpId);
}
