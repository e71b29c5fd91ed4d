import { useEffect, useRef, useState } from "preact/hooks";
import type { Interviewer } from "../db/schema";
import { t } from "../ui/i18n";
import { TextField } from "../ui/text-field";
import { type FieldErrors, type InterviewerRow, interviewerFieldId } from "./interview-form-state";

export interface InterviewerRowsProps {
  rows: InterviewerRow[];
  errors: FieldErrors;
  onEdit: (key: number, field: keyof Interviewer, value: string) => void;
  onAdd: () => number;
  onRemove: (key: number) => void;
}

/** The people the user met, one small group of fields each; rows can be added and removed. */
export function InterviewerRows({ rows, errors, onEdit, onAdd, onRemove }: InterviewerRowsProps) {
  const addButton = useRef<HTMLButtonElement>(null);
  // Where keyboard focus goes after the rows change: into a new row, or back to "Add" after a removal,
  // so it is never left on a button that no longer exists.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (focusTarget === null) return;
    const target = focusTarget === "add" ? addButton.current : document.getElementById(focusTarget);
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  return (
    <fieldset class="interviewers">
      <legend>{t("formInterviewers")}</legend>
      {rows.map((row, index) => {
        const number = String(index + 1);
        const emailError = errors[interviewerFieldId(row, "email")];
        return (
          <fieldset key={row.key} class="interviewer-row">
            <legend class="interviewer-row-legend">{t("formInterviewerNumber", number)}</legend>
            <TextField
              id={interviewerFieldId(row, "name")}
              label={t("formInterviewerName")}
              value={row.name}
              onValue={(value) => onEdit(row.key, "name", value)}
              autocomplete="off"
            />
            <TextField
              id={interviewerFieldId(row, "email")}
              type="email"
              label={t("formInterviewerEmail")}
              value={row.email}
              onValue={(value) => onEdit(row.key, "email", value)}
              error={emailError ? t(emailError) : undefined}
              autocomplete="off"
            />
            <TextField
              id={interviewerFieldId(row, "title")}
              label={t("formInterviewerTitle")}
              value={row.title}
              onValue={(value) => onEdit(row.key, "title", value)}
              autocomplete="off"
            />
            <button
              type="button"
              class="button button-quiet button-small interviewer-remove"
              onClick={() => {
                onRemove(row.key);
                setFocusTarget("add");
              }}
            >
              {t("formRemoveInterviewer", number)}
            </button>
          </fieldset>
        );
      })}
      <button
        ref={addButton}
        type="button"
        class="button button-secondary button-small"
        onClick={() => {
          const key = onAdd();
          setFocusTarget(interviewerFieldId({ key }, "name"));
        }}
      >
        {t("formAddInterviewer")}
      </button>
    </fieldset>
  );
}
