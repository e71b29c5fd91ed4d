import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Window } from "happy-dom";
import type { HostAdapter, ReadResult } from "../../src/content/host";
import { type PageSampleOptions, takePageSample } from "../../src/content/page-sample";
import { READER_SELECTORS, sampleRoot } from "../../src/content/sample-root";
import type { MailHost, OpenedEmail } from "../../src/core/email";

/** Test helpers: the demo mail apps and the static fixture pages, loaded into happy-dom. */

const here = dirname(fileURLToPath(import.meta.url));
export const fixturesDir = join(here, "..", "fixtures");
export const mailboxDir = join(fixturesDir, "mailbox");

/** The real captures the project may use as data, when the shared folder is there. */
export const realFixturesDir = join(here, "..", "..", "..", "shared", "fixtures", "real");

export function readFixture(...path: string[]): string {
  return readFileSync(join(fixturesDir, ...path), "utf8");
}

export interface DemoPage {
  window: Window;
  /** The page's document, typed as the DOM's: the adapters take a standard Document. */
  document: Document;
  /** Where the page is now, as the content script would see it. */
  url(): URL;
  /** Lets queued events (hashchange, timers) run. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

function openWindow(url: string): Window {
  // No network in tests: scripts are evaluated from disk below, never fetched.
  return new Window({
    url,
    width: 1440,
    height: 900,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
}

function wrap(window: Window): DemoPage {
  return {
    window,
    document: window.document as unknown as Document,
    url: () => new URL(window.location.href),
    settle: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await window.happyDOM.waitUntilComplete();
    },
    close: () => window.happyDOM.close(),
  };
}

/** Loads test/fixtures/mailbox/<client>.html at `url` and runs its scripts, as the test router would. */
export async function openDemo(client: "gmail" | "outlook", url: string): Promise<DemoPage> {
  const window = openWindow(url);
  const html = readFileSync(join(mailboxDir, `${client}.html`), "utf8");
  const scripts = [...html.matchAll(/<script src="\/demo-mailbox\/([\w.-]+)"><\/script>/g)].map(
    (m) => m[1] ?? "",
  );
  window.document.write(html.replace(/<script\b[^>]*><\/script>/g, ""));
  for (const script of scripts) {
    window.eval(readFileSync(join(mailboxDir, script), "utf8"));
  }
  const page = wrap(window);
  await page.settle();
  return page;
}

/** Loads a static HTML page (a fixture file's text) at `url`; it has no scripts to run. */
export async function openStatic(html: string, url: string): Promise<DemoPage> {
  const window = openWindow(url);
  window.document.write(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ""));
  const page = wrap(window);
  await page.settle();
  return page;
}

export function realFixture(name: string): string | null {
  const path = join(realFixturesDir, name);
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

/**
 * What the content script would get for `page`: "none" or "unrecognised" from finding, else what
 * reading the found message gives. Also checks that the email read carries the id that was found.
 */
export function findAndRead(adapter: HostAdapter, page: DemoPage): { kind: "none" } | ReadResult {
  const found = adapter.findOpenMessage(page.document, page.url());
  if (found.kind !== "message") return found;
  const result = found.read();
  if (result.kind === "email" && result.email.messageId !== found.messageId) {
    throw new Error(`found ${found.messageId} but read ${result.email.messageId}`);
  }
  return result;
}

export function emailOf(result: { kind: "none" } | ReadResult): OpenedEmail {
  if (result.kind !== "email") throw new Error(`expected an email, got ${JSON.stringify(result)}`);
  return result.email;
}

/**
 * Counts how often anything starts walking `element`'s children through the DOM API (as
 * `messageText` does), so a test can tell whether a body was read.
 */
export function countWalks(element: Element): () => number {
  let walks = 0;
  let owner: object | null = element;
  let getter: (() => Node | null) | undefined;
  while (owner && !getter) {
    getter = Object.getOwnPropertyDescriptor(owner, "firstChild")?.get;
    owner = Object.getPrototypeOf(owner);
  }
  if (!getter) throw new Error("no firstChild getter to watch");
  const read = getter;
  Object.defineProperty(element, "firstChild", {
    configurable: true,
    get() {
      walks++;
      return read.call(this);
    },
  });
  return () => walks;
}

/** A document whose every query throws `message`, as a page torn down mid-check might. */
export function throwingDocument(message: string): Document {
  const fail = (): never => {
    throw new Error(message);
  };
  return { querySelectorAll: fail, querySelector: fail } as unknown as Document;
}

/**
 * A page sample of `page` as the popup's "Copy a page sample" takes one, dated 2 December 2026,
 * hashed with a fixed salt so a test sees the same sample every run.
 */
export function pageSampleOf(
  client: MailHost,
  page: DemoPage,
  missing = "",
  more: Partial<PageSampleOptions> = {},
): string {
  return takePageSample(page.document, {
    client,
    url: page.url(),
    missing,
    version: "0.1.0",
    taken: new Date(2026, 11, 2),
    root: sampleRoot(client, page.document),
    readerSelectors: READER_SELECTORS,
    salt: "debrief-test",
    ...more,
  });
}
