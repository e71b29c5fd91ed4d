import { useEffect, useState } from "preact/hooks";
import { listDueReminders, type ReminderWithInterview } from "../db/reminders";
import { useDatabase } from "./db";
import { badgeArea } from "./extension-api";
import { showReminderCount } from "./reminder-count";
import { useLiveQuery } from "./use-live-query";

// Long enough for the popup's first screen to be read and painted (well under this on a long
// history), short enough that a change made right away still shows.
const COUNT_AFTER_MS = 600;

/** False until `ms` have passed since the page was drawn, then true. */
export function useAfterDelay(ms = COUNT_AFTER_MS): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setElapsed(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return elapsed;
}

/**
 * The reminders due, read once `start` is true and followed as the database changes; their number
 * is kept on the toolbar button while this page is open: an interview added, a reminder done or
 * reminders turned off here changes it at once, even with the background asleep. Null until read.
 */
export function useDueReminders(start: boolean): ReminderWithInterview[] | null {
  const db = useDatabase();
  const due = useLiveQuery(
    async () => (start ? listDueReminders(db, new Date()) : null),
    [db, start],
  );
  const reminders = due.state === "ready" ? due.value : null;
  useEffect(() => {
    const action = badgeArea();
    if (reminders === null || !action) return;
    showReminderCount(action, reminders.length).catch((error: unknown) =>
      console.error("Debrief: could not show the reminders due.", error),
    );
  }, [reminders]);
  return reminders;
}

/** Keeps the toolbar button's count true while a page that shows no reminders is open. */
export function useReminderBadge(): void {
  useDueReminders(useAfterDelay());
}
