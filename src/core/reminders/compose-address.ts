import type { MailHost } from "../email";
import { MAIL_SITES } from "../mail-sites";

/** A new message, ready for the user to read over and send from their own mail. */
export interface ComposeDraft {
  to: string;
  subject: string;
  body: string;
}

/** Where Outlook on the web lives for personal accounts; work and school accounts use outlook.office.com. */
export const DEFAULT_OUTLOOK_ORIGIN = "https://outlook.live.com";

/** Every address of Outlook on the web, as origins: a new message opens in the one the user was last seen in. */
export const OUTLOOK_ORIGINS: readonly string[] = MAIL_SITES.outlook.map(
  (site) => `https://${site}`,
);

// Every value is percent-encoded with %20 for spaces: Outlook's compose link shows a "+" where a
// space was written as "+" (reported at techcommunity.microsoft.com, thread 4111903).
function query(fields: Record<string, string>): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== "")
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");
}

/**
 * The address that opens a new message, filled in, in the user's web mail. Nothing is sent: the user
 * reads it over and presses Send.
 * - Gmail: `mail/?view=cm&fs=1` with `to`, `su` and `body` (Gmail's compose link, as used by many
 *   "email us" buttons);
 * - Outlook: `mail/deeplink/compose` with `to`, `subject` and `body`; personal accounts under
 *   `mail/0/` on outlook.live.com (Outlook on the web's compose deep link, as discussed at
 *   techcommunity.microsoft.com, thread 4111903).
 */
export function composeAddress(
  host: MailHost,
  draft: ComposeDraft,
  outlookOrigin: string = DEFAULT_OUTLOOK_ORIGIN,
): string {
  if (host === "gmail") {
    const fields = query({ to: draft.to, su: draft.subject, body: draft.body });
    return `https://mail.google.com/mail/?view=cm&fs=1${fields ? `&${fields}` : ""}`;
  }
  const origin = (OUTLOOK_ORIGINS as readonly string[]).includes(outlookOrigin)
    ? outlookOrigin
    : DEFAULT_OUTLOOK_ORIGIN;
  const path =
    origin === "https://outlook.live.com" ? "/mail/0/deeplink/compose" : "/mail/deeplink/compose";
  const fields = query({ to: draft.to, subject: draft.subject, body: draft.body });
  return `${origin}${path}${fields ? `?${fields}` : ""}`;
}
