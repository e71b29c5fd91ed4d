import { useEffect, useState } from "preact/hooks";
import { checkTemplate } from "../core/templates";
import type { TemplateDraft } from "../db/templates";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { t } from "../ui/i18n";
import { TextField } from "../ui/text-field";
import { editorMemory } from "./editor-memory";
import { TemplatePreview } from "./template-preview";
import { bodyProblemText, subjectProblemText } from "./template-problems";
import { TemplateTextField } from "./template-text-field";

export interface TemplateEditorProps {
  /** What the editor opens with; without an id, saving adds a new template. */
  initial: TemplateDraft;
  /** The user opened Debrief's own wording: what they save is a new template of theirs. */
  fromBuiltIn: boolean;
  /** A saved template: whether it is the default now. A new one: whether "Use as default" starts ticked. */
  isDefault: boolean;
  /** The name of the template that is the default of this kind and language now. */
  defaultName: string;
  /** The names of the user's other templates of this kind and language: a name is not given twice. */
  takenNames: readonly string[];
  /** The kind's and language's names, for the heading. */
  kindName: string;
  languageName: string;
  myName: string;
  /** Saves, and answers with the saved template's id. */
  onSave: (draft: TemplateDraft, options: { makeDefault: boolean }) => Promise<number>;
  onClose: () => void;
}

type SaveState = "idle" | "saving" | { saved: "default" | "kept" } | { failed: string };

/**
 * Name, subject and message of a template, each problem underlined where it stands and listed
 * under its field, with a live preview. Saving keeps which template is the default; only a new
 * template can be made the default here, by ticking "Use as default".
 */
