import type { CLOSED_STATUSES } from "../core/interview-status";
import type { Interview } from "../db/schema";
import { localDay } from "../ui/format-date";

/** What the list tells the user about an interview, in their words rather than the stored status. */
export type StatusWord = "upcoming" | "waiting" | (typeof CLOSED_STATUSES)[number];

/** An active interview is either still ahead or behind the user and waiting for an answer. */
export function statusWordOf(
  interview: Pick<Interview, "status" | "date" | "time">,
  now: Date,
): StatusWord {
  if (interview.status !== "active") return interview.status;
  const today = localDay(now);
  if (interview.date > today) return "upcoming";
  if (interview.date === today && interview.time !== "") {
    const clock = `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
    return interview.time > clock ? "upcoming" : "waiting";
  }
  return "waiting";
}

/** Message keys, one per word. */
export const STATUS_MESSAGE: Record<StatusWord, string> = {
  upcoming: "statusUpcoming",
  waiting: "statusWaiting",
  offer: "statusOffer",
  rejected: "statusRejected",
  withdrawn: "statusWithdrawn",
  no_answer: "statusNoAnswer",
};
