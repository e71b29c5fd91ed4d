import { useEffect, useMemo, useState } from "preact/hooks";
import { suggestThemes, THEME_MESSAGE, THEMES, type Theme } from "../core/reflection/themes";
import { saveFeedback, updateFeedback } from "../db/feedback";
import type { Feedback } from "../db/schema";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { formatInterviewDate } from "../ui/format-date";
import { t } from "../ui/i18n";
import { TextField } from "../ui/text-field";
import { HiddenWords, useHideRejectionText } from "./hidden-words";

/**
 * The themes ticked: those suggested from the text, as the user changed them. A theme the user
 * ticked or unticked stays so while the text changes; the others follow the text.
 */
export function chosenThemes(suggested: readonly Theme[], choices: ReadonlyMap<Theme, boolean>) {
  return THEMES.filter((theme) => choices.get(theme) ?? suggested.includes(theme));
}

/** The choices that tick exactly these themes, whatever the text suggests: recorded feedback, to edit. */
function choicesOf(themes: readonly string[]): Map<Theme, boolean> {
  return new Map(THEMES.map((theme) => [theme, themes.includes(theme)]));
}

const dayOf = (item: Feedback) => formatInterviewDate(item.receivedAt.slice(0, 10));

const editButtonId = (id: number | undefined) => `feedback-${id}-edit`;

function RecordedFeedback({
  feedback,
  onEdit,
}: {
  feedback: Feedback[];
  onEdit: (item: Feedback) => void;
}) {
  const hideText = useHideRejectionText();
  if (feedback.length === 0) return null;
  return (
    <div class="recorded-feedback">
      <h4 class="detail-label">{t("feedbackRecorded")}</h4>
      <ul class="feedback-items">
        {feedback.map((item) => (
          <li key={item.id} class="feedback-item">
            <p class="muted feedback-item-date">{dayOf(item)}</p>
            {item.received ? (
              <HiddenWords hidden={hideText} showLabel={t("feedbackShowText")}>
                <p class="pre-line feedback-item-text">{item.text}</p>
              </HiddenWords>
            ) : (
              <p class="feedback-item-text">{t("feedbackNoneRecorded")}</p>
            )}
            {item.themes.length > 0 ? (
              <ul class="theme-tags">
                {item.themes.map((theme) => (
                  <li key={theme} class="theme-tag">
                    {t(THEME_MESSAGE[theme as Theme] ?? theme)}
                  </li>
                ))}
              </ul>
            ) : null}
            <button
              type="button"
              id={editButtonId(item.id)}
              class="button button-secondary button-small"
              aria-label={t("feedbackEditLabel", dayOf(item))}
              onClick={() => onEdit(item)}
            >
              {t("feedbackEdit")}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What came back from the interview: the text, or that nothing came, and its themes. */
export function FeedbackSection({
  interviewId,
  feedback,
}: {
  interviewId: number;
  feedback: Feedback[];
}) {
  const db = useDatabase();
  const [text, setText] = useState("");
  const [noneCame, setNoneCame] = useState(false);
  const [choices, setChoices] = useState<Map<Theme, boolean>>(new Map());
  const [error, setError] = useState(false);
  const [saved, setSaved] = useState<"saved" | "updated" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  /** The recorded feedback the form holds to be changed; null while it records a new one. */
  const [editing, setEditing] = useState<Feedback | null>(null);
  /** The control to focus once the form has rendered (after Edit, the field that holds the feedback). */
  const [focusId, setFocusId] = useState<string | null>(null);
  const suggested = useMemo(() => suggestThemes(text), [text]);
  const chosen = chosenThemes(suggested, choices);

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const clearForm = () => {
    setText("");
    setNoneCame(false);
    setChoices(new Map());
    setError(false);
    setEditing(null);
  };

  const startEditing = (item: Feedback) => {
    setEditing(item);
    setText(item.received ? item.text : "");
    setNoneCame(!item.received);
    setChoices(choicesOf(item.themes));
    setError(false);
    setSaved(null);
    setFailure(null);
    setFocusId(item.received ? "feedback-text" : "feedback-none");
  };

  const cancelEditing = () => {
    const id = editing?.id;
    clearForm();
    setFailure(null);
    setSaved(null);
    setFocusId(editButtonId(id));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!noneCame && text.trim() === "") {
      setError(true);
      document.getElementById("feedback-text")?.focus();
      return;
    }
    setFailure(null);
    const fields = { received: !noneCame, text: noneCame ? "" : text, themes: chosen };
    try {
      if (editing?.id !== undefined) {
        await updateFeedback(db, editing.id, fields, new Date());
      } else {
        await saveFeedback(db, { interviewId, ...fields }, new Date());
      }
      clearForm();
      setSaved(editing ? "updated" : "saved");
    } catch (caught) {
      setFailure(failureReason(caught));
    }
  };

  return (
    <section class="screen-section feedback" aria-labelledby="feedback-heading">
      <h3 id="feedback-heading">{t("feedbackHeading")}</h3>
      <RecordedFeedback feedback={feedback} onEdit={startEditing} />
      <form noValidate onSubmit={submit}>
        <div role="status">
          {editing ? <p class="notice">{t("feedbackEditing", dayOf(editing))}</p> : null}
        </div>
        {noneCame ? null : (
          <TextField
            id="feedback-text"
            label={t("feedbackText")}
            hint={t("feedbackTextHint")}
            value={text}
            onValue={(value) => {
              setText(value);
              setError(false);
              setSaved(null);
            }}
            error={error ? t("feedbackEmpty") : undefined}
            multiline
          />
        )}
        <div class="check-row">
          <input
            type="checkbox"
            id="feedback-none"
            checked={noneCame}
            onChange={(event) => {
              setNoneCame(event.currentTarget.checked);
              setError(false);
              setSaved(null);
            }}
          />
          <label for="feedback-none">{t("feedbackNoneCame")}</label>
        </div>
        {noneCame ? null : (
          <fieldset class="theme-choices">
            <legend>{t("feedbackThemes")}</legend>
            <p class="field-hint">{t("feedbackThemesHint")}</p>
            <div class="chips">
              {THEMES.map((theme) => (
                <label key={theme} class="chip">
                  <input
                    type="checkbox"
                    value={theme}
                    checked={chosen.includes(theme)}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setChoices((current) => new Map(current).set(theme, on));
                      setSaved(null);
                    }}
                  />
                  <span>{t(THEME_MESSAGE[theme])}</span>
                  {suggested.includes(theme) ? (
                    <span class="chip-tag"> {t("feedbackSuggested")}</span>
                  ) : null}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {failure !== null ? (
          <p class="form-failure" role="alert">
            {t("saveFailed", failure)}
          </p>
        ) : null}
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            {editing ? t("feedbackUpdate") : t("feedbackSave")}
          </button>
          {editing ? (
            <button type="button" class="button button-secondary" onClick={cancelEditing}>
              {t("feedbackEditCancel")}
            </button>
          ) : null}
          <p class="save-status" role="status">
            {saved === "updated"
              ? t("feedbackUpdated")
              : saved === "saved"
                ? t("feedbackSaved")
                : ""}
          </p>
        </div>
      </form>
    </section>
  );
}
