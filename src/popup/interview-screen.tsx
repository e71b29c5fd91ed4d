import { useRef, useState } from "preact/hooks";
import type { InterviewDraft } from "../core/interview-draft";
import { INTERVIEW_STATUSES } from "../core/interview-status";
import { listFeedback } from "../db/feedback";
import { listFollowUps } from "../db/follow-ups";
import { deleteInterview, getInterview, setInterviewStatus } from "../db/interviews";
import { listSteps } from "../db/next-steps";
import { getReflection } from "../db/reflections";
import type { Interview, InterviewStatus } from "../db/schema";
import { readMailSites } from "../db/settings";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { formatInterviewDate } from "../ui/format-date";
import { t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { BackButton } from "./back-button";
import { DeleteInterviewDialog } from "./delete-interview-dialog";
import { FeedbackSection } from "./feedback-section";
import { MessagesSection } from "./messages-section";
import { NextStepsSection } from "./next-steps-section";
import { ReflectionForm } from "./reflection-form";

const STATUS_MESSAGES: Record<InterviewStatus, string> = {
  active: "statusActive",
  offer: "statusOffer",
  rejected: "statusRejected",
  withdrawn: "statusWithdrawn",
  no_answer: "statusNoAnswer",
};
const STATUS_CHOICES = INTERVIEW_STATUSES.map((status) => ({
  status,
  message: STATUS_MESSAGES[status],
}));

function draftOfInterview(interview: Interview): InterviewDraft {
  return {
    company: interview.company,
    role: interview.role,
    round: interview.round,
    date: interview.date,
    time: interview.time,
    interviewers: interview.interviewers.map(({ name, email, title }) => ({ name, email, title })),
    postingUrl: interview.postingUrl,
    notes: interview.notes,
  };
}

export interface InterviewScreenProps {
  id: number;
  notice?: string | undefined;
  onBack: () => void;
  onEdit: (initial: InterviewDraft) => void;
  /** The interview, and everything of it, was deleted: the screen has nothing left to show. */
  onDeleted: () => void;
}

/** One interview: its details, the reflection checklist, its feedback, its next steps and its messages. */
export function InterviewScreen({ id, notice, onBack, onEdit, onDeleted }: InterviewScreenProps) {
  const db = useDatabase();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleteFailure, setDeleteFailure] = useState<string | null>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const loaded = useLiveQuery(async () => {
    const [interview, reflection, feedback, steps, followUps, sites] = await Promise.all([
      getInterview(db, id),
      getReflection(db, id),
      listFeedback(db, id),
      listSteps(db, id),
      listFollowUps(db, id),
      readMailSites(db),
    ]);
    return { interview, reflection, feedback, steps, followUps, sites };
  }, [db, id]);

  if (loaded.state === "loading") {
    return (
      <div class="interview-screen" aria-busy="true">
        <BackButton onBack={onBack} />
      </div>
    );
  }
  if (loaded.state === "failed" || loaded.value.interview === null) {
    return (
      <div class="interview-screen">
        <BackButton onBack={onBack} />
        <h2 tabIndex={-1}>{t("interviewListHeading")}</h2>
        <p class="form-failure" role="alert">
          {loaded.state === "failed"
            ? t("interviewsUnreadable", failureReason(loaded.error))
            : t("interviewGone")}
        </p>
      </div>
    );
  }
  const { interview, reflection, feedback, steps, followUps, sites } = loaded.value;
  const details = [interview.role, interview.round].filter((part) => part !== "");
  const people = interview.interviewers.filter((person) => person.name || person.email);
  return (
    <div class="interview-screen">
      <BackButton onBack={onBack} />
      <section class="interview-details" aria-labelledby="interview-heading">
        <h2 id="interview-heading" tabIndex={-1}>
          {interview.company}
        </h2>
        {details.length > 0 ? <p class="interview-details-role">{details.join(" · ")}</p> : null}
        <p class="muted">
          <time dateTime={interview.time ? `${interview.date}T${interview.time}` : interview.date}>
            {formatInterviewDate(interview.date, interview.time)}
          </time>
        </p>
        {people.length > 0 ? (
          <div class="interview-people">
            <h3 class="detail-label">{t("formInterviewers")}</h3>
            <ul>
              {people.map((person) => (
                <li key={`${person.name}|${person.email}`}>
                  {[person.name, person.title].filter(Boolean).join(", ")}
                  {person.email ? <span class="muted"> · {person.email}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {interview.postingUrl ? (
          <p>
            <a href={interview.postingUrl} target="_blank" rel="noreferrer noopener">
              {t("formPostingUrl")}
            </a>
          </p>
        ) : null}
        {interview.notes ? (
          <div>
            <h3 class="detail-label">{t("formNotes")}</h3>
            <p class="pre-line">{interview.notes}</p>
          </div>
        ) : null}
        <div class="interview-controls">
          <div class="field status-field">
            <label for="interview-status">{t("statusLabel")}</label>
            <select
              id="interview-status"
              value={interview.status}
              onChange={(event) =>
                void setInterviewStatus(
                  db,
                  id,
                  event.currentTarget.value as InterviewStatus,
                  new Date(),
                )
              }
            >
              {STATUS_CHOICES.map((choice) => (
                <option key={choice.status} value={choice.status}>
                  {t(choice.message)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            class="button button-secondary button-small"
            onClick={() => onEdit(draftOfInterview(interview))}
          >
            {t("interviewEdit")}
          </button>
        </div>
        {notice ? (
          <p class="notice" role="status">
            {notice}
          </p>
        ) : null}
      </section>
      <ReflectionForm interviewId={id} reflection={reflection} />
      <FeedbackSection interviewId={id} feedback={feedback} />
      <NextStepsSection
        interviewId={id}
        reflection={reflection}
        feedback={feedback}
        steps={steps}
      />
      <MessagesSection interview={{ ...interview, id }} followUps={followUps} sites={sites} />
      <div class="screen-section interview-delete">
        <button
          ref={deleteButton}
          type="button"
          class="button button-danger-outline button-small"
          onClick={() => {
            setDeleteFailure(null);
            setConfirmingDelete(true);
          }}
        >
          {t("interviewDelete")}
        </button>
        {deleteFailure !== null ? (
          <p class="form-failure" role="alert">
            {t("deleteFailed", deleteFailure)}
          </p>
        ) : null}
      </div>
      <DeleteInterviewDialog
        open={confirmingDelete}
        company={interview.company}
        onConfirm={async () => {
          await deleteInterview(db, id);
          onDeleted();
        }}
        onClose={() => {
          setConfirmingDelete(false);
          // Back to where the user started, as a non-modal close would (the screen stays only when kept).
          deleteButton.current?.focus();
        }}
        onFailedClosed={setDeleteFailure}
      />
    </div>
  );
}
