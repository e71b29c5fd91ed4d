import { useState } from "preact/hooks";
import { dayOf } from "../core/reflection/calendar";
import { isUpcoming } from "../core/reflection/interview-groups";
import type { ReminderKind } from "../core/reminders";
import { composeHostFor } from "../db/reminders";
import type { FollowUp, Interview } from "../db/schema";
import type { MailSites } from "../db/settings";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { formatInterviewDate } from "../ui/format-date";
import { t } from "../ui/i18n";
import { hostName } from "./host-name";
import { openFollowUp } from "./open-follow-up";

const KIND_MESSAGE: Record<FollowUp["kind"], string> = {
  thank_you: "templateKindThankYou",
  check_in: "templateKindCheckIn",
  feedback_request: "templateKindFeedbackRequest",
};

const WRITE_MESSAGE: Record<ReminderKind, string> = {
  thank_you: "messageWriteThankYou",
  check_in: "messageWriteCheckIn",
};

/** One message of the interview's history, in words: what it was, how, and when. */
function followUpText(followUp: FollowUp): string {
  const kind = t(KIND_MESSAGE[followUp.kind]);
  const day = formatInterviewDate(dayOf(followUp.draftedAt));
  if (followUp.markedDone) return t("messageMarkedDone", kind, day);
  const client = hostName(followUp.host);
  // A message id means it was typed into a reply to that message; none, a new message.
  return followUp.messageId === ""
    ? t("messageOpened", kind, client, day)
    : t("messageReplied", kind, client, day);
}

/**
 * The messages Debrief wrote for an interview (thank-you note, check-in, feedback request), and a way
 * to write a thank-you note or a check-in now, whatever the reminders say.
 */
export function MessagesSection({
  interview,
  followUps,
  sites,
}: {
  interview: Interview & { id: number };
  followUps: readonly FollowUp[];
  sites: MailSites;
}) {
  const db = useDatabase();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState("");
  const host = composeHostFor(interview, sites);

  const write = async (kind: ReminderKind) => {
    if (busy) return;
    setBusy(true);
    setFailure("");
    try {
      await openFollowUp(db, interview, kind, host);
    } catch (error) {
      setFailure(t("reminderFailed", failureReason(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="screen-section messages" aria-labelledby="messages-heading">
      <h3 id="messages-heading">{t("messagesHeading")}</h3>
      {followUps.length > 0 ? (
        <ul class="message-items">
          {followUps.map((followUp) => (
            <li key={followUp.id}>{followUpText(followUp)}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t("messagesNone")}</p>
      )}
      {/* A thank-you note or a check-in before the interview makes no sense; after it, any time. */}
      {isUpcoming(interview, new Date()) ? (
        <p class="muted">{t("messagesAfterInterview")}</p>
      ) : (
        <div class="form-actions">
          {(["thank_you", "check_in"] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              class="button button-secondary button-small"
              aria-disabled={busy}
              onClick={() => void write(kind)}
            >
              {t(WRITE_MESSAGE[kind], hostName(host))}
            </button>
          ))}
        </div>
      )}
      {failure ? (
        <p class="form-failure" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
