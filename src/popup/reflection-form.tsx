import { useState } from "preact/hooks";
import {
  ANSWER_MESSAGE,
  CHECKLIST,
  CHECKLIST_ANSWERS,
  type ChecklistAnswer,
  type ChecklistAnswers,
  type ChecklistKey,
} from "../core/reflection/checklist";
import { saveReflection } from "../db/reflections";
import type { Reflection } from "../db/schema";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { t } from "../ui/i18n";
import { TextField } from "../ui/text-field";

function answersOf(reflection: Reflection | null): ChecklistAnswers {
  const answers: ChecklistAnswers = {};
  for (const { key } of CHECKLIST) {
    const entry = reflection?.answers[key];
    if (entry) answers[key] = { answer: entry.answer, note: entry.note };
  }
  return answers;
}

/** The checklist: four questions answered yes, partly or no, each with a note, and a free note. */
export function ReflectionForm({
  interviewId,
  reflection,
}: {
  interviewId: number;
  reflection: Reflection | null;
}) {
  const db = useDatabase();
  const [answers, setAnswers] = useState<ChecklistAnswers>(() => answersOf(reflection));
  // Notes typed before an answer is picked are kept here until it is.
  const [notes, setNotes] = useState<Partial<Record<ChecklistKey, string>>>(() =>
    Object.fromEntries(CHECKLIST.map(({ key }) => [key, reflection?.answers[key]?.note ?? ""])),
  );
  const [note, setNote] = useState(reflection?.note ?? "");
  const [status, setStatus] = useState<"idle" | "saving" | "saved">("idle");
  const [failure, setFailure] = useState<string | null>(null);

  const pick = (key: ChecklistKey, answer: ChecklistAnswer) => {
    setAnswers((current) => ({ ...current, [key]: { answer, note: notes[key] ?? "" } }));
    setStatus("idle");
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setStatus("saving");
    setFailure(null);
    const withNotes: ChecklistAnswers = {};
    for (const { key } of CHECKLIST) {
      const entry = answers[key];
      if (entry) withNotes[key] = { answer: entry.answer, note: notes[key] ?? "" };
    }
    try {
      await saveReflection(db, interviewId, withNotes, note, new Date());
      setStatus("saved");
    } catch (error) {
      setFailure(failureReason(error));
      setStatus("idle");
    }
  };

  return (
    <section class="screen-section reflection" aria-labelledby="reflection-heading">
      <h3 id="reflection-heading">{t("reflectionHeading")}</h3>
      <p class="muted">{t("reflectionIntro")}</p>
      <form onSubmit={submit}>
        {CHECKLIST.map(({ key, message }) => (
          <fieldset key={key} class="checklist-question">
            <legend>{t(message)}</legend>
            <div class="answer-choices">
              {CHECKLIST_ANSWERS.map((answer) => (
                <label key={answer} class={`answer-choice answer-${answer}`}>
                  <input
                    type="radio"
                    name={`reflection-${key}`}
                    value={answer}
                    checked={answers[key]?.answer === answer}
                    onChange={() => pick(key, answer)}
                  />
                  <span>{t(ANSWER_MESSAGE[answer])}</span>
                </label>
              ))}
            </div>
            <TextField
              id={`reflection-${key}-note`}
              label={t("reflectionNote")}
              value={notes[key] ?? ""}
              onValue={(value) => {
                setNotes((current) => ({ ...current, [key]: value }));
                setStatus("idle");
              }}
              autocomplete="off"
              class="field-compact"
            />
          </fieldset>
        ))}
        <TextField
          id="reflection-note"
          label={t("reflectionFreeNote")}
          value={note}
          onValue={(value) => {
            setNote(value);
            setStatus("idle");
          }}
          multiline
        />
        {failure !== null ? (
          <p class="form-failure" role="alert">
            {t("saveFailed", failure)}
          </p>
        ) : null}
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={status === "saving"}>
            {t("reflectionSave")}
          </button>
          <p class="save-status" role="status">
            {status === "saved" ? t("reflectionSaved") : ""}
          </p>
        </div>
      </form>
    </section>
  );
}
