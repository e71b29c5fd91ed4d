import type { Interview } from "../db/schema";
import { t } from "../ui/i18n";
import { InterviewListItem } from "./interview-list-item";

export function InterviewList({
  interviews,
  onAdd,
  now = new Date(),
}: {
  interviews: Interview[];
  onAdd: () => void;
  now?: Date;
}) {
  return (
    <section class="interview-list" aria-labelledby="interview-list-heading">
      <div class="section-heading-row">
        <h2 id="interview-list-heading" tabIndex={-1}>
          {t("interviewListHeading")}
        </h2>
        <button type="button" class="button button-primary button-small" onClick={onAdd}>
          {t("addInterview")}
        </button>
      </div>
      <ul class="interview-items">
        {interviews.map((interview) => (
          <InterviewListItem key={interview.id} interview={interview} now={now} />
        ))}
      </ul>
    </section>
  );
}
