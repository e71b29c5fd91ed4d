import type { MailHost } from "../core/email";
import type { ReminderKind } from "../core/reminders";
// From the list of languages alone: the templates themselves load only when a message is written.
import { templateLanguageFor } from "../core/templates/types";
import type { DebriefDatabase } from "../db/database";
import { forgetReminderDone, recordReminderDone } from "../db/reminders";
import type { Interview } from "../db/schema";
import { openTab } from "../ui/extension-api";
import { t } from "../ui/i18n";

/**
 * Opens a thank-you note or check-in for an interview as a new message in the user's mail, written
 * from their template, and records it. Recorded before the tab opens (opening it closes the popup,
 * and what comes after may never run); taken back if the tab cannot be opened, and the error thrown.
 */
export async function openFollowUp(
  db: DebriefDatabase,
  interview: Interview & { id: number },
  kind: ReminderKind,
  host: MailHost,
): Promise<void> {
  const now = new Date();
  // The templates that write it load only now: the first screen never waits for them.
  const { reminderComposeAddress } = await import("../db/reminder-messages");
  // The interface's language, unless the user's own templates say otherwise (`reminderLanguage`).
  const language = templateLanguageFor(t("languageCode"));
  const { address } = await reminderComposeAddress(db, interview, kind, language, now);
  const recorded = await recordReminderDone(
    db,
    { interviewId: interview.id, kind },
    { host, markedDone: false },
    now,
  );
  try {
    await openTab(address);
  } catch (error) {
    await forgetReminderDone(db, recorded).catch(() => undefined);
    throw error;
  }
}
