import { useEffect, useState } from "preact/hooks";
import { emptyDraft, type InterviewDraft } from "../core/interview-draft";
import { t } from "../ui/i18n";
import { lazyComponent, whenIdle } from "../ui/lazy-component";
import { PrivacyNote } from "../ui/privacy-note";
import { useFocusHeading } from "../ui/use-focus-heading";
import { useAfterDelay, useDueReminders } from "../ui/use-reminder-badge";
import { HomeScreen } from "./home-screen";
import { PopupHeader } from "./popup-header";

// The first screen is the list; the others load their code apart, once the list is on screen.
const PRELOAD_AFTER_MS = 400;
const InterviewScreen = lazyComponent(() =>
  import("./interview-screen").then((module) => module.InterviewScreen),
);
const InterviewForm = lazyComponent(() =>
  import("./interview-form").then((module) => module.InterviewForm),
);
const InsightsScreen = lazyComponent(() =>
  import("./insights-screen").then((module) => module.InsightsScreen),
);

/** The popup shows one screen at a time. */
export type Screen =
  | { name: "home"; savedCompany?: string }
  | { name: "add"; initial: InterviewDraft; prefilled: boolean }
  | { name: "interview"; id: number; notice?: string }
  | { name: "edit"; id: number; initial: InterviewDraft }
  | { name: "insights" };

/** True when Escape would throw away words the user typed: then it is left to the field. */
function inTypedField(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return target.value !== "";
  if (!(target instanceof HTMLInputElement)) return false;
  return ["text", "email", "url", "search"].includes(target.type) && target.value !== "";
}

/** Where Escape and the back button lead from each screen. */
function parentOf(screen: Screen): Screen | null {
  if (screen.name === "home") return null;
  if (screen.name === "edit") return { name: "interview", id: screen.id };
  return { name: "home" };
}

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: "home" });
  const main = useFocusHeading<HTMLElement>(screen);
  // Read once, for the first screen's card and the toolbar's count: when the list is painted, or
  // soon after opening on any other screen.
  const [listPainted, setListPainted] = useState(false);
  const reminders = useDueReminders(useAfterDelay() || listPainted);

  useEffect(() => {
    // Not while the list is being read: the browser is idle then, but the list is what comes first.
    const timer = setTimeout(
      () =>
        whenIdle(() => {
          void InterviewScreen.preload();
          void InterviewForm.preload();
          void InsightsScreen.preload();
        }),
      PRELOAD_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || inTypedField(event.target)) return;
      const parent = parentOf(screen);
      if (!parent) return;
      event.preventDefault();
      setScreen(parent);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [screen]);

  const startAdding = (initial: InterviewDraft, prefilled: boolean) =>
    setScreen({ name: "add", initial, prefilled });
  const goHome = () => setScreen({ name: "home" });

  return (
    <div class="popup">
      <PopupHeader
        onInsights={screen.name === "insights" ? undefined : () => setScreen({ name: "insights" })}
      />
      <main ref={main} class="popup-main">
        {screen.name === "add" ? (
          <InterviewForm
            initial={screen.initial}
            prefilled={screen.prefilled}
            onSaved={(saved) => setScreen({ name: "home", savedCompany: saved.company })}
            onCancel={goHome}
          />
        ) : null}
        {screen.name === "edit" ? (
          <InterviewForm
            initial={screen.initial}
            editId={screen.id}
            onSaved={(saved) =>
              setScreen({ name: "interview", id: saved.id, notice: t("interviewUpdated") })
            }
            onCancel={() => setScreen({ name: "interview", id: screen.id })}
          />
        ) : null}
        {screen.name === "interview" ? (
          <InterviewScreen
            key={screen.id}
            id={screen.id}
            notice={screen.notice}
            onBack={goHome}
            onEdit={(initial) => setScreen({ name: "edit", id: screen.id, initial })}
            onDeleted={goHome}
          />
        ) : null}
        {screen.name === "insights" ? <InsightsScreen onBack={goHome} /> : null}
        {screen.name === "home" ? (
          <HomeScreen
            savedCompany={screen.savedCompany}
            onAdd={(initial, prefilled) => startAdding(initial ?? emptyDraft(), prefilled)}
            onOpen={(id) => setScreen({ name: "interview", id })}
            reminders={reminders}
            onListPainted={() => setListPainted(true)}
          />
        ) : null}
        <PrivacyNote />
      </main>
    </div>
  );
}
