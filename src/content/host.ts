import { type MailHost, type OpenedEmail, withinLimits } from "../core/email";

/** An email seems open but the markup is not what the selectors know; `missing` names what was not found. */
export interface Unrecognised {
  kind: "unrecognised";
  missing: string;
}

/** What reading a found message gave. */
/**
 * What a reader made of the open message: the email, with what it could not find (`missed`, e.g.
 * "sender", "subject") left empty in it; or, when not even the body was found, what was missing.
 * The body alone is enough for a verdict and a banner: a missing part turns off only what needs it.
 */
export type ReadResult =
  | { kind: "email"; email: OpenedEmail; missed: readonly string[] }
  | Unrecognised;

/**
 * What a host adapter found when it looked at the page. Finding is cheap (a few selector queries,
 * no text taken from the body), so it can run on every page change; reading is separate.
 */
export type Found =
  /**
   * A message is open. `messageId` is the id `read()` will give the email. `read()` takes its
   * subject, sender and body from the page as it is when called, so call it right away. Never throws.
   */
  | { kind: "message"; messageId: string; read(): ReadResult }
  /** No email is open (the inbox, settings, a search list). */
  | { kind: "none" }
  | Unrecognised;

/** One per mail client: the only code that knows the client's markup (through its `selectors.ts`). */
export interface HostAdapter {
  host: MailHost;
  /** Finds the newest expanded message of the conversation open in `doc`, without reading it. Never throws. */
  findOpenMessage(doc: Document, url: URL): Found;
}

/** How typing the feedback request into the reply went. */
export type ReplyResult =
  | { ok: true }
  /** Nothing was typed; `reason` says why, for the banner and the console. */
  | {
      ok: false;
      /** `partly-inserted`: some of the text is in the reply; typing it again would double it. */
      reason: "no-reply-control" | "no-editor" | "not-inserted" | "partly-inserted" | "aborted";
    };

/**
 * What the content script does in one mail client from the start: finding and reading the open
 * message (`HostAdapter`) and where the banner goes. Assembled per client in `<client>/index.ts`.
 */
export interface PageClient extends HostAdapter {
  /**
   * The element the banner is inserted before, so it stands just above the message with this id;
   * null when the message is no longer shown.
   */
  bannerSpot(doc: Document, messageId: string): Element | null;
}

/**
 * Opens the reply to the message with this id (or uses the reply box already open), waits for its
 * editor, and types `text` above the quoted text and the signature, as typing would, keeping what
 * the user already wrote. Never sends. Gives up when `signal` aborts.
 */
export type ReplyWith = (
  doc: Document,
  messageId: string,
  text: string,
  signal: AbortSignal,
) => Promise<ReplyResult>;

/**
 * Everything Debrief does in one mail client: the page client, and replying, whose code is loaded
 * into the tab only when the user first asks for it (`reply/reply-tools.ts`).
 */
export interface MailClient extends PageClient {
  replyWith: ReplyWith;
}

export const NONE: Found = { kind: "none" };

export function unrecognised(missing: string): Unrecognised {
  return { kind: "unrecognised", missing };
}

/**
 * Runs one step of an adapter under its "never throws" contract: a page the adapter does not
 * understand is reported as unrecognised, not crashed on.
 */
export function safely<T>(step: () => T | Unrecognised): T | Unrecognised {
  try {
    return step();
  } catch (error) {
    return unrecognised(`reader error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A found message whose `read()` keeps the "never throws" contract too. */
export function foundMessage(messageId: string, read: () => ReadResult): Found {
  return {
    kind: "message",
    messageId,
    read: () => {
      const result = safely(read);
      // What the background would refuse is cut here, so a long subject still gets its banner.
      return result.kind === "email" ? { ...result, email: withinLimits(result.email) } : result;
    },
  };
}

// Where each client lives is said once, in core; the content script finds its client from it.
export { hostOf, MAIL_SITES } from "../core/mail-sites";
