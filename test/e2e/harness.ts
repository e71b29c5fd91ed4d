import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { type MailboxOptions, routeDemoMailbox } from "../../scripts/lib/demo-mailbox";
import {
  type ExtensionBrowser,
  type LaunchOptions,
  launchWithExtension,
} from "../../scripts/lib/extension-browser";
import type { OpenEmailState } from "../../src/messages";

/**
 * One Chromium with the built extension for a test file, routed to the demo mailbox. After every test
 * it checks that the browser asked for nothing outside the extension and the routed mail addresses.
 */
export function useExtensionBrowser(
  options: MailboxOptions = {},
  launch: LaunchOptions = {},
): () => ExtensionBrowser {
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    browser = await launchWithExtension(launch);
    await routeDemoMailbox(browser.context, options);
  });
  afterEach(() => {
    expect(browser?.strayRequests, "requests that left the demo mailbox and the extension").toEqual(
      [],
    );
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser has not started");
    return browser;
  };
}

/** What the background holds, per tab, about the email open there. */
export async function openEmails(browser: ExtensionBrowser): Promise<OpenEmailState[]> {
  const stored = await browser.worker.evaluate(async () => {
    const scope = globalThis as unknown as {
      chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
    };
    return scope.chrome.storage.session.get(null);
  });
  return Object.entries(stored)
    .filter(([key]) => key.startsWith("openEmail:"))
    .map(([, value]) => value as OpenEmailState);
}

/** Every row of one of Debrief's tables, read from IndexedDB in the extension's own origin. */
export async function storedRows<Row = Record<string, unknown>>(
  browser: ExtensionBrowser,
  table: string,
): Promise<Row[]> {
  return browser.worker.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const opening = indexedDB.open("debrief");
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const reading = db.transaction(name, "readonly").objectStore(name).getAll();
          reading.onerror = () => reject(reading.error);
          reading.onsuccess = () => {
            db.close();
            resolve(reading.result as Row[]);
          };
        };
      }),
    table,
  );
}

export { openConversation, openOptions, openPopup } from "../../scripts/lib/demo-pages";