export function TemplateEditor(props: TemplateEditorProps) {
  const wordsInProgress = editorMemory(useDatabase()).words;
  const draftKey = `${props.initial.kind}.${props.initial.language}.${props.initial.id ?? "new"}`;
  // Words typed and not saved survive a visit to another section of the page.
  const kept = wordsInProgress.get(draftKey);
  const [name, setName] = useState(kept?.name ?? props.initial.name);
  const [subject, setSubject] = useState(kept?.subject ?? props.initial.subject);
  const [body, setBody] = useState(kept?.body ?? props.initial.body);
  const [useAsDefault, setUseAsDefault] = useState(
    props.initial.id === undefined && props.isDefault,
  );
  const [saveState, setSaveState] = useState<SaveState>("idle");
  // The words as last saved: closing with others asks first, so an edit is never lost by a click.
  const [savedWords, setSavedWords] = useState(() => ({
    name: props.initial.name,
    subject: props.initial.subject,
    body: props.initial.body,
  }));
  const [confirmingClose, setConfirmingClose] = useState(false);
  const unsaved =
    name !== savedWords.name || subject !== savedWords.subject || body !== savedWords.body;

  useEffect(() => {
    if (unsaved) wordsInProgress.set(draftKey, { name, subject, body });
    else wordsInProgress.delete(draftKey);
  }, [wordsInProgress, draftKey, unsaved, name, subject, body]);

  const [nameTouched, setNameTouched] = useState(false);
  const subjectProblems = checkTemplate(subject);
  const bodyProblems = checkTemplate(body);
  const nameMissing = name.trim() === "";
  const fold = (value: string) => value.trim().toLocaleLowerCase();
  const nameTaken = props.takenNames.some((taken) => fold(taken) === fold(name));
  const hasProblems = subjectProblems.length > 0 || bodyProblems.length > 0;
  const blocked = hasProblems || nameMissing || nameTaken;
  const isNew = props.initial.id === undefined;
  const id = `template-${props.initial.kind}-${props.initial.language}`;

  // A new template starts with its name: the one thing the user has to give it.
  useEffect(() => {
    if (isNew) document.getElementById(`${id}-name`)?.focus();
  }, []);

  const edited = (set: (value: string) => void) => (value: string) => {
    set(value);
    if (saveState !== "saving") setSaveState("idle");
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (blocked || saveState === "saving") return;
    setSaveState("saving");
    const makeDefault = isNew && useAsDefault;
    try {
      await props.onSave({ ...props.initial, name: name.trim(), subject, body }, { makeDefault });
      setName(name.trim());
      setSavedWords({ name: name.trim(), subject, body });
      // A new template saved is edited under its id from now on.
      wordsInProgress.delete(draftKey);
      setSaveState({ saved: makeDefault || props.isDefault ? "default" : "kept" });
    } catch (error) {
      setSaveState({ failed: failureReason(error) });
    }
  };

  // Debrief's own wording opened with Edit is edited, as far as the user is concerned.
  const heading = isNew && !props.fromBuiltIn ? "templateNewHeading" : "templateEditorHeading";
  const savedState = typeof saveState === "object" && "saved" in saveState ? saveState.saved : null;

  return (
    <form class="card template-editor" aria-labelledby={`${id}-heading`} onSubmit={save}>
      <h3 id={`${id}-heading`}>{t(heading, props.kindName, props.languageName)}</h3>
      {props.fromBuiltIn ? <p class="muted">{t("templateFromBuiltIn")}</p> : null}
      <TextField
        id={`${id}-name`}
        label={t("templateFieldName")}
        value={name}
        onValue={(value) => {
          setNameTouched(true);
          edited(setName)(value);
        }}
        required={true}
        hint={isNew ? t("templateNameHint") : undefined}
        error={
          nameMissing && nameTouched
            ? t("templateNameMissing")
            : nameTaken
              ? t("templateNameTaken", name.trim())
              : undefined
        }
      />
      <TemplateTextField
        id={`${id}-subject`}
        label={t("templateFieldSubject")}
        value={subject}
        onValue={edited(setSubject)}
        language={props.initial.language}
        problems={subjectProblems}
        describe={(problem) => subjectProblemText(subject, problem)}
      />
      <TemplateTextField
        id={`${id}-body`}
        label={t("templateFieldBody")}
        value={body}
        onValue={edited(setBody)}
        language={props.initial.language}
        multiline={true}
        problems={bodyProblems}
        describe={(problem) => bodyProblemText(body, problem)}
      />
      <TemplatePreview
        id={`${id}-preview`}
        subject={subject}
        body={body}
        language={props.initial.language}
        myName={props.myName}
      />
      {isNew ? (
        <div class="template-default-choice">
          <div class="check-row">
            <input
              type="checkbox"
              id={`${id}-default`}
              checked={useAsDefault}
              aria-describedby={`${id}-default-hint`}
              onChange={(event) => setUseAsDefault(event.currentTarget.checked)}
            />
            <label for={`${id}-default`}>{t("templateUseAsDefault")}</label>
          </div>
          <p id={`${id}-default-hint`} class="field-hint">
            {t("templateUseAsDefaultHint", props.defaultName)}
          </p>
        </div>
      ) : (
        <p class="field-hint">
          {props.isDefault
            ? t("templateIsDefaultNote")
            : t("templateNotDefaultNote", props.defaultName)}
        </p>
      )}
      <div class="form-actions">
        <button
          type="submit"
          class="button button-primary"
          disabled={blocked || saveState === "saving"}
        >
          {t("templateSave")}
        </button>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => (unsaved ? setConfirmingClose(true) : props.onClose())}
        >
          {t("templateClose")}
        </button>
      </div>
      <p class="save-state" role="status">
        {hasProblems
          ? t("templateSaveBlocked")
          : nameMissing
            ? t("templateNameMissing")
            : nameTaken
              ? t("templateNameTaken", name.trim())
              : savedState === "default"
                ? t("templateSaved")
                : savedState === "kept"
                  ? t("templateSavedNotDefault", props.defaultName)
                  : ""}
      </p>
      {typeof saveState === "object" && "failed" in saveState ? (
        <p class="form-failure" role="alert">
          {t("templateSaveFailed", saveState.failed)}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirmingClose}
        id={`${id}-close`}
        heading={t("templateCloseUnsavedHeading")}
        text={t("templateCloseUnsavedText")}
        cancelLabel={t("templateCloseUnsavedCancel")}
        confirmLabel={t("templateCloseUnsavedConfirm")}
        onConfirm={async () => {
          wordsInProgress.delete(draftKey);
          props.onClose();
        }}
        onClose={() => setConfirmingClose(false)}
        onFailedClosed={() => setConfirmingClose(false)}
      />
    </form>
  );
}
