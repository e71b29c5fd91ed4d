import { newestMessageEnd } from "./newest-message";
import { type Tokens, tokenize } from "./tokens";
import type { EmailInput } from "./types";

/** How much of the newest message is read: rejections say so near the top, never 20,000 characters down. */
export const READ_LIMIT = 20_000;
/** How much of the subject is read. */
const SUBJECT_LIMIT = 1_000;

/** One field of an email as the detector reads it. */
export interface Field {
  field: "subject" | "body";
  tokens: Tokens;
}

/** What the detector reads of an email: the subject and the newest message's first `READ_LIMIT` characters. */
export interface ReadEmail {
  subject: string;
  body: string;
  /** The subject's words, then the body's (quoted lines left out). */
  fields: [Field, Field];
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The email's fields, tokenised once for the rules and the learned model both. */
export function readFields(email: EmailInput): ReadEmail {
  const subject = text(email?.subject).slice(0, SUBJECT_LIMIT);
  const body = text(email?.body);
  const newestEnd = newestMessageEnd(
    body.length > READ_LIMIT * 2 ? body.slice(0, READ_LIMIT * 2) : body,
  );
  return {
    subject,
    body,
    fields: [
      { field: "subject", tokens: tokenize(subject) },
      { field: "body", tokens: tokenize(body, Math.min(newestEnd, READ_LIMIT)) },
    ],
  };
}
