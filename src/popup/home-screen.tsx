import { useEffect, useRef, useState } from "preact/hooks";
import type { InterviewDraft } from "../core/interview-draft";
import { listInterviewGroups, searchInterviews } from "../db/interviews";
import { listOpenStepsWithInterviews, setStepDone } from "../db/next-steps";
import { findInterviewsNeedingReflection } from "../db/reflections";
import type { ReminderWithInterview } from "../db/reminders";
import { type HideableCard, hideCard, readHiddenCards, readMailSites } from "../db/settings";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { t, tCount } from "../ui/i18n";
import { readListSnapshot, writeListSnapshot } from "../ui/list-snapshot";
import { useAfterPaint } from "../ui/use-after-paint";
import { useLiveQuery } from "../ui/use-live-query";
import { CardHeading } from "./card-heading";
import { draftFromOpenEmail } from "./draft-from-email";
import { EmptyState } from "./empty-state";
import { InterviewList } from "./interview-list";
import { OpenEmailCard } from "./open-email-card";
import { RemindersCard } from "./reminders-card";
import { UnreadablePageCard } from "./unreadable-page-card";
import { useOpenEmail } from "./use-open-email";
import { useUnreadablePage } from "./use-unreadable-page";

/** The first screen shows the most pressing steps; the rest wait on their interviews' pages. */
const OPEN_STEPS_SHOWN = 3;
const GROUP_SHOWN = 20;
const REFLECT_SHOWN = 3;

export interface HomeScreenProps {
  savedCompany?: string | undefined;
  /** No draft: an empty form. */
  onAdd: (initial: InterviewDraft | null, prefilled: boolean) => void;
  onOpen: (interviewId: number) => void;
  /** The reminders due, read by the popup for its toolbar count too; null until read. */
  reminders: ReminderWithInterview[] | null;
  /** The database's list is painted: what can wait may start. */
  onListPainted: () => void;
}

