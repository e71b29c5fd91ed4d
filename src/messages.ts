import type { PhraseBook } from "./core/detect/phrases/types";
import type { Language, Verdict } from "./core/detect/types";
import type { MailHost, OpenedEmail } from "./core/email";
import type { SelectorHits } from "./core/selector-hits";

/** An interview as the content script and popup see it in replies: no notes, no history. */
export interface InterviewSummary {
  id: number;
  company: string;
  role: string;
  date: string;
}

/** The email open in a mail tab, as the background last heard of it, with the interviews of its sender. */
export interface OpenEmailState {
  email: OpenedEmail;
  tabId: number;
  openedAt: string;
  interviews: InterviewSummary[];
}

/** A mail tab showing a message Debrief could not read, as the background last heard of it. */
export interface UnreadablePageState {
  tabId: number;
  host: MailHost;
  /** What the reader could not find ("body", "reading pane"…), as the content script said. */
  missing: string;
  seenAt: string;
}

/**
 * A rejection the user has open, as the content script read it: the email and nothing more. Who it
 * is from and for what the background reads from the email itself, so the extractor stays out of
 * every mail page and a page cannot tell the background what the email says.
 */
export interface OpenedRejection {
  email: OpenedEmail;
  /** The language the detector read it in: the feedback request is written in it when a template exists. */
  language: Language;
}

/** What the banner shows for a rejection, and what it can offer. */
export interface RejectionState {
  /** Who the rejection is from and for what, as the email or its interview says; "" when unknown. */
  company: string;
  role: string;
  /** The user said this message is not a rejection: no banner, ever again. */
  dismissed: boolean;
  /** The interview the rejection belongs to, once known (a thread link, or the only match). */
  interview: InterviewSummary | null;
  /** When several interviews match and none is linked yet: the user picks one. Best first. */
  candidates: InterviewSummary[];
  /** When the last feedback request for that interview was drafted (ISO), if one was. */
  feedbackRequestedAt: string | null;
  /** The interview is already recorded as rejected. */
  outcomeLogged: boolean;
}

/** A feedback request ready to go into the reply. */
export interface FeedbackRequestDraft {
  text: string;
  /** The language of the template used. */
  language: Language;
}

/**
 * Every message that crosses to the background, with what it answers.
 * The background's handler map (`background/handlers.ts`) must cover each one.
 */
export interface MessageMap {
  /**
   * A content script read a newly opened email that is not a rejection (a rejection is told by
   * `rejectionOpened`). The background looks up its interviews.
   */
  emailOpened: { request: { email: OpenedEmail }; response: { interviews: InterviewSummary[] } };
  /** The mail tab no longer shows an email. */
  emailClosed: { request: { readonly _?: never }; response: null };
  /**
   * The content script carries the detector without its phrases: it asks for English when the
   * page is idle, and for another language's phrases the first time an email in it is opened.
   */
  phraseBook: { request: { language: Language }; response: PhraseBook | null };
  /**
   * The content script's rules said "not a rejection": the background, which holds the learned
   * model and every language's phrases, answers with the rejection it finds, or null.
   */
  modelVerdict: { request: { email: OpenedEmail }; response: Verdict | null };
  /**
   * A rejection was opened, its banner already on screen: is it dismissed, which interview is it
   * about, was feedback asked for? It stands for `emailOpened` too: one message per opened email.
   */
  rejectionOpened: { request: { rejection: OpenedRejection }; response: RejectionState };
  /** The user picked the interview a rejection belongs to; its thread is linked to that interview. */
  chooseInterview: {
    request: { rejection: OpenedRejection; interviewId: number };
    response: RejectionState;
  };
  /** No interview matches: the user creates one from what the email says. */
  createInterviewFromRejection: {
    request: { rejection: OpenedRejection };
    response: RejectionState;
  };
  /** The feedback request's text, from the user's template (or the built-in one) and the interview. */
  draftFeedbackRequest: {
    request: { rejection: OpenedRejection; interviewId: number | null };
    response: FeedbackRequestDraft;
  };
  /** The request is in the reply box: the interview is rejected and the request recorded with its date. */
  feedbackRequestDrafted: {
    request: { rejection: OpenedRejection; interviewId: number | null };
    response: RejectionState;
  };
  /** "Log outcome": the interview is recorded as rejected, without a reply. */
  logRejection: {
    request: { rejection: OpenedRejection; interviewId: number | null };
    response: RejectionState;
  };
  /** "Not a rejection": the message's banner never returns. */
  notARejection: { request: { rejection: OpenedRejection }; response: RejectionState };
  /**
   * The content script asks once, before it watches the page, whether the user turned Debrief off
   * for its site, how sure the detector must be before the banner shows, and which of the site's
   * messages the user said are not rejections (their ids, the latest said first, a few thousand at
   * most). The background knows the site from the sender's address.
   */
  mailSettings: {
    request: { readonly _?: never };
    response: { enabled: boolean; minConfidence: number; dismissed: string[] };
  };
  /**
   * The popup asks which email the user has open in a tab, to fill in a new interview from it.
   * Only Debrief's own pages may ask: a content script never learns what another tab shows.
   */
  getOpenEmail: { request: { tabId: number | null }; response: OpenEmailState | null };
  /**
   * The mail tab shows a message Debrief could not read: `missing` says what the reader did not
   * find. Forgotten when the tab reads a message again, shows none, or closes.
   */
  pageUnreadable: { request: { missing: string }; response: null };
  /** The popup asks whether the tab shows a message Debrief could not read. Debrief's own pages only. */
  getUnreadablePage: {
    request: { tabId: number | null };
    response: UnreadablePageState | null;
  };
  /**
   * The user asked for feedback: the background injects the reply code into the sender's frame
   * (see `REPLY_ENTRY`). True once it is there.
   */
  replyTools: { request: { readonly _?: never }; response: boolean };
  /** A mail tab's new counts of which selector matched; added to what the extension keeps. */
  selectorHits: { request: { hits: SelectorHits }; response: null };
}

