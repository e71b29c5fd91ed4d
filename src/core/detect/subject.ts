import type { Tokens } from "./tokens";

// What a subject line tells before the body is read: a reply, a verdict in its first word, a thread
// about feedback on the reader's own interview.

/** What mail clients put before a reply's or a forward's subject, in the seven languages. */
export const REPLY_MARKS = new Set([
  "re",
  "aw",
  "antw",
  "sv",
  "rv",
  "res",
  "r",
  "wg",
  "fw",
  "fwd",
  "tr",
  "enc",
  "rif",
  "doorst",
]);

/**
 * A subject that asks for feedback on the writer's own interview or application ("Feedback on my
 * interview", "Demande de retour suite à mon entretien") is the candidate's own mail, or a reply in
 * that thread ("Re: …"): it answers a no already given, and whatever it repeats, it is no new one.
 * An employer's subject says "your": "Feedback on your interview".
 */
const FEEDBACK_WORDS = new Set([
  "feedback",
  "retroalimentacion",
  "devolutiva",
  "riscontro",
  "retroaction",
  "retour",
  "ruckmeldung",
  "terugkoppeling",
]);
const MINE = new Set([
  "my",
  "mein",
  "meinem",
  "meiner",
  "meine",
  "mi",
  "mis",
  "mon",
  "ma",
  "mes",
  "mio",
  "mia",
  "meu",
  "minha",
  "mijn",
]);

export function asksFeedbackOnMine(subject: Tokens): boolean {
  return (
    subject.words.some((word) => FEEDBACK_WORDS.has(word)) &&
    subject.words.some((word) => MINE.has(word))
  );
}

/** A subject that opens with one of these words is a verdict (folded: no accents). */
export const SUBJECT_VERDICTS = new Set([
  "unsuccessful",
  "rejected",
  "declined",
  "absage",
  "afwijzing",
  "rechazada",
  "rechazado",
  "refusee",
  "refuse",
  "rifiutata",
  "recusada",
]);
