/** The web mail clients Debrief runs in. */
export const MAIL_HOSTS = ["gmail", "outlook"] as const;
/** Which web mail client a page belongs to. */
export type MailHost = (typeof MAIL_HOSTS)[number];

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

/**
 * The longest subject, sender name and address the background takes from a page. RFC 5322 asks
 * for lines of at most 998 characters (section 2.1.1); RFC 5321 allows 254 in an address
 * (section 4.5.3.1, with the erratum). Longer is no email a mail client shows.
 */
export const MAX_SUBJECT_CHARS = 998;
export const MAX_NAME_CHARS = 320;
export const MAX_ADDRESS_CHARS = 254;

/** One line, single spaces, trimmed: names and subjects come from a page and go into a letter. */
export function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, " ").trim();
}

/**
 * The email as the background takes it, from what a page shows: a subject or sender's name longer
 * than the background reads is cut there (a mail client unfolds long headers, so a subject can
 * run past a line's length), and an address too long to be one is left out, as when none is shown.
 */
export function withinLimits(email: OpenedEmail): OpenedEmail {
  const address = oneLine(email.from.address);
  return {
    ...email,
    subject: oneLine(email.subject).slice(0, MAX_SUBJECT_CHARS).trimEnd(),
    from: {
      name: oneLine(email.from.name).slice(0, MAX_NAME_CHARS).trimEnd(),
      address: address.length > MAX_ADDRESS_CHARS ? "" : address,
    },
    body: email.body.slice(0, MAX_BODY_CHARS),
  };
}
