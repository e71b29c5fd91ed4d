// Dexie watches for changes through the global indexedDB.
import "fake-indexeddb/auto";
import "../setup/i18n";
import { describe, expect, it, vi } from "vitest";
import { keepReminderBadge, REMINDER_ALARM } from "../../src/background/reminder-badge";
import { emptyDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { addInterview } from "../../src/db/interviews";
import { saveSwitch } from "../../src/db/settings";

const now = new Date("2026-11-11T12:00:00");

function fakeBrowser() {
  const badge = { text: "", title: "" };
  let onAlarm: ((alarm: { name: string }) => void) | undefined;
  const action = {
    setBadgeText: vi.fn(async ({ text }: { text: string }) => {
      badge.text = text;
    }),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
    setTitle: vi.fn(async ({ title }: { title: string }) => {
      badge.title = title;
    }),
  };
  const made = new Set<string>();
  const alarms = {
    get: vi.fn(async (name: string) => (made.has(name) ? { name } : undefined)),
    create: vi.fn((name: string) => {
      made.add(name);
    }),
    onAlarm: {
      addListener: (listener: (alarm: { name: string }) => void) => {
        onAlarm = listener;
      },
    },
  };
  let onStartup: (() => void) | undefined;
  const runtime = { onStartup: { addListener: (listener: () => void) => (onStartup = listener) } };
  return {
    badge,
    action,
    alarms,
    runtime,
    fire: (name: string) => onAlarm?.({ name }),
    start: () => onStartup?.(),
  };
}

describe("the toolbar button's count of reminders", () => {
  it("shows the reminders due, follows the database, and is checked every hour", async () => {
    const db = openDatabase({ name: `badge-${Math.random()}` });
    const browser = fakeBrowser();
    let clock = now;
    // The background starting: at install, with the browser, or woken by a message.
    const startBackground = () =>
      keepReminderBadge({
        db,
        action: browser.action,
        onStartup: browser.runtime.onStartup,
        alarms: browser.alarms,
        now: () => clock,
        countAfterMs: 0,
      });
    startBackground();
    await vi.waitFor(() =>
      expect(browser.alarms.create).toHaveBeenCalledWith(REMINDER_ALARM, {
        periodInMinutes: 60,
        delayInMinutes: 1,
      }),
    );
    await vi.waitFor(() => expect(browser.action.setBadgeText).toHaveBeenCalled());
    expect(browser.badge.text).toBe("");

    await addInterview(db, { ...emptyDraft(), company: "Lumen", date: "2026-11-10" }, now);
    await vi.waitFor(() => expect(browser.badge.text).toBe("1"));
    expect(browser.badge.title).toBe("Debrief: reminders due (1)");

    await saveSwitch(db, "reminders", false);
    await vi.waitFor(() => expect(browser.badge.text).toBe(""));
    await saveSwitch(db, "reminders", true);
    await vi.waitFor(() => expect(browser.badge.text).toBe("1"));

    // Three days on the thank-you note is stale; only the hourly check can notice.
    clock = new Date("2026-11-14T12:00:00");
    browser.fire(REMINDER_ALARM);
    await vi.waitFor(() => expect(browser.badge.text).toBe(""));

    // The browser restarted with the badge wiped: the background, started with it, counts again.
    clock = now;
    browser.badge.text = "";
    browser.start();
    await vi.waitFor(() => expect(browser.badge.text).toBe("1"));
    clock = new Date("2026-11-14T12:00:00");

    // The worker starting again (for a message) keeps the hourly alarm as it was.
    startBackground();
    await vi.waitFor(() => expect(browser.alarms.get).toHaveBeenCalledTimes(2));
    await browser.alarms.get.mock.results[1]?.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(browser.alarms.create).toHaveBeenCalledTimes(1);
  });
});
