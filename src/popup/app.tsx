import { useState } from "preact/hooks";
import { emptyDraft, type InterviewDraft } from "../core/interview-draft";
import { listInterviews } from "../db/interviews";
import { useDatabase } from "../ui/db";
import { t } from "../ui/i18n";
import { PrivacyNote } from "../ui/privacy-note";
import { useFocusHeading } from "../ui/use-focus-heading";
import { useLiveQuery } from "../ui/use-live-query";
import { draftFromOpenEmail } from "./draft-from-email";
import { EmptyState } from "./empty-state";
import { InterviewForm } from "./interview-form";
import { InterviewList } from "./interview-list";
import { OpenEmailCard } from "./open-email-card";
import { PopupHeader } from "./popup-header";
import { useOpenEmail } from "./use-open-email";

/** The popup shows one screen at a time; later screens (checklist, feedback) join this union. */
type Screen =
  | { name: "home"; savedCompany?: string }
  | { name: "add"; initial: InterviewDraft; prefilled: boolean };

export function App() {
  const db = useDatabase();
  const interviews = useLiveQuery(() => listInterviews(db), [db]);
  const [screen, setScreen] = useState<Screen>({ name: "home" });
  const openEmail = useOpenEmail(interviews.state === "ready" ? interviews.value.length : null);

  const main = useFocusHeading<HTMLElement>(screen);

  const startAdding = (initial: InterviewDraft, prefilled: boolean) =>
    setScreen({ name: "add", initial, prefilled });

  return (
    <div class="popup">
      <PopupHeader />
      <main ref={main} class="popup-main" aria-busy={interviews.state === "loading"}>
        {screen.name === "add" ? (
          <InterviewForm
            initial={screen.initial}
            prefilled={screen.prefilled}
            onSaved={(saved) => setScreen({ name: "home", savedCompany: saved.company })}
            onCancel={() => setScreen({ name: "home" })}
          />
        ) : (
          <>
            {screen.savedCompany !== undefined ? (
              <p class="notice" role="status">
                {t("interviewSaved", screen.savedCompany)}
              </p>
            ) : null}
            {openEmail ? (
              <OpenEmailCard
                open={openEmail}
                onAdd={() => startAdding(draftFromOpenEmail(openEmail), true)}
              />
            ) : null}
            {interviews.state === "failed" ? (
              <p class="form-failure" role="alert">
                {t("interviewsUnreadable", String(interviews.error))}
              </p>
            ) : null}
            {interviews.state === "ready" && interviews.value.length === 0 ? (
              <EmptyState onAdd={() => startAdding(emptyDraft(), false)} />
            ) : null}
            {interviews.state === "ready" && interviews.value.length > 0 ? (
              <InterviewList
                interviews={interviews.value}
                onAdd={() => startAdding(emptyDraft(), false)}
              />
            ) : null}
          </>
        )}
        <PrivacyNote />
      </main>
    </div>
  );
}
