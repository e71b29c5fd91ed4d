/**
 * What a phrase says about an email. Patterns are written folded (lower case, no accents) as words:
 * `a/b` is either word, `word+` any word that starts so, `+word` any word that ends so (a compound's
 * last part: "Literaturpreis"), `*` up to three words, `**` up to eight,
 * `NOT` any negation of the language. A pattern never reaches across sentences.
 */
export type Signal =
  /** The sender declines the candidate: decisive. */
  | "rejection"
  /** The position is gone: filled, closed, cancelled. Decisive too. */
  | "filled"
  /** Leans towards a rejection but never decides alone ("other candidates", "not a fit"). */
  | "rejectionHint"
  /** Regret or good wishes, common in rejections and in much else. */
  | "regret"
  /** The candidate moves on: shortlisted, invited, next round. */
  | "progress"
  | "offer"
  /** An interview moved or cancelled by the employer. */
  | "reschedule"
  /** The application was received and is being read. */
  | "acknowledgement"
  | "jobAlert"
  | "outreach"
  /** The candidate withdrew, and the employer confirms it. */
  | "withdrawal"
  /** Words of hiring: position, candidate, interview, CV. */
  | "job"
  /** Words for applying that also serve courses, grants and flats: job words only when nothing else is named. */
  | "application"
  /** Words of other dealings: an order, a booking, a course, a grant. */
  | "notJob"
  /** The candidate met the employer: for telling a rejection after an interview. */
  | "interviewed";

export type PhraseBook = Partial<Record<Signal, readonly string[]>> & {
  /** Words that make a sentence conditional ("if you are not selected"): its verdicts do not count. */
  conditionals: readonly string[];
  /** Words that negate, for `NOT` in patterns. */
  negations: readonly string[];
};
