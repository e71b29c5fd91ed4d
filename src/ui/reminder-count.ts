import { t } from "./i18n";

/** The toolbar button's calls the count needs (`browser.action`). */
export interface BadgeArea {
  setBadgeText(details: { text: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/**
 * Shows how many reminders are due on the toolbar button: the number, or nothing at all. The
 * background does it as time passes; the popup and options pages too, as the user changes things
 * there, since the background may be asleep then.
 */
export async function showReminderCount(action: BadgeArea, count: number): Promise<void> {
  await action.setBadgeText({ text: count > 0 ? String(count) : "" });
  await action.setTitle({
    title: count > 0 ? t("badgeTitleReminders", String(count)) : t("extensionName"),
  });
}
