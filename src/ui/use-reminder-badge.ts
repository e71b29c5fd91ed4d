import { useEffect, useState } from "preact/hooks";
import { listDueReminders } from "../db/reminders";
import { useDatabase } from "./db";
import { badgeArea } from "./extension-api";
import { showReminderCount } from "./reminder-count";
import { useLiveQuery } from "./use-live-query";

// Long enough for the popup's first screen to be read and painted (well under this on a long
// history), short enough that a change made right away still shows.
const COUNT_AFTER_MS = 600;

/**
 * Keeps the toolbar button's count of reminders true while this page is open: an interview added,
 * a reminder done or reminders turned off here changes it at once, even with the background asleep.
 * Counted a moment after the page opens, once it has drawn what it came for.
 */
export function useReminderBadge(): void {
  const db = useDatabase();
  const [started, setStarted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setStarted(true), COUNT_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  const due = useLiveQuery(
    async () => (started ? (await listDueReminders(db, new Date())).length : null),
    [db, started],
  );
  useEffect(() => {
    const action = badgeArea();
    if (due.state !== "ready" || due.value === null || !action) return;
    showReminderCount(action, due.value).catch((error: unknown) =>
      console.error("Debrief: could not show the reminders due.", error),
    );
  }, [due]);
}
