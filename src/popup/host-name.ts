import type { MailHost } from "../core/email";
import { t } from "../ui/i18n";

const HOST_MESSAGE: Record<MailHost, string> = { gmail: "hostGmail", outlook: "hostOutlook" };

/** A mail client's name as the user knows it: "Gmail", "Outlook". */
export function hostName(host: MailHost): string {
  return t(HOST_MESSAGE[host]);
}
