import { useEffect, useRef, useState } from "preact/hooks";
import { interviewRecipient } from "../core/templates/interview-values";
import { composeHostFor, type ReminderWithInterview, recordReminderDone } from "../db/reminders";
import type { MailSites } from "../db/settings";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { formatNumber, t } from "../ui/i18n";
import { hostName } from "./host-name";
import { openFollowUp } from "./open-follow-up";

/** "today", "yesterday", "3 days ago": when the interview was, for a thank-you note. */
function whenInterviewed(daysSince: number): string {
  if (daysSince === 0) return t("reminderInterviewToday");
  if (daysSince === 1) return t("reminderInterviewYesterday");
  return t("reminderInterviewDaysAgo", formatNumber(daysSince));
}

function ReminderItem({
  reminder,
  sites,
  busy,
  onWrite,
  onMarkDone,
  onOpen,
}: {
  reminder: ReminderWithInterview;
  sites: MailSites;
  busy: boolean;
  onWrite: () => void;
  onMarkDone: () => void;
  onOpen: (interviewId: number) => void;
}) {
  const { interview, kind } = reminder;
  const to = interviewRecipient(interview);
  const titleId = `reminder-${kind}-${reminder.interviewId}`;
  return (
    <li class="reminder-item" aria-labelledby={titleId}>
      <p id={titleId} class="reminder-title">
        {kind === "thank_you"
          ? t("reminderThankYou", interview.company)
          : t("reminderCheckIn", interview.company)}
      </p>
      <p class="step-item-context">
        {kind === "thank_you"
          ? whenInterviewed(reminder.daysSince)
          : t("reminderQuietFor", formatNumber(reminder.daysSince))}{" "}
        {to ? t("reminderTo", to) : t("reminderNoAddress")}
      </p>
      {/* Each button says which reminder it is for: with several, a screen reader tells them apart. */}
      <div class="reminder-actions">
        <button
          type="button"
          class="button button-primary button-small"
          aria-describedby={titleId}
          aria-disabled={busy}
          onClick={onWrite}
        >
          {t("reminderWriteIn", hostName(composeHostFor(interview, sites)))}
        </button>
        <button
          type="button"
          class="button button-secondary button-small"
          aria-describedby={titleId}
          aria-disabled={busy}
          onClick={onMarkDone}
        >
          {t("reminderMarkDone")}
        </button>
        <button
          type="button"
          class="link-button step-item-context"
          aria-describedby={titleId}
          onClick={() => onOpen(reminder.interviewId)}
        >
          {t("reminderOpenInterview")}
        </button>
      </div>
    </li>
  );
}

/**
 * The thank-you notes and check-ins due, on the first screen: each opens a new message, written from
 * the user's template, in their own mail, for them to read over and send. Nothing when none is due.
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
  const db = useDatabase();
  // One at a time: a double click must not open two messages or record two follow-ups.
  const [busy, setBusy] = useState(false);
  // Kept by the card, not the item: a failed reminder's item may come and go while it is told.
  const [failure, setFailure] = useState("");
  // How many reminders there were when one was done: once the list has fewer, its item is gone
  // and focus moves to what stays, the card's heading, or the list's when the card went with it.
  const focusWhenFewer = useRef<number | null>(null);
  useEffect(() => {
    const before = focusWhenFewer.current;
    if (before === null || reminders.length >= before) return;
    focusWhenFewer.current = null;
    const next =
      reminders.length > 0
        ? document.getElementById("reminders-heading")
        : document.getElementById("interview-list-heading");
    next?.focus();
  }, [reminders.length]);

  const write = async (reminder: ReminderWithInterview) => {
    if (busy) return;
    setBusy(true);
    setFailure("");
    // Set before the record is written: the list may lose the item before the call returns.
    focusWhenFewer.current = reminders.length;
    try {
      await openFollowUp(
        db,
        { ...reminder.interview, id: reminder.interviewId },
        reminder.kind,
        composeHostFor(reminder.interview, sites),
      );
    } catch (error) {
      // Nothing opened: the reminder stays, and says why.
      focusWhenFewer.current = null;
      setFailure(t("reminderFailed", failureReason(error)));
    } finally {
      setBusy(false);
    }
  };

  const markDone = async (reminder: ReminderWithInterview) => {
    if (busy) return;
    setBusy(true);
    setFailure("");
    focusWhenFewer.current = reminders.length;
    try {
      const host = composeHostFor(reminder.interview, sites);
      await recordReminderDone(db, reminder, { host, markedDone: true }, new Date());
    } catch (error) {
      focusWhenFewer.current = null;
      setFailure(t("reminderMarkDoneFailed", failureReason(error)));
    } finally {
      setBusy(false);
    }
  };

  // Drawn even with no reminder while one is being done or has failed: its state must outlive the
  // moment the recorded reminder leaves the list, and a failed one comes back.
  if (reminders.length === 0 && !busy && failure === "") return null;
  return (
    <section class="card reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading" class="card-eyebrow" tabIndex={-1}>
        {t("remindersHeading")}
      </h2>
      <ul class="reminder-items">
        {reminders.map((reminder) => (
          <ReminderItem
            key={`${reminder.kind}-${reminder.interviewId}`}
            reminder={reminder}
            sites={sites}
            busy={busy}
            onWrite={() => void write(reminder)}
            onMarkDone={() => void markDone(reminder)}
            onOpen={onOpen}
          />
        ))}
      </ul>
      {failure ? (
        <p class="form-failure" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
