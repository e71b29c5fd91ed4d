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
  /** The application stays open while the search is paused: not a no, whatever else is said. */
  | "stillActive"
  | "jobAlert"
  | "outreach"
  /** The candidate withdrew, and the employer confirms it. */
  | "withdrawal"
  /** The reader answers a decision ("thank you for letting me know"): their own mail, not a new no. */
  | "reply"
  /** A no someone else got, told to the reader ("so I didn't get the job", "your referral was not selected"): news, not a no to them. */
  | "ownNews"
  /** Words of hiring: position, candidate, interview, CV. */
  | "job"
  /** Words for applying that also serve courses, grants and flats: job words only when nothing else is named. */
  | "application"
  /** Job titles ("analyst", "Verkäuferin"): job words too, but only when nothing else is named, as a grants officer signs refusals of grants. */
  | "title"
  /** Words of other dealings: an order, a booking, a course, a grant. */
  | "notJob"
  /** The candidate met the employer: for telling a rejection after an interview. */
  | "interviewed"
  /** Words of choosing or deciding ("decided", "chose", "offered"): with `someoneElse` after them in a sentence, a no. */
  | "chose"
  /** Someone other than the reader: "another candidate", "someone else". */
  | "someoneElse"
  /** A time long gone ("last year", "damals"): a no told then is a reminder, not news. */
  | "past";

/** A book's lists of plain words, which are no patterns. */
export const WORD_LISTS: ReadonlySet<string> = new Set([
  "conditionals",
  "concessives",
  "negations",
  "reader",
]);

export type PhraseBook = Partial<Record<Signal, readonly string[]>> & {
  /** Words that make a sentence conditional ("if you are not selected"): its verdicts do not count. */
  conditionals: readonly string[];
  /**
   * Words that, just before a condition word, make it a concession: "even if", "anche se", "même
   * si", "auch wenn". What follows is said all the same ("anche se avrei preferito dirtelo a voce,
   * la scelta è andata su un'altra persona").
   */
  concessives: readonly string[];
  /** Words that negate, for `NOT` in patterns. */
  negations: readonly string[];
  /** Words for the reader and the reader's ("you", "your"): a no said beside them is said to the reader. */
  reader: readonly string[];
};
