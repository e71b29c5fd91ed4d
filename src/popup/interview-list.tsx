import type { Interview } from "../db/schema";
import { formatNumber, t } from "../ui/i18n";
import type { ListedInterview, ListOverview } from "../ui/list-snapshot";
import { InterviewListItem } from "./interview-list-item";

export interface InterviewListProps {
  groups: ListOverview;
  now: Date;
  query: string;
  onQuery: (query: string) => void;
  /** What the search found; null while there is no query or it is still looking. */
  found: Interview[] | null;
  onAdd: () => void;
  onOpen: (interviewId: number) => void;
  /** Shows every interview of a group that was cut short. */
  onShowAll: (group: "waiting" | "closed") => void;
}

function Group({
  id,
  heading,
  interviews,
  total,
  now,
  onOpen,
  onShowAll,
}: {
  id: string;
  heading: string;
  interviews: ListedInterview[];
  total: number;
  now: Date;
  onOpen: (interviewId: number) => void;
  onShowAll?: () => void;
}) {
  if (interviews.length === 0) return null;
  return (
    <section class="interview-group" aria-labelledby={id}>
      <h3 id={id} class="interview-group-heading">
        {heading} <span class="interview-group-count">{total}</span>
      </h3>
      <ul class="interview-items">
        {interviews.map((interview) => (
          <InterviewListItem key={interview.id} interview={interview} now={now} onOpen={onOpen} />
        ))}
      </ul>
      {total > interviews.length ? (
        <p class="muted group-more">
          {t("groupShowingLatest", formatNumber(interviews.length), formatNumber(total))}{" "}
          {onShowAll ? (
            <button type="button" class="link-button" onClick={onShowAll}>
              {t("groupShowAll", formatNumber(total))}
            </button>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

/** Every interview, grouped by where it stands, or what the search finds. */
export function InterviewList({
  groups,
  now,
  query,
  onQuery,
  found,
  onAdd,
  onOpen,
  onShowAll,
}: InterviewListProps) {
  const searching = query.trim() !== "";
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
      <search class="field search-field">
        <label for="interview-search" class="visually-hidden">
          {t("searchLabel")}
        </label>
        <input
          id="interview-search"
          type="search"
          value={query}
          placeholder={t("searchLabel")}
          autocomplete="off"
          onInput={(event) => onQuery(event.currentTarget.value)}
        />
      </search>
      {searching ? (
        <section class="interview-group" aria-labelledby="search-results-heading">
          <h3 id="search-results-heading" class="interview-group-heading">
            {t("searchResultsHeading")}
          </h3>
          {found !== null && found.length === 0 ? (
            <p class="muted" role="status">
              {t("searchNoResults", query.trim())}
            </p>
          ) : null}
          {found !== null && found.length > 0 ? (
            <ul class="interview-items">
              {found.map((interview) => (
                <InterviewListItem
                  key={interview.id}
                  interview={interview}
                  now={now}
                  onOpen={onOpen}
                />
              ))}
            </ul>
          ) : null}
        </section>
      ) : (
        <>
          <Group
            id="group-upcoming"
            heading={t("statusUpcoming")}
            interviews={groups.upcoming}
            total={groups.upcoming.length}
            now={now}
            onOpen={onOpen}
          />
          <Group
            id="group-waiting"
            heading={t("statusWaiting")}
            interviews={groups.waiting}
            total={groups.waitingTotal}
            now={now}
            onOpen={onOpen}
            onShowAll={() => onShowAll("waiting")}
          />
          <Group
            id="group-closed"
            heading={t("groupClosed")}
            interviews={groups.closed}
            total={groups.closedTotal}
            now={now}
            onOpen={onOpen}
            onShowAll={() => onShowAll("closed")}
          />
        </>
      )}
    </section>
  );
}
