import { dayOf, localClock, localDay } from "../reflection/calendar";
import { isUpcoming } from "../reflection/interview-groups";

/** The two messages Debrief reminds the user of while they wait to hear. */
export type ReminderKind = "thank_you" | "check_in";

/** A thank-you note is worth sending on the day of the interview and the two days after. */
export const THANK_YOU_DAYS = 2;
/**
 * An interview on today's date with no time may still be ahead in the morning: its thank-you note
 * waits until midday rather than be offered before the interview.
 */
export const NO_TIME_THANK_YOU_FROM = "12:00";
/** A check-in is worth sending once a week has gone by without news… */
export const CHECK_IN_AFTER_DAYS = 7;
/** …and no longer once a month has: by then the user has mostly moved on, and the list would only nag. */
export const CHECK_IN_UNTIL_DAYS = 30;

/** What the rules read of an interview (`db/schema.ts` `Interview` has it all). */
export interface ReminderInterview {
  id: number;
  company: string;
  status: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, or "". */
  time: string;
  dateUnknown?: boolean | undefined;
}

/** A message drafted for an interview, or one the user said needs no reminder (`db/schema.ts` `FollowUp`). */
export interface ReminderFollowUp {
  interviewId: number;
  kind: string;
  /** ISO moment. */
  draftedAt: string;
}

export interface DueReminder {
  kind: ReminderKind;
  interviewId: number;
  /** Whole days since the interview. */
  daysSince: number;
}

/** Days from one calendar day to another, both `YYYY-MM-DD` (no time zone can make it 23 or 25 hours). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The earliest interview day a reminder can be due for on `now`: older interviews need none. */
export function oldestReminderDay(now: Date): string {
  const back = new Date(now.getFullYear(), now.getMonth(), now.getDate() - CHECK_IN_UNTIL_DAYS);
  return localDay(back);
}

const fold = (company: string) => company.trim().toLocaleLowerCase();

/**
 * The reminders due on `now`, thank-you notes first (they go stale sooner), then the oldest interview
 * first. Only for interviews still waiting to hear, that have taken place and whose date is known:
 * - a thank-you note on the day of the interview (once it is over; from midday when its time is not
 *   known) and the two days after, until one is drafted;
 * - a check-in from a week after the interview to a month after, until one is drafted, unless a
 *   later interview with the same company shows the process moved on.
 * A follow-up the user marked as done or not needed counts as drafted; one from before the
 * interview's day does not count.
 */
export function dueReminders(
  interviews: readonly ReminderInterview[],
  followUps: readonly ReminderFollowUp[],
  now: Date,
): DueReminder[] {
  const today = localDay(now);
  const latestByCompany = new Map<string, string>();
  for (const interview of interviews) {
    const company = fold(interview.company);
    if ((latestByCompany.get(company) ?? "") < interview.date) {
      latestByCompany.set(company, interview.date);
    }
  }
  const due: DueReminder[] = [];
  for (const interview of interviews) {
    if (interview.status !== "active" || interview.dateUnknown) continue;
    if (isUpcoming(interview, now)) continue;
    const daysSince = daysBetween(interview.date, today);
    if (daysSince < 0) continue;
    // Only what was written from the interview's day on counts: a draft opened before it (the
    // interview moved, or a look at the wording) thanks no one.
    const draftedSince = (kind: ReminderKind) =>
      followUps.some(
        (followUp) =>
          followUp.interviewId === interview.id &&
          followUp.kind === kind &&
          dayOf(followUp.draftedAt) >= interview.date,
      );
    const maybeAhead =
      daysSince === 0 && interview.time === "" && localClock(now) < NO_TIME_THANK_YOU_FROM;
    if (daysSince <= THANK_YOU_DAYS && !maybeAhead && !draftedSince("thank_you")) {
      due.push({ kind: "thank_you", interviewId: interview.id, daysSince });
    }
    const movedOn = (latestByCompany.get(fold(interview.company)) ?? "") > interview.date;
    if (
      daysSince >= CHECK_IN_AFTER_DAYS &&
      daysSince <= CHECK_IN_UNTIL_DAYS &&
      !draftedSince("check_in") &&
      !movedOn
    ) {
      due.push({ kind: "check_in", interviewId: interview.id, daysSince });
    }
  }
  const order = (reminder: DueReminder) => (reminder.kind === "thank_you" ? 0 : 1);
  return due.sort((a, b) => order(a) - order(b) || b.daysSince - a.daysSince);
}
