import * as v from "valibot";
import { SELECTOR_LISTS } from "../content/selector-lists";
import { LANGUAGES } from "../core/detect/types";
import {
  MAIL_HOSTS,
  MAX_ADDRESS_CHARS,
  MAX_BODY_CHARS,
  MAX_NAME_CHARS,
  MAX_SUBJECT_CHARS,
  oneLine,
} from "../core/email";
import { countsFor, MAX_SELECTOR_COUNT } from "../core/selector-hits";
import type { Message, MessageType } from "../messages";

/**
 * A message the background will not act on: its shape is wrong, or it came from a part of
 * Debrief that may not send it. Content scripts live in pages the extension does not control, so
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

const textUpTo = (max: number) => v.pipe(v.string(), v.maxLength(max));
const lineUpTo = (max: number) => v.pipe(textUpTo(max), v.transform(oneLine));

/** An email as a content script read it. Fields the page added are left behind. */
const openedEmail = v.object({
  host: v.picklist(MAIL_HOSTS),
  messageId: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_ID_CHARS)),
  threadId: v.pipe(v.string(), v.trim(), v.maxLength(MAX_ID_CHARS)),
  subject: lineUpTo(MAX_SUBJECT_CHARS),
  from: v.object({
    name: lineUpTo(MAX_NAME_CHARS),
    address: v.pipe(
      lineUpTo(MAX_ADDRESS_CHARS),
      v.transform((address) => address.toLowerCase()),
    ),
  }),
  body: textUpTo(MAX_BODY_CHARS),
});

const language = v.picklist(LANGUAGES);
const rejection = v.object({ email: openedEmail, language });
const interviewId = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const tabId = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** What a reader could not find: a short phrase ("body", "reading pane", "reader error: …"). */
const MAX_MISSING_CHARS = 200;

const selectorCount = v.pipe(
  v.number(),
  v.safeInteger(),
  v.minValue(0),
  v.maxValue(MAX_SELECTOR_COUNT),
);
/** Counts for lists the content script has, each one per entry plus one for misses. */
const selectorHits = v.pipe(
  v.record(v.picklist([...SELECTOR_LISTS.keys()]), v.array(selectorCount)),
  v.check(
    (hits) =>
      Object.entries(hits).every(
        ([name, counts]) => counts.length === countsFor(SELECTOR_LISTS.get(name)?.length ?? -2),
      ),
    "each list needs one count per selector and one for misses",
  ),
  v.check((hits) => Object.keys(hits).length > 0, "no counts"),
);

const message = <K extends MessageType, E extends v.ObjectEntries>(type: K, entries: E) =>
  v.object({ type: v.literal(type), ...entries });

/** Every message the background takes, as it must arrive. */
const MESSAGES: { [K in MessageType]: v.GenericSchema<unknown, Message<K>> } = {
  emailOpened: message("emailOpened", { email: openedEmail }),
  emailClosed: message("emailClosed", {}),
  phraseBook: message("phraseBook", { language }),
  modelVerdict: message("modelVerdict", { email: openedEmail }),
  rejectionOpened: message("rejectionOpened", { rejection }),
  chooseInterview: message("chooseInterview", { rejection, interviewId }),
  createInterviewFromRejection: message("createInterviewFromRejection", { rejection }),
  draftFeedbackRequest: message("draftFeedbackRequest", {
    rejection,
    interviewId: v.nullable(interviewId),
  }),
  feedbackRequestDrafted: message("feedbackRequestDrafted", {
    rejection,
    interviewId: v.nullable(interviewId),
  }),
  logRejection: message("logRejection", { rejection, interviewId: v.nullable(interviewId) }),
  notARejection: message("notARejection", { rejection }),
  mailSettings: message("mailSettings", {}),
  replyTools: message("replyTools", {}),
  getOpenEmail: message("getOpenEmail", { tabId: v.nullable(tabId) }),
  pageUnreadable: message("pageUnreadable", {
    missing: v.pipe(lineUpTo(MAX_MISSING_CHARS), v.minLength(1)),
  }),
  getUnreadablePage: message("getUnreadablePage", { tabId: v.nullable(tabId) }),
  selectorHits: message("selectorHits", { hits: selectorHits }),
};

/**
 * The message, checked and copied field by field: only what its schema names comes along, trimmed
 * and cut to one line where it goes into a letter. Throws `InvalidMessageError` saying which field
 * is wrong.
 */
export function readMessage(value: unknown): Message {
  const type = (value as { type?: unknown } | null)?.type;
  if (typeof type !== "string" || !Object.hasOwn(MESSAGES, type)) {
    throw new InvalidMessageError(
      typeof type === "string" ? type.slice(0, 40) : "message",
      "not a message Debrief sends",
    );
  }
  const result = v.safeParse(MESSAGES[type as MessageType], value);
  if (result.success) return result.output;
  const [issue] = result.issues;
  const path = v.getDotPath(issue) ?? "message";
  throw new InvalidMessageError(type, `${path}: ${issue.message}`);
}
