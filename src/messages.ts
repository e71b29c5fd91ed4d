import browser from "webextension-polyfill";
import type { PhraseBook } from "./core/detect/phrases/types";
import type { Language } from "./core/detect/types";
import type { OpenedEmail } from "./core/email";

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

/**
 * Every message that crosses to the background, with what it answers.
 * The background's handler map (`background/handlers.ts`) must cover each one.
 */
export interface MessageMap {
  /** A content script read a newly opened email. The background looks up its interviews. */
  emailOpened: { request: { email: OpenedEmail }; response: { interviews: InterviewSummary[] } };
  /** The mail tab no longer shows an email. */
  emailClosed: { request: { readonly _?: never }; response: null };
  /**
   * The content script carries the detector with its English phrases only; it asks for another
   * language's phrases the first time an email in that language is opened.
   */
  phraseBook: { request: { language: Language }; response: PhraseBook | null };
  /** The popup asks which email the user has open, to fill in a new interview from it. */
  getOpenEmail: { request: { tabId: number | null }; response: OpenEmailState | null };
}

export type MessageType = keyof MessageMap;
export type Message<K extends MessageType = MessageType> = {
  [T in K]: { type: T } & MessageMap[T]["request"];
}[K];
export type Reply<K extends MessageType> = MessageMap[K]["response"];

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { type?: unknown }).type === "string"
  );
}

/** Sends a message to the background and returns its reply. Rejects when the background is gone. */
export async function sendMessage<K extends MessageType>(message: Message<K>): Promise<Reply<K>> {
  return (await browser.runtime.sendMessage(message)) as Reply<K>;
}
