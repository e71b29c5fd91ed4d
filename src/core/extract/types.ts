/** Someone the email names as an interviewer, with the title it gives them. */
export interface Person {
  name: string;
  role?: string;
}

/** A date the body mentions, resolved to the calendar. */
export interface MentionedDate {
  /** The words as written, weekday and time included: "Thursday 15 October at 14:00". */
  text: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, 24-hour, when a time follows the date. */
  time?: string;
  /** Offsets into `email.body` as given. */
  start: number;
  end: number;
}

/** What an email says about the interview it belongs to. Each field is empty when the email does not say. */
export interface Extraction {
  company: string;
  role: string;
  /** The person who signed the email, when it is a person. */
  senderFirstName: string;
  /** The name the greeting gives the candidate ("Dear Jordan"), "" when only a surname is given. */
  recipientFirstName: string;
  /** Interviewers named, without the candidate or the sender. */
  people: Person[];
  dates: MentionedDate[];
  /** The date most likely to be the interview's: the one nearest the word "interview" or its equivalent. */
  interviewDate?: { date: string; time?: string };
}

export interface ExtractOptions {
  /** Year-less dates resolve to their next occurrence on or after this day. Defaults to today. */
  now?: Date;
}
