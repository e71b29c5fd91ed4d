import { readFile } from "node:fs/promises";
import { extname, normalize, resolve } from "node:path";
import type { BrowserContext, Route } from "playwright-core";
import { MAIL_SITES } from "../../src/content/host";

/**
 * The demo mailbox: the project's fixture pages served at the real Gmail and Outlook addresses, so the
 * content script runs exactly where it would for a user, with no account and no network.
 */
export const MAILBOX_DIR = resolve(import.meta.dirname, "../../test/fixtures/mailbox");

export const DEMO_HOSTS = MAIL_SITES;

export const DEMO_URLS = {
  gmail: "https://mail.google.com/mail/u/0/#inbox",
  outlook: "https://outlook.live.com/mail/0/inbox",
};

/**
 * The morning the demo mailbox is read on, in the browser's time zone: the day after its latest
 * message (test/fixtures/mailbox/emails.js). Pictures of Debrief are taken on it, so every date on
 * them agrees with the mail.
 */
export const DEMO_NOW = new Date(2026, 9, 23, 11, 30);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export interface MailboxOptions {
  /** Extra response headers for the mailbox's HTML pages, e.g. Gmail's Trusted Types policy. */
  pageHeaders?: Record<string, string>;
  /** Serve this fixture page, relative to the mailbox folder, instead of the host's usual one. */
  pages?: Partial<Record<keyof typeof DEMO_HOSTS, string>>;
}

async function serve(
  route: Route,
  file: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const path = normalize(resolve(MAILBOX_DIR, file));
  if (!path.startsWith(MAILBOX_DIR)) {
    await route.fulfill({ status: 404, body: "" });
    return;
  }
  try {
    const body = await readFile(path);
    await route.fulfill({
      status: 200,
      body,
      headers: { "content-type": TYPES[extname(path)] ?? "application/octet-stream", ...headers },
    });
  } catch {
    await route.fulfill({ status: 404, body: "" });
  }
}

/** Routes every mail host of `context` to the demo mailbox. */
export async function routeDemoMailbox(
  context: BrowserContext,
  options: MailboxOptions = {},
): Promise<void> {
  for (const [client, hosts] of Object.entries(DEMO_HOSTS) as [
    keyof typeof DEMO_HOSTS,
    readonly string[],
  ][]) {
    for (const host of hosts) {
      await context.route(`https://${host}/**`, async (route) => {
        const url = new URL(route.request().url());
        if (url.pathname.startsWith("/demo-mailbox/")) {
          await serve(route, url.pathname.slice("/demo-mailbox/".length));
        } else if (route.request().resourceType() === "document") {
          await serve(route, options.pages?.[client] ?? `${client}.html`, options.pageHeaders);
        } else {
          // The real clients fetch a lot in the background; the demo has nothing to answer with.
          await route.fulfill({ status: 204, body: "" });
        }
      });
    }
  }
}

/** True for an address the demo mailbox answers. */
export function isDemoAddress(address: string): boolean {
  try {
    const url = new URL(address);
    return (
      url.protocol === "https:" &&
      Object.values(DEMO_HOSTS).some((hosts) => hosts.includes(url.hostname))
    );
  } catch {
    return false;
  }
}
