import type { Interview } from "../db/schema";
import { formatInterviewDate } from "../ui/format-date";
import { StatusChip } from "./status-chip";

export function InterviewListItem({ interview, now }: { interview: Interview; now: Date }) {
  const details = [interview.role, interview.round].filter((part) => part !== "");
  return (
    <li class="interview-item">
      <div class="interview-item-main">
        <h3 class="interview-item-company">{interview.company}</h3>
        {details.length > 0 ? <p class="interview-item-details">{details.join(" · ")}</p> : null}
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
