import { useState } from "preact/hooks";
import { checkTemplate, type TemplateProblem, type TemplateValues } from "../core/templates";
import type { TemplateDraft } from "../db/templates";
import { t } from "../ui/i18n";
import { TextField } from "../ui/text-field";
import { TemplatePreview } from "./template-preview";

/** What is wrong, in words: the placeholder's name and the nearest known one when there is one. */
export function problemText(problem: TemplateProblem): string {
  switch (problem.kind) {
    case "unknownPlaceholder": {
      const unknown = t("templateProblemUnknown", `{{${problem.name}}}`);
      return problem.suggestion
        ? `${unknown} ${t("templateProblemSuggestion", `{{${problem.suggestion}}}`)}`
        : unknown;
    }
    case "unclosedPlaceholder":
      return t("templateProblemUnclosedPlaceholder");
    case "emptyPlaceholder":
      return t("templateProblemEmptyPlaceholder");
    case "unclosedOptional":
      return t("templateProblemUnclosedOptional");
    case "nestedOptional":
      return t("templateProblemNestedOptional");
    case "unopenedOptional":
      return t("templateProblemUnopenedOptional");
  }
}

/** Line and column (from 1) of an offset into `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface TemplateEditorProps {
  /** What the editor opens with. */
  initial: TemplateDraft;
  /** The kind's and language's names, for the heading. */
  kindName: string;
  languageName: string;
  sample: TemplateValues;
  onSave: (draft: TemplateDraft) => Promise<void>;
  onClose: () => void;
}

type SaveState = "idle" | "saving" | "saved" | { failed: string };

/** Name, subject and body of a template, with its problems and a live preview. */
export function TemplateEditor(props: TemplateEditorProps) {
  const [name, setName] = useState(props.initial.name);
  const [subject, setSubject] = useState(props.initial.subject);
  const [body, setBody] = useState(props.initial.body);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const subjectProblems = checkTemplate(subject);
  const bodyProblems = checkTemplate(body);
  const blocked = subjectProblems.length > 0 || bodyProblems.length > 0;
  const id = `template-${props.initial.kind}-${props.initial.language}`;

  const edited = (set: (value: string) => void) => (value: string) => {
    set(value);
    if (saveState !== "saving") setSaveState("idle");
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (blocked || saveState === "saving") return;
    setSaveState("saving");
    try {
      await props.onSave({
        ...props.initial,
        name: name.trim() || props.initial.name,
        subject,
        body,
      });
      setSaveState("saved");
    } catch (error) {
      setSaveState({ failed: errorText(error) });
    }
  };

  const subjectError =
    subjectProblems.length > 0
      ? subjectProblems
          .map((problem) =>
            t("templateProblemInSubject", String(problem.start + 1), problemText(problem)),
          )
          .join(" ")
      : undefined;

  return (
    <form class="card template-editor" aria-labelledby={`${id}-heading`} onSubmit={save}>
      <h3 id={`${id}-heading`}>{t("templateEditorHeading", props.kindName, props.languageName)}</h3>
      <TextField
        id={`${id}-name`}
        label={t("templateFieldName")}
        value={name}
        onValue={edited(setName)}
      />
      <TextField
        id={`${id}-subject`}
        label={t("templateFieldSubject")}
        value={subject}
        onValue={edited(setSubject)}
        error={subjectError}
      />
      <div class={["field", bodyProblems.length > 0 ? "field-invalid" : ""].join(" ").trim()}>
        <label for={`${id}-body`}>{t("templateFieldBody")}</label>
        <textarea
          id={`${id}-body`}
          name={`${id}-body`}
          rows={14}
          lang={props.initial.language}
          value={body}
          spellcheck={true}
          aria-invalid={bodyProblems.length > 0 ? "true" : undefined}
          aria-describedby={bodyProblems.length > 0 ? `${id}-problems` : undefined}
          onInput={(event) => edited(setBody)((event.currentTarget as HTMLTextAreaElement).value)}
        />
        {bodyProblems.length > 0 ? (
          <div id={`${id}-problems`} class="field-error template-problems">
            <p>{t("templateProblemsHeading")}</p>
            <ul>
              {bodyProblems.map((problem) => {
                const at = positionOf(body, problem.start);
                return (
                  <li key={`${problem.kind}-${problem.start}`}>
                    {t(
                      "templateProblemAt",
                      String(at.line),
                      String(at.column),
                      problemText(problem),
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
      </div>
      <TemplatePreview
        id={`${id}-preview`}
        subject={subject}
        body={body}
        language={props.initial.language}
        values={props.sample}
      />
      <div class="form-actions">
        <button
          type="submit"
          class="button button-primary"
          disabled={blocked || saveState === "saving"}
        >
          {t("templateSave")}
        </button>
        <button type="button" class="button button-secondary" onClick={props.onClose}>
          {t("templateCancel")}
        </button>
      </div>
      <p class="save-state" role="status">
        {blocked ? t("templateSaveBlocked") : saveState === "saved" ? t("templateSaved") : ""}
      </p>
      {typeof saveState === "object" ? (
        <p class="form-failure" role="alert">
          {t("templateSaveFailed", saveState.failed)}
        </p>
      ) : null}
    </form>
  );
}
