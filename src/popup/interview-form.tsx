import { useEffect, useRef, useState } from "preact/hooks";
import { checkInterviewDraft, type InterviewDraft } from "../core/interview-draft";
import { addInterview, updateInterview } from "../db/interviews";
import type { Interviewer } from "../db/schema";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { t } from "../ui/i18n";
import { TextField } from "../ui/text-field";
import {
  draftOf,
  FIELD_ID,
  type FieldErrors,
  fieldErrorsOf,
  formStateFrom,
  type InterviewFormState,
  interviewerFieldId,
} from "./interview-form-state";
import { InterviewerRows } from "./interviewer-rows";

export interface InterviewFormProps {
  initial: InterviewDraft;
  /** True when the fields were filled in from an email: the user is asked to check them. */
  prefilled?: boolean;
  /** The interview being edited; none: a new interview is added. */
  editId?: number | undefined;
  onSaved: (saved: { id: number; company: string }) => void;
  onCancel: () => void;
}

/** Adds or edits an interview. Nothing is written until every field checks out. */
export function InterviewForm({
  initial,
  prefilled = false,
  editId,
  onSaved,
  onCancel,
}: InterviewFormProps) {
  const db = useDatabase();
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<InterviewFormState>(() => formStateFrom(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState<string | null>(null);
  // Bumped on each rejected submit; focus moves once the error messages are on screen, so a screen
  // reader reads the field together with what is wrong with it.
  const [rejectedSubmits, setRejectedSubmits] = useState(0);
  useEffect(() => {
    if (rejectedSubmits === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [rejectedSubmits]);

  const editField = (field: keyof InterviewFormState["draft"], value: string) => {
    setState((current) => ({ ...current, draft: { ...current.draft, [field]: value } }));
    clearError(FIELD_ID[field]);
  };
  const clearError = (id: string) =>
    setErrors((current) => {
      if (!(id in current)) return current;
      const { [id]: _, ...rest } = current;
      return rest;
    });
  const editInterviewer = (key: number, field: keyof Interviewer, value: string) => {
    setState((current) => ({
      ...current,
      rows: current.rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)),
    }));
    if (field === "email") clearError(interviewerFieldId({ key }, "email"));
  };
  const addRow = (): number => {
    const key = state.nextKey;
    setState((current) => ({
      ...current,
      rows: [...current.rows, { key, name: "", email: "", title: "" }],
      nextKey: current.nextKey + 1,
    }));
    return key;
  };
  const removeRow = (key: number) => {
    setState((current) => ({ ...current, rows: current.rows.filter((row) => row.key !== key) }));
    clearError(interviewerFieldId({ key }, "email"));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const checked = checkInterviewDraft(draftOf(state));
    if (!checked.ok) {
      setErrors(fieldErrorsOf(checked.errors, state.rows));
      setRejectedSubmits((count) => count + 1);
      return;
    }
    setSaving(true);
    setSaveFailed(null);
    try {
      if (editId !== undefined) {
        const result = await updateInterview(db, editId, checked.value, new Date());
        if (!result.ok) {
          setErrors(fieldErrorsOf(result.errors, state.rows));
          setRejectedSubmits((count) => count + 1);
          setSaving(false);
          return;
        }
        onSaved({ id: editId, company: result.interview.company });
        return;
      }
      const id = await addInterview(db, checked.value);
      onSaved({ id, company: checked.value.company });
    } catch (error) {
      setSaveFailed(failureReason(error));
      setSaving(false);
    }
  };

  const errorFor = (id: string) => (errors[id] ? t(errors[id]) : undefined);
  const { draft } = state;
  return (
    <section class="interview-form" aria-labelledby="interview-form-heading">
      <h2 id="interview-form-heading" tabIndex={-1}>
        {editId !== undefined ? t("interviewEditHeading") : t("formHeading")}
      </h2>
      {prefilled ? <p class="form-intro">{t("formPrefilled")}</p> : null}
      {/* noValidate: the browser's own bubbles would block submit before Debrief's messages could show. */}
      <form ref={form} noValidate onSubmit={submit}>
        <TextField
          id={FIELD_ID.company}
          label={t("formCompany")}
          value={draft.company}
          onValue={(value) => editField("company", value)}
          required
          error={errorFor(FIELD_ID.company)}
          autocomplete="organization"
        />
        <TextField
          id={FIELD_ID.role}
          label={t("formRole")}
          value={draft.role}
          onValue={(value) => editField("role", value)}
          autocomplete="off"
        />
        <TextField
          id={FIELD_ID.round}
          label={t("formRound")}
          hint={t("formRoundHint")}
          value={draft.round}
          onValue={(value) => editField("round", value)}
          autocomplete="off"
        />
        <div class="field-pair">
          <TextField
            id={FIELD_ID.date}
            type="date"
            label={t("formDate")}
            value={draft.date}
            onValue={(value) => editField("date", value)}
            required
            error={errorFor(FIELD_ID.date)}
          />
          <TextField
            id={FIELD_ID.time}
            type="time"
            label={t("formTime")}
            value={draft.time}
            onValue={(value) => editField("time", value)}
            error={errorFor(FIELD_ID.time)}
          />
        </div>
        <InterviewerRows
          rows={state.rows}
          errors={errors}
          onEdit={editInterviewer}
          onAdd={addRow}
          onRemove={removeRow}
        />
        <TextField
          id={FIELD_ID.postingUrl}
          type="url"
          label={t("formPostingUrl")}
          value={draft.postingUrl}
          onValue={(value) => editField("postingUrl", value)}
          error={errorFor(FIELD_ID.postingUrl)}
          autocomplete="url"
        />
        <TextField
          id={FIELD_ID.notes}
          label={t("formNotes")}
          value={draft.notes}
          onValue={(value) => editField("notes", value)}
          multiline
        />
        {saveFailed !== null ? (
          <p class="form-failure" role="alert">
            {t("formSaveFailed", saveFailed)}
          </p>
        ) : null}
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={saving}>
            {t("formSave")}
          </button>
          <button type="button" class="button button-secondary" onClick={onCancel}>
            {t("formCancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
