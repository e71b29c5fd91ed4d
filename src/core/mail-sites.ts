import type { MailHost } from "./email";

/**
 * The sites Debrief runs on, by client: the one list. The manifest's content-script matches say
 * the same (tested), and the settings, the reminders' compose addresses and the demo mailbox read
 * it from here. Microsoft 365 mail moves to outlook.cloud.microsoft from November 2025, and
 * outlook.office.com redirects there (reported in trockerapp/trocker#34, 2026-03-14, and
 * opentabs-dev/opentabs#57, 2026-04-17).
 */
export const MAIL_SITES: Readonly<Record<MailHost, readonly string[]>> = {
  gmail: ["mail.google.com"],
  outlook: [
    "outlook.live.com",
    "outlook.office.com",
    "outlook.office365.com",
    "outlook.cloud.microsoft",
  ],
};

/** Which client a page belongs to, by its address; null elsewhere. */
export function hostOf(url: URL): MailHost | null {
  if (url.protocol !== "https:") return null;
  for (const [host, names] of Object.entries(MAIL_SITES) as [MailHost, readonly string[]][]) {
    if (names.includes(url.hostname)) return host;
  }
  return null;
}
