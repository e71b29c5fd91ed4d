import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { type MailboxOptions, routeDemoMailbox } from "../../scripts/lib/demo-mailbox";
import { type ExtensionBrowser, launchWithExtension } from "../../scripts/lib/extension-browser";
import type { OpenEmailState } from "../../src/messages";

/**
 * One Chromium with the built extension for a test file, routed to the demo mailbox. After every test
 * it checks that the browser asked for nothing outside the extension and the routed mail addresses.
 */
export function useExtensionBrowser(options: MailboxOptions = {}): () => ExtensionBrowser {
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    browser = await launchWithExtension();
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
      chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return (await scope.chrome.storage.session.get("openEmails")).openEmails ?? {};
  });
  return Object.values(stored as Record<string, OpenEmailState>);
}

export async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 580 });
  await page.goto(browser.extensionUrl("src/popup/index.html"));
  return page;
}

/** Opens a demo conversation the way a user does: from the message list, by its subject. */
export async function openConversation(page: Page, subject: string): Promise<void> {
  await page.getByText(subject, { exact: true }).first().click();
}
