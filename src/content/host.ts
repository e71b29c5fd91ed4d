import type { MailHost, OpenedEmail } from "../core/email";

/** What a host adapter found when it looked at the page. */
export type ReadResult =
  /** An email is open and was read. */
  | { kind: "email"; email: OpenedEmail }
  /** No email is open (the inbox, settings, a search list). */
  | { kind: "none" }
  /** An email seems open but the markup is not what the selectors know; `missing` names what was not found. */
  | { kind: "unrecognised"; missing: string };

/** One per mail client: the only code that knows the client's markup (through its `selectors.ts`). */
export interface HostAdapter {
  host: MailHost;
  /** Reads the newest expanded message of the conversation open in `doc`. Never throws. */
  readOpenEmail(doc: Document, url: URL): ReadResult;
}

/** Which client a page belongs to, by its address; null elsewhere. */
export function hostOf(url: URL): MailHost | null {
  if (url.protocol !== "https:") return null;
  if (url.hostname === "mail.google.com") return "gmail";
  if (["outlook.live.com", "outlook.office.com", "outlook.office365.com"].includes(url.hostname))
    return "outlook";
  return null;
}
