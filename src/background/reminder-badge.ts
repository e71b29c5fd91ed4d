import { liveQuery } from "dexie";
import type { DebriefDatabase } from "../db/database";
import { listDueReminders } from "../db/reminders";
import { type BadgeArea, showReminderCount } from "../ui/reminder-count";

/** The toolbar button's calls the badge needs (`browser.action`). */
export interface ActionArea extends BadgeArea {
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/** The browser's alarms (`browser.alarms`), which wake the background when no page is open. */
export interface AlarmArea {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export const REMINDER_ALARM = "reminders";
// Reminders turn due by the calendar (a day after the interview, a week after), so an hourly look is
// soon enough, and costs the browser next to nothing.
const CHECK_EVERY_MINUTES = 60;
const COUNT_AFTER_START_MS = 1000;

/**
 * Keeps the toolbar button's count of due reminders true: when the database changes (an interview
 * added in the popup, a reminder done, reminders turned off) and every hour, since time alone makes
 * reminders due. Call once, synchronously, when the background starts.
 */
export function keepReminderBadge(deps: {
  db: DebriefDatabase;
  action: ActionArea;
  /** The browser starting: Chrome keeps no badge text across a restart, Firefox no alarm. */
  onStartup: { addListener(listener: () => void): void };
  alarms: AlarmArea;
  now?: () => Date;
  /** How long after the worker starts the count is first read (tests: 0). */
  countAfterMs?: number;
}): void {
  const now = deps.now ?? (() => new Date());
  const refresh = async () => {
    try {
      await showReminderCount(deps.action, (await listDueReminders(deps.db, now())).length);
    } catch (error) {
      console.error("Debrief: could not count the reminders due.", error);
    }
  };
  deps.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void refresh();
  });
  // Listening is what starts the worker with the browser; the count below then runs.
  deps.onStartup.addListener(() => void refresh());
  // The alarm outlives the worker, which starts again for every message: made once, not pushed back
  // each time.
  void deps.alarms.get(REMINDER_ALARM).then((existing) => {
    if (!existing) {
      deps.alarms.create(REMINDER_ALARM, {
        periodInMinutes: CHECK_EVERY_MINUTES,
        delayInMinutes: 1,
      });
    }
  });
  // The brand colour of the pages (`ui/styles.css` `--brand`).
  void deps.action.setBadgeBackgroundColor({ color: "#0f6b66" });
  // The worker mostly starts for a mail page's message (an email opened): that is answered first,
  // and the count follows.
  setTimeout(
    () =>
      liveQuery(() => listDueReminders(deps.db, now())).subscribe({
        next: (due) => void showReminderCount(deps.action, due.length),
        error: (error: unknown) =>
          console.error("Debrief: could not count the reminders due.", error),
      }),
    deps.countAfterMs ?? COUNT_AFTER_START_MS,
  );
}