/**
 * "Copy a page sample": the popup injects `content/page-sample-script.ts` into the mail tab, which
 * leaves a function under this name in the extension's isolated world; the popup then calls it
 * with what the tab's content script does not know.
 */
export const PAGE_SAMPLE_ENTRY = "debriefTakePageSample";

/**
 * "Ask for feedback": the code that opens the reply and types into it is not in the content script
 * every mail page loads. The background injects `content/reply-script.ts` into the tab's isolated
 * world the first time the user asks (`replyTools`); it leaves each client's `ReplyWith` under this
 * name, where the content script finds it.
 */
export const REPLY_ENTRY = "debriefReplyTools";

/** Where the content script leaves, in the same isolated world, this page's selector counts for a sample. */
export const PAGE_COUNTS_ENTRY = "debriefPageSelectorHits";

export interface PageSampleRequest {
  /** What the reader could not find, as the background heard it. */
  missing: string;
  version: string;
  /** When the sample is taken (ISO). */
  taken: string;
}

/** A page sample (see page-sample.ts), or why none could be taken. */
export type PageSampleResult = { sample: string } | { failed: string };

export type MessageType = keyof MessageMap;
export type Message<K extends MessageType = MessageType> = {
  [T in K]: { type: T } & MessageMap[T]["request"];
}[K];
export type Reply<K extends MessageType> = MessageMap[K]["response"];

/** The part of `runtime.Port` Debrief uses, in Firefox and Chrome alike. */
interface Port {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: (port: Port) => void): void };
  /** Firefox: why the port closed, when it did not close normally. */
  error?: { message?: string } | null;
}

type Runtime = {
  connect(info: { name: string }): Port;
  sendMessage(message: unknown): Promise<unknown>;
  /** `moz-extension://…/` in Firefox, in every extension context, content scripts included. */
  getURL?(path: string): string;
  lastError?: { message?: string };
};

function runtimeOfScope(): Runtime {
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!runtime) throw new Error("Extension context invalidated: no runtime to send to.");
  return runtime;
}

/** The name of the port a request travels on, one port per request. */
export const REQUEST_PORT = "debrief-request";

/** The name of the port a notice (a message that wants no reply) travels on. */
export const NOTICE_PORT = "debrief-notice";

/** What the background posts back on a request's port: the reply, or why it refused. */
export type PortAnswer = { reply: unknown } | { refused: string };

/**
 * Sends a message to the background and returns its reply. Rejects when the background is gone or
 * refuses the message.
 *
 * In Firefox the request and its answer travel on a port of their own rather than through
 * `runtime.sendMessage`: Firefox writes "Promise rejected after context unloaded" in the browser
 * console for any of its API promises still pending when the page that asked closes (the popup
 * closed while it asks for the open email, a mail tab closed while it asks for its settings), and
 * the page cannot catch it. A port leaves no promise behind: it is only closed. Chrome has no such
 * line, and its `sendMessage` answers sooner than a port opened for one message, so it keeps it.
 */
export async function sendMessage<K extends MessageType>(message: Message<K>): Promise<Reply<K>> {
  const runtime = runtimeOfScope();
  return runtime.getURL?.("").startsWith("moz-extension:")
    ? requestOnPort(runtime, message)
    : requestBySendMessage(runtime, message);
}

async function requestBySendMessage<K extends MessageType>(
  runtime: Runtime,
  message: Message<K>,
): Promise<Reply<K>> {
  const reply = await runtime.sendMessage(message);
  // In Chrome the background's polyfill sends a refusal as this object rather than an error.
  const refused = reply as { __mozWebExtensionPolyfillReject__?: boolean; message?: string } | null;
  if (refused?.__mozWebExtensionPolyfillReject__) throw new Error(refused.message ?? "refused");
  return reply as Reply<K>;
}

function requestOnPort<K extends MessageType>(
  runtime: Runtime,
  message: Message<K>,
): Promise<Reply<K>> {
  return new Promise((resolve, reject) => {
    const port = runtime.connect({ name: REQUEST_PORT });
    let answered = false;
    port.onMessage.addListener((answer) => {
      answered = true;
      port.disconnect();
      const { reply, refused } = (answer ?? {}) as { reply?: unknown; refused?: string };
      if (typeof refused === "string") reject(new Error(refused));
      else resolve((reply ?? null) as Reply<K>);
    });
    port.onDisconnect.addListener((closed) => {
      if (answered) return;
      const reason = closed.error?.message ?? runtimeOfScope().lastError?.message;
      reject(new Error(reason ?? "the background closed the request without an answer"));
    });
    port.postMessage(message);
  });
}

/**
 * Hands the background a message whose reply nobody waits for, on a port of its own. A page going
 * away sends these: a port message is only sent, never answered, so nothing is left pending.
 */
export function sendNotice<K extends MessageType>(message: Message<K>): void {
  const port = runtimeOfScope().connect({ name: NOTICE_PORT });
  port.postMessage(message);
  port.disconnect();
}