/** The first screen: open steps, interviews to reflect on, and every interview by where it stands. */
export function HomeScreen({
  savedCompany,
  onAdd,
  onOpen,
  reminders,
  onListPainted,
}: HomeScreenProps) {
  const db = useDatabase();
  // A long history shows the latest interviews of each group until the user asks for all of them.
  const [limits, setLimits] = useState({ waiting: GROUP_SHOWN, closed: GROUP_SHOWN });
  // The list is drawn as soon as its own query answers; the cards above it follow.
  const overview = useLiveQuery(async () => {
    const now = new Date();
    const groups = await listInterviewGroups(db, now, {
      waitingLimit: limits.waiting,
      closedLimit: limits.closed,
    });
    return { groups, now };
  }, [db, limits]);
  // Until the database answers, the list as the popup last drew it, so it opens with something to
  // read at once (only the first page: "Show all" always waits for the database).
  const [kept] = useState(readListSnapshot);
  const firstPage = limits.waiting === GROUP_SHOWN && limits.closed === GROUP_SHOWN;
  useEffect(() => {
    if (overview.state === "ready" && firstPage) writeListSnapshot(overview.value.groups);
  }, [overview, firstPage]);
  const shown =
    overview.state === "ready"
      ? overview.value
      : overview.state === "loading" && kept && firstPage
        ? { groups: kept, now: new Date() }
        : null;
  // Asked once the database's list is painted, so reading a long history of steps never delays it.
  const listShown = useAfterPaint(overview.state !== "loading");
  useEffect(() => {
    if (listShown) onListPainted();
  }, [listShown]);
  const extras = useLiveQuery(async () => {
    if (!listShown) return null;
    const hidden = await readHiddenCards(db);
    const [steps, toReflect, sites] = await Promise.all([
      listOpenStepsWithInterviews(db, OPEN_STEPS_SHOWN, { addedAfter: hidden.steps }),
      findInterviewsNeedingReflection(db, new Date(), {
        limit: REFLECT_SHOWN,
        after: hidden.reflect,
      }),
      readMailSites(db),
    ]);
    return {
      steps,
      toReflect: toReflect.interviews,
      toReflectTotal: toReflect.total,
      sites,
    };
  }, [db, listShown]);
  const ready = extras.state === "ready" ? extras.value : null;
  const steps = ready?.steps ?? [];
  const toReflect = ready?.toReflect ?? [];
  const toReflectTotal = ready?.toReflectTotal ?? 0;
  const [query, setQuery] = useState("");
  const found = useLiveQuery(() => searchInterviews(db, query), [db, query]);

  const total = shown
    ? shown.groups.upcoming.length + shown.groups.waitingTotal + shown.groups.closedTotal
    : null;
  const openEmail = useOpenEmail(total);
  const unreadable = useUnreadablePage();
  const home = useRef<HTMLDivElement>(null);
  const [hideFailure, setHideFailure] = useState<string | null>(null);
  const hide = (card: HideableCard) => {
    setHideFailure(null);
    // The card is about to go: focus stays in the popup rather than falling to nowhere.
    home.current?.focus({ preventScroll: true });
    hideCard(db, card, new Date()).catch((error: unknown) => setHideFailure(failureReason(error)));
  };

  return (
    <div class="home" ref={home} tabIndex={-1} aria-busy={overview.state === "loading"}>
      {savedCompany !== undefined ? (
        <p class="notice" role="status">
          {t("interviewSaved", savedCompany)}
        </p>
      ) : null}
      {unreadable ? <UnreadablePageCard page={unreadable} /> : null}
      {openEmail ? (
        <OpenEmailCard open={openEmail} onAdd={() => onAdd(draftFromOpenEmail(openEmail), true)} />
      ) : null}
      {hideFailure !== null ? (
        <p class="form-failure" role="alert">
          {t("cardHideFailed", hideFailure)}
        </p>
      ) : null}
      {overview.state === "failed" ? (
        <p class="form-failure" role="alert">
          {t("interviewsUnreadable", failureReason(overview.error))}
        </p>
      ) : null}
      {total === 0 ? (
        <EmptyState onAdd={() => onAdd(null, false)} emailOpen={openEmail !== null} />
      ) : null}
      {shown && total !== null && total > 0 ? (
        <>
          {ready && reminders ? (
            <RemindersCard reminders={reminders} sites={ready.sites} onOpen={onOpen} />
          ) : null}
          {steps.length > 0 ? (
            <section class="card open-steps" aria-labelledby="open-steps-heading">
              <CardHeading
                id="open-steps-heading"
                title={t("openStepsHeading")}
                onHide={() => hide("steps")}
              />
              <ul class="step-items">
                {steps.slice(0, OPEN_STEPS_SHOWN).map(({ step, interview }) => (
                  <li key={step.id} class="step-item">
                    <input
                      type="checkbox"
                      id={`open-step-${step.id}`}
                      checked={step.done === 1}
                      onChange={(event) => {
                        if (step.id === undefined) return;
                        void setStepDone(db, step.id, event.currentTarget.checked, new Date());
                      }}
                    />
                    <div class="step-item-text">
                      <label for={`open-step-${step.id}`}>{step.text}</label>
                      {interview?.id !== undefined ? (
                        <button
                          type="button"
                          class="link-button step-item-context"
                          onClick={() => interview.id !== undefined && onOpen(interview.id)}
                        >
                          {t("stepFor", interview.company)}
                        </button>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
              {steps.length > OPEN_STEPS_SHOWN ? (
                <p class="step-item-context open-steps-more">
                  {tCount("openStepsMore", steps.length - OPEN_STEPS_SHOWN)}
                </p>
              ) : null}
            </section>
          ) : null}
          {toReflect.length > 0 ? (
            <section class="card reflect-prompt" aria-labelledby="reflect-prompt-heading">
              <CardHeading
                id="reflect-prompt-heading"
                title={t("reflectPromptHeading")}
                onHide={() => hide("reflect")}
              />
              <ul class="reflect-prompt-items">
                {toReflect.map((interview) => (
                  <li key={interview.id}>
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => interview.id !== undefined && onOpen(interview.id)}
                    >
                      {t("reflectPrompt", interview.company)}
                    </button>
                  </li>
                ))}
              </ul>
              {toReflectTotal > toReflect.length ? (
                <p class="step-item-context open-steps-more">
                  {tCount("reflectPromptMore", toReflectTotal - toReflect.length)}
                </p>
              ) : null}
            </section>
          ) : null}
          <InterviewList
            groups={shown.groups}
            now={shown.now}
            query={query}
            onQuery={setQuery}
            found={found.state === "ready" ? found.value : null}
            onAdd={() => onAdd(null, false)}
            onOpen={onOpen}
            onShowAll={(group) =>
              setLimits((current) => ({ ...current, [group]: Number.POSITIVE_INFINITY }))
            }
          />
        </>
      ) : null}
    </div>
  );
}
