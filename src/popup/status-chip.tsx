import type { Interview } from "../db/schema";
import { t } from "../ui/i18n";
import { STATUS_MESSAGE, statusWordOf } from "./interview-status";

export function StatusChip({
  interview,
  now,
}: {
  interview: Pick<Interview, "status" | "date" | "time">;
  now: Date;
}) {
  const word = statusWordOf(interview, now);
  return (
    <span class={`status-chip status-${word.replace("_", "-")}`}>{t(STATUS_MESSAGE[word])}</span>
  );
}
