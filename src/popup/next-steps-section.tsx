import { useRef, useState } from "preact/hooks";
import { type StepKey, suggestNextSteps } from "../core/reflection/next-steps";
import { addNextSteps, deleteStep, setStepDone, setStepDueDate } from "../db/next-steps";
import type { Feedback, NextStep, Reflection } from "../db/schema";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { t } from "../ui/i18n";

const sameText = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

/** Steps suggested by the feedback's themes and the checklist, to add; then the interview's own steps. */
export function NextStepsSection({
  interviewId,
  reflection,
  feedback,
  steps,
}: {
  interviewId: number;
  reflection: Reflection | null;
  feedback: Feedback[];
  steps: NextStep[];
}) {
  const db = useDatabase();
  // Suggestions start ticked: the user unticks what does not fit, then adds the rest at once.
  const [unticked, setUnticked] = useState<Set<StepKey>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const themes = feedback.filter((item) => item.received).flatMap((item) => item.themes);
  const taken = new Set(steps.map((step) => sameText(step.text)));
  const suggestions = suggestNextSteps({ themes, reflection }).filter(
    (suggestion) => !taken.has(sameText(t(suggestion.message))),
  );
  const latestFeedback = feedback.find((item) => item.received)?.id ?? null;

  const add = async (event: Event) => {
    event.preventDefault();
    const texts = suggestions
      .filter((suggestion) => !unticked.has(suggestion.key))
      .map((suggestion) => t(suggestion.message));
    if (texts.length === 0) return;
    setFailure(null);
    try {
      await addNextSteps(db, interviewId, latestFeedback, texts, new Date());
      setUnticked(new Set());
    } catch (error) {
      setFailure(failureReason(error));
    }
  };
  const run = (write: Promise<void>) =>
    write.catch((error: unknown) => setFailure(failureReason(error)));
  const remove = async (step: NextStep) => {
    if (step.id === undefined) return;
    setFailure(null);
    try {
      await deleteStep(db, step.id);
      setRemoved(step.text);
      // The button is gone with its step: focus goes to the section, not to the page's start.
      heading.current?.focus();
    } catch (error) {
      setFailure(failureReason(error));
    }
  };

  return (
    <section class="screen-section next-steps" aria-labelledby="next-steps-heading">
      <h3 id="next-steps-heading" ref={heading} tabIndex={-1}>
        {t("nextStepsHeading")}
      </h3>
      {suggestions.length === 0 && steps.length === 0 ? (
        <p class="muted">{t("nextStepsNone")}</p>
      ) : null}
      {suggestions.length > 0 ? (
        <form class="suggested-steps" onSubmit={add}>
          <fieldset>
            <legend>{t("nextStepsSuggested")}</legend>
            <ul class="step-items">
              {suggestions.map((suggestion) => (
                <li key={suggestion.key} class="step-item">
                  <input
                    type="checkbox"
                    id={`suggested-step-${suggestion.key}`}
                    checked={!unticked.has(suggestion.key)}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setUnticked((current) => {
                        const next = new Set(current);
                        if (on) next.delete(suggestion.key);
                        else next.add(suggestion.key);
                        return next;
                      });
                    }}
                  />
                  <label for={`suggested-step-${suggestion.key}`} class="step-item-text">
                    {t(suggestion.message)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button
            type="submit"
            class="button button-secondary button-small"
            disabled={suggestions.every((suggestion) => unticked.has(suggestion.key))}
          >
            {t("nextStepsAdd")}
          </button>
        </form>
      ) : null}
      {steps.length > 0 ? (
        <div class="own-steps">
          <h4 class="detail-label">{t("nextStepsYours")}</h4>
          <ul class="step-items">
            {steps.map((step) => (
              <li key={step.id} class={step.done === 1 ? "step-item step-done" : "step-item"}>
                <input
                  type="checkbox"
                  id={`step-${step.id}`}
                  checked={step.done === 1}
                  onChange={(event) =>
                    step.id !== undefined &&
                    run(setStepDone(db, step.id, event.currentTarget.checked, new Date()))
                  }
                />
                <div class="step-item-text">
                  <label for={`step-${step.id}`} class="step-item-label">
                    {step.text}
                  </label>
                  <div class="step-due">
                    <label for={`step-${step.id}-due`}>{t("stepDue")}</label>
                    <input
                      type="date"
                      id={`step-${step.id}-due`}
                      value={step.dueDate}
                      aria-describedby={`step-${step.id}-text`}
                      onChange={(event) =>
                        step.id !== undefined &&
                        run(setStepDueDate(db, step.id, event.currentTarget.value))
                      }
                    />
                    <span id={`step-${step.id}-text`} class="visually-hidden">
                      {step.text}
                    </span>
                  </div>
                </div>
                <button
                  type="button"
                  class="button button-secondary button-small"
                  aria-label={t("stepRemoveLabel", step.text)}
                  onClick={() => void remove(step)}
                >
                  {t("stepRemove")}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="visually-hidden" role="status">
        {removed !== null ? t("stepRemoved", removed) : ""}
      </p>
      {failure !== null ? (
        <p class="form-failure" role="alert">
          {t("saveFailed", failure)}
        </p>
      ) : null}
    </section>
  );
}
