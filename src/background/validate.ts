import { LANGUAGES, type Language } from "../core/detect/types";
import { MAX_BODY_CHARS, type OpenedEmail } from "../core/email";
import { extract } from "../core/extract";
import type { OpenedRejection } from "../messages";

/**
 * A message whose shape is wrong. Content scripts live in pages the extension does not control, so
 * the background checks every message before it reads the database, and writes nothing for a bad
 * one: the sender sees its promise rejected with this message.
 */
export class InvalidMessageError extends Error {
  constructor(messageType: string, problem: string) {
    super(`Debrief: ${messageType}: ${problem}`);
    this.name = "InvalidMessageError";
  }
}

/** Ids and keys are stored; nothing longer than this is one. */
const MAX_ID_CHARS = 1_000;
/** Names, roles and addresses longer than this are not what a mail client or `core/extract` gives. */
const MAX_NAME_CHARS = 320;

export function isOpenedEmail(value: unknown): value is OpenedEmail {
  const email = value as Partial<OpenedEmail> | null;
  return (
    typeof email === "object" &&
    email !== null &&
    (email.host === "gmail" || email.host === "outlook") &&
    typeof email.messageId === "string" &&
    typeof email.threadId === "string" &&
    typeof email.subject === "string" &&
    typeof email.body === "string" &&
    typeof email.from?.name === "string" &&
    typeof email.from?.address === "string"
  );
}

function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** One line, single spaces, trimmed: names come from a page and go into a letter. */
function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, " ").trim();
}

/**
 * The rejection a message carries, checked and copied field by field (nothing else the page put on
 * the object comes along). Throws `InvalidMessageError` saying which field is wrong.
 */
export function readRejection(messageType: string, value: unknown): OpenedRejection {
  const fail = (problem: string): never => {
    throw new InvalidMessageError(messageType, problem);
  };
  if (typeof value !== "object" || value === null) return fail("rejection is missing");
  const rejection = value as Partial<Record<keyof OpenedRejection, unknown>>;
  const email = rejection.email;
  if (!isOpenedEmail(email))
    return fail("rejection.email is not an opened email (host, messageId, threadId, from, ...)");
  const messageId = email.messageId.trim();
  const threadId = email.threadId.trim();
  if (messageId === "" || messageId.length > MAX_ID_CHARS)
    fail(`rejection.email.messageId must be 1 to ${MAX_ID_CHARS} characters`);
  if (threadId.length > MAX_ID_CHARS)
    fail(`rejection.email.threadId must be at most ${MAX_ID_CHARS} characters`);
  if (!isLanguage(rejection.language))
    fail(`rejection.language must be one of ${LANGUAGES.join(", ")}`);
  const names = { company: "", role: "", senderFirstName: "", fromName: "", fromAddress: "" };
  const fields: [keyof typeof names, unknown][] = [
    ["company", rejection.company],
    ["role", rejection.role],
    ["senderFirstName", rejection.senderFirstName],
    ["fromName", email.from.name],
    ["fromAddress", email.from.address],
  ];
  for (const [field, raw] of fields) {
    if (typeof raw !== "string" || raw.length > MAX_NAME_CHARS * 4)
      fail(`rejection.${field} must be text`);
    names[field] = oneLine(raw as string);
    if (names[field].length > MAX_NAME_CHARS)
      fail(`rejection.${field} is longer than ${MAX_NAME_CHARS} characters`);
  }
  const read: OpenedRejection = {
    email: {
      host: email.host,
      messageId,
      threadId,
      subject: oneLine(email.subject.slice(0, MAX_ID_CHARS)),
      body: typeof email.body === "string" ? email.body.slice(0, MAX_BODY_CHARS) : "",
      from: { name: names.fromName, address: names.fromAddress.toLowerCase() },
    },
    language: rejection.language as Language,
    company: names.company,
    role: names.role,
    senderFirstName: names.senderFirstName,
  };
  // The content script sends the body and no names: what the email says is read here.
  if (
    read.company === "" &&
    read.role === "" &&
    read.senderFirstName === "" &&
    read.email.body !== ""
  ) {
    const said = extract({
      subject: read.email.subject,
      body: read.email.body,
      from: read.email.from,
    });
    return {
      ...read,
      company: oneLine(said.company).slice(0, MAX_NAME_CHARS),
      role: oneLine(said.role).slice(0, MAX_NAME_CHARS),
      senderFirstName: oneLine(said.senderFirstName).slice(0, MAX_NAME_CHARS),
    };
  }
  return read;
}

/** An interview's id from a message: a positive whole number, or null where `nullable`. */
export function readInterviewId(messageType: string, value: unknown, nullable: true): number | null;
export function readInterviewId(messageType: string, value: unknown, nullable: false): number;
export function readInterviewId(
  messageType: string,
  value: unknown,
  nullable: boolean,
): number | null {
  if (value === null && nullable) return null;
  if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return value;
  throw new InvalidMessageError(
    messageType,
    `interviewId must be a positive whole number${nullable ? " or null" : ""}`,
  );
}
