/** Which web mail client a page belongs to. */
export type MailHost = "gmail" | "outlook";

/** The newest expanded message of the conversation the user has open, as a host adapter reads it. */
export interface OpenedEmail {
  host: MailHost;
  /** Stable across reloads of the same message: Gmail's `#msg-f:` id, Outlook's item or conversation id. */
  messageId: string;
  /** The conversation the message belongs to, when the client shows one. */
  threadId: string;
  subject: string;
  from: { name: string; address: string };
  /** Plain text of the newest message, quoted history and signatures' markup left out. */
  body: string;
}

/** How much of a message body Debrief keeps in memory; longer mail is cut here. */
export const MAX_BODY_CHARS = 100_000;
