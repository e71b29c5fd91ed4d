import type { DraftError, DraftErrors, InterviewDraft } from "../core/interview-draft";
import type { Interviewer } from "../db/schema";

/** An interviewer row of the form. The key keeps a row's inputs (and focus) in place when another row is removed. */
export interface InterviewerRow extends Interviewer {
  key: number;
}

export interface InterviewFormState {
  draft: Omit<InterviewDraft, "interviewers">;
  rows: InterviewerRow[];
  nextKey: number;
}

/** Error messages by the id of the control they belong to. */
export type FieldErrors = Record<string, DraftError>;

export const FIELD_ID = {
  company: "interview-company",
  role: "interview-role",
  round: "interview-round",
  date: "interview-date",
  time: "interview-time",
  postingUrl: "interview-posting-url",
  notes: "interview-notes",
} as const;

export function interviewerFieldId(
  row: Pick<InterviewerRow, "key">,
  field: keyof Interviewer,
): string {
  return `interviewer-${row.key}-${field}`;
}

/** The form starts with one interviewer row, empty if nobody is known yet: most interviews have someone. */
export function formStateFrom(initial: InterviewDraft): InterviewFormState {
  const people =
    initial.interviewers.length > 0 ? initial.interviewers : [{ name: "", email: "", title: "" }];
  const { interviewers: _, ...draft } = initial;
  return { draft, rows: people.map((person, key) => ({ ...person, key })), nextKey: people.length };
}

export function draftOf(state: InterviewFormState): InterviewDraft {
  return {
    ...state.draft,
    interviewers: state.rows.map(({ name, email, title }) => ({ name, email, title })),
  };
}

function isBlank(row: Interviewer): boolean {
  return row.name.trim() === "" && row.email.trim() === "" && row.title.trim() === "";
}

/**
 * Places each error next to its control. `checkInterviewDraft` numbers interviewers after dropping
 * blank rows, so `interviewer1` is the second row the user filled in, not necessarily the second row on screen.
 */
export function fieldErrorsOf(errors: DraftErrors, rows: InterviewerRow[]): FieldErrors {
  const placed: FieldErrors = {};
  const filledRows = rows.filter((row) => !isBlank(row));
  for (const [field, error] of Object.entries(errors) as [
    keyof DraftErrors,
    DraftError | undefined,
  ][]) {
    if (!error) continue;
    const interviewer = /^interviewer(\d+)$/.exec(field);
    if (interviewer) {
      const row = filledRows[Number(interviewer[1])];
      if (row) placed[interviewerFieldId(row, "email")] = error;
    } else if (field in FIELD_ID) {
      placed[FIELD_ID[field as keyof typeof FIELD_ID]] = error;
    }
  }
  return placed;
}
