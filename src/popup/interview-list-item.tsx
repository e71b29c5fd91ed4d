import { formatInterviewDate } from "../ui/format-date";
import type { ListedInterview } from "../ui/list-snapshot";
import { StatusChip } from "./status-chip";

/**
 * One interview in a list, as dense as a mail client's row: the company and the role on one line,
 * the day under them, the status beside. The whole row opens it, through the button in its heading.
 */
export function InterviewListItem({
  interview,
  now,
  onOpen,
}: {
  interview: ListedInterview;
  now: Date;
  onOpen?: (interviewId: number) => void;
}) {
  const details = [interview.role, interview.round].filter((part) => part !== "");
  return (
    <li class="interview-item">
      <div class="interview-item-main">
        <div class="interview-item-line">
          <h4 class="interview-item-company">
            {onOpen && interview.id !== undefined ? (
              <button
                type="button"
                class="interview-item-open"
                onClick={() => interview.id !== undefined && onOpen(interview.id)}
              >
                {interview.company}
              </button>
            ) : (
              interview.company
            )}
          </h4>
          {details.length > 0 ? <p class="interview-item-details">{details.join(" · ")}</p> : null}
        </div>
        <p class="interview-item-date">
          <time dateTime={interview.time ? `${interview.date}T${interview.time}` : interview.date}>
            {formatInterviewDate(interview.date, interview.time)}
          </time>
        </p>
      </div>
      <StatusChip interview={interview} now={now} />
    </li>
  );
}
