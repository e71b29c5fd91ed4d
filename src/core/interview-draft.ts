export interface Interviewer {
  name: string;
  email: string;
  title: string;
}

/**
 * An interview as the user describes it: what the interview form edits. The stored interview
 * (`db/schema.ts`) adds what Debrief keeps about it.
 */
export interface InterviewDraft {
  company: string;
  role: string;
  /** Free text: "Phone screen", "Second round", "Onsite". */
  round: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` in the user's local time, or "" when not known. */
  time: string;
  interviewers: Interviewer[];
  postingUrl: string;
  notes: string;
}

/** Keys of `_locales/<lang>/messages.json`: the form shows them next to the field. */
export type DraftError =
  | "errorCompanyRequired"
  | "errorDateRequired"
  | "errorDateImpossible"
  | "errorTimeImpossible"
  | "errorEmailInvalid"
  | "errorUrlInvalid";

export type DraftErrors = Partial<
  Record<"company" | "date" | "time" | "postingUrl" | `interviewer${number}`, DraftError>
>;

export function emptyDraft(): InterviewDraft {
  return {
    company: "",
    role: "",
    round: "",
    date: "",
    time: "",
    interviewers: [],
    postingUrl: "",
    notes: "",
  };
}

/** True for a real calendar day written `YYYY-MM-DD` between 1900 and 2200 (so 2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function isClockTime(value: string): boolean {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  return match !== null && Number(match[1]) < 24 && Number(match[2]) < 60;
}

// Deliberately loose: one @, something either side, a dot in the domain. Mail clients check the rest.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Trims every field, drops interviewers left blank, and says what is wrong, field by field. */
export function checkInterviewDraft(
  draft: InterviewDraft,
): { ok: true; value: InterviewDraft } | { ok: false; errors: DraftErrors } {
  const value: InterviewDraft = {
    company: draft.company.trim(),
    role: draft.role.trim(),
    round: draft.round.trim(),
    date: draft.date.trim(),
    time: draft.time.trim(),
    interviewers: draft.interviewers
      .map((person) => ({
        name: person.name.trim(),
        email: person.email.trim(),
        title: person.title.trim(),
      }))
      .filter((person) => person.name !== "" || person.email !== "" || person.title !== ""),
    postingUrl: draft.postingUrl.trim(),
    notes: draft.notes.trim(),
  };
  const errors: DraftErrors = {};
  if (value.company === "") errors.company = "errorCompanyRequired";
  if (value.date === "") errors.date = "errorDateRequired";
  else if (!isCalendarDate(value.date)) errors.date = "errorDateImpossible";
  if (value.time !== "" && !isClockTime(value.time)) errors.time = "errorTimeImpossible";
  value.interviewers.forEach((person, index) => {
    if (person.email !== "" && !EMAIL_SHAPE.test(person.email))
      errors[`interviewer${index}`] = "errorEmailInvalid";
  });
  if (value.postingUrl !== "" && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value.postingUrl)) {
    errors.postingUrl = "errorUrlInvalid";
  }
  return Object.keys(errors).length === 0 ? { ok: true, value } : { ok: false, errors };
}
