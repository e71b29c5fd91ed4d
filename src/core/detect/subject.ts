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
 * A reply whose subject asks for feedback on the reader's own interview or application ("Re:
 * Feedback on my interview") answers a no already given: whatever it repeats, it is no new one.
 */
const FEEDBACK_WORDS = new Set([
  "feedback",
  "retroalimentacion",
  "devolutiva",
  "riscontro",
  "retroaction",
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
  if (!REPLY_MARKS.has(subject.words[0] ?? "")) return false;
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
