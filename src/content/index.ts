import type { MailHost } from "../core/email";
import { createBackgroundLink } from "./background-link";
import { gmailAdapter } from "./gmail/read";
import { type HostAdapter, hostOf } from "./host";
import { createOpenEmailTracker } from "./open-email-tracker";
import { outlookAdapter } from "./outlook/read";
import { watchPage } from "./page-watch";

const adapters: Record<MailHost, HostAdapter> = { gmail: gmailAdapter, outlook: outlookAdapter };

function start(): void {
  const host = hostOf(new URL(location.href));
  if (host === null) return;
  const lifetime = new AbortController();
  const background = createBackgroundLink({ stop: () => lifetime.abort() });
  const check = createOpenEmailTracker({
    adapter: adapters[host],
    onOpened: (email) => void background.request({ type: "emailOpened", email }),
    onClosed: () => void background.request({ type: "emailClosed" }),
  });
  // An orphaned copy (the extension was reloaded under this tab) stops at its next look at the page.
  watchPage({ onChange: () => background.alive() && check(), signal: lifetime.signal });
}

start();
