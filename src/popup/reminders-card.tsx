import { useState } from "preact/hooks";
import { interviewRecipient } from "../core/templates/interview-values";
import { composeHostFor, type ReminderWithInterview, recordReminderDone } from "../db/reminders";
import type { MailSites } from "../db/settings";
import { useDatabase } from "../ui/db";
import { openTab } from "../ui/extension-api";
import { t } from "../ui/i18n";

const HOST_MESSAGE = { gmail: "hostGmail", outlook: "hostOutlook" } as const;

/** "today", "yesterday", "3 days ago": when the interview was, for a thank-you note. */
function whenInterviewed(daysSince: number): string {
  if (daysSince === 0) return t("reminderInterviewToday");
  if (daysSince === 1) return t("reminderInterviewYesterday");
  return t("reminderInterviewDaysAgo", String(daysSince));
}

function ReminderItem({
  reminder,
  sites,
  onOpen,
}: {
  reminder: ReminderWithInterview;
  sites: MailSites;
  onOpen: (interviewId: number) => void;
}) {
  const db = useDatabase();
  const [failure, setFailure] = useState("");
  const { interview, kind } = reminder;
  const host = composeHostFor(interview, sites);
  const to = interviewRecipient(interview);
  const headingId = `reminder-${kind}-${reminder.interviewId}`;

  const write = async () => {
    setFailure("");
    try {
      const now = new Date();
      // The interface's language: the message is written in it when a template exists for it.
      const { reminderComposeAddress } = await import("../db/reminder-messages");
      const { address } = await reminderComposeAddress(db, interview, kind, t("languageCode"), now);
      // Recorded first: opening a tab closes the popup, and whatever comes after may never run.
      await recordReminderDone(db, reminder, { host, markedDone: false }, now);
      await openTab(address);
    } catch (error) {
      setFailure(t("reminderFailed", error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <li class="reminder-item" aria-labelledby={headingId}>
      <p id={headingId} class="reminder-title">
        {kind === "thank_you"
          ? t("reminderThankYou", interview.company)
          : t("reminderCheckIn", interview.company)}
      </p>
      <p class="step-item-context">
        {kind === "thank_you"
          ? whenInterviewed(reminder.daysSince)
          : t("reminderQuietFor", String(reminder.daysSince))}{" "}
        {to ? t("reminderTo", to) : t("reminderNoAddress")}
      </p>
      <div class="reminder-actions">
        <button type="button" class="button button-primary button-small" onClick={write}>
          {t("reminderWriteIn", t(HOST_MESSAGE[host]))}
        </button>
        <button
          type="button"
          class="button button-secondary button-small"
          onClick={() =>
            void recordReminderDone(db, reminder, { host, markedDone: true }, new Date())
          }
        >
          {t("reminderMarkDone")}
        </button>
        <button
          type="button"
          class="link-button step-item-context"
          onClick={() => onOpen(reminder.interviewId)}
        >
          {t("reminderOpenInterview")}
        </button>
      </div>
      {failure ? (
        <p class="form-failure" role="alert">
          {failure}
        </p>
      ) : null}
    </li>
  );
}

/**
 * The thank-you notes and check-ins due, on the first screen: each opens a new message, written from
 * the user's template, in their own mail, for them to read over and send.
 */
export function RemindersCard({
  reminders,
  sites,
  onOpen,
}: {
  reminders: readonly ReminderWithInterview[];
  sites: MailSites;
  onOpen: (interviewId: number) => void;
}) {
  return (
    <section class="card reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading" class="card-eyebrow">
        {t("remindersHeading")}
      </h2>
      <ul class="reminder-items">
        {reminders.map((reminder) => (
          <ReminderItem
            key={`${reminder.kind}-${reminder.interviewId}`}
            reminder={reminder}
            sites={sites}
            onOpen={onOpen}
          />
        ))}
      </ul>
    </section>
  );
}
