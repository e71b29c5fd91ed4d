import { readFile } from "node:fs/promises";
import { extname, normalize, resolve } from "node:path";
import type { BrowserContext, Route } from "playwright-core";
import { hostOf, MAIL_SITES } from "../../src/content/host";

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

/** An answer of the demo mailbox, for whichever browser driver delivers it. */
export interface DemoResponse {
  status: number;
  body: Buffer;
  headers: Record<string, string>;
}

async function serve(file: string, headers: Record<string, string> = {}): Promise<DemoResponse> {
  const path = normalize(resolve(MAILBOX_DIR, file));
  const missing = { status: 404, body: Buffer.alloc(0), headers: {} };
  if (!path.startsWith(MAILBOX_DIR)) return missing;
  try {
    const body = await readFile(path);
    return {
      status: 200,
      body,
      headers: { "content-type": TYPES[extname(path)] ?? "application/octet-stream", ...headers },
    };
  } catch {
    return missing;
  }
}

/**
 * What the demo mailbox answers to a request for `address` (a page when `document`), or null
 * when the address is none of its hosts.
 */
export async function demoResponse(
  address: string,
  document: boolean,
  options: MailboxOptions = {},
): Promise<DemoResponse | null> {
  const url = new URL(address);
  const client = hostOf(url);
  if (!client) return null;
  if (url.pathname.startsWith("/demo-mailbox/")) {
    return serve(url.pathname.slice("/demo-mailbox/".length));
  }
  if (document) return serve(options.pages?.[client] ?? `${client}.html`, options.pageHeaders);
  // The real clients fetch a lot in the background; the demo has nothing to answer with.
  return { status: 204, body: Buffer.alloc(0), headers: {} };
}

/** Routes every mail host of `context` to the demo mailbox. */
export async function routeDemoMailbox(
  context: BrowserContext,
  options: MailboxOptions = {},
): Promise<void> {
  for (const host of Object.values(DEMO_HOSTS).flat()) {
    await context.route(`https://${host}/**`, async (route: Route) => {
      const request = route.request();
      const answer = await demoResponse(
        request.url(),
        request.resourceType() === "document",
        options,
      );
      await route.fulfill(answer ?? { status: 404, body: "" });
    });
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
