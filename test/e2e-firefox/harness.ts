import type { Page } from "puppeteer-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import {
  type FirefoxExtensionBrowser,
  launchFirefoxWithExtension,
} from "../../scripts/lib/firefox-browser";

/**
 * One Firefox with the Firefox build for a test file, its mail tabs served the demo mailbox. After
 * every test it checks that the browser asked for nothing outside the extension and the demo mail
 * addresses, and that the browser console holds no error or warning of the extension.
 */
export function useFirefox(): () => FirefoxExtensionBrowser {
  let firefox: FirefoxExtensionBrowser | undefined;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  });
  afterEach(async () => {
    expect(firefox?.strayRequests, "requests that left the demo mailbox and the extension").toEqual(
      [],
    );
    expect(
      await firefox?.extensionErrors(),
      "the extension's errors in the browser console",
    ).toEqual([]);
  });
  afterAll(async () => {
    await firefox?.close();
  });
  return () => {
    if (!firefox) throw new Error("Firefox has not started");
    return firefox;
  };
}

/** Opens a demo conversation the way a user does: a click on its subject in the message list. */
export async function openConversation(page: Page, subject: string): Promise<void> {
  await page.locator(`::-p-text(${JSON.stringify(subject)})`).click();
}

/** The element matching `selector` that is shown, or the first. */
export function shownText(page: Page, selector: string): Promise<string> {
  return page.evaluate((wanted) => {
    const all = [...document.querySelectorAll(wanted)];
    const shown = all.find((element) => (element as HTMLElement).checkVisibility()) ?? all[0];
    return shown?.textContent ?? "";
  }, selector);
}

/**
 * Opens tabs on the demo mailbox for a test, each with the page's own uncaught errors collected,
 * and closes them after it.
 */
export function useMailTabs(
  firefox: () => FirefoxExtensionBrowser,
): (url: string, headers?: Record<string, string>) => Promise<{ page: Page; errors: string[] }> {
  const pages: Page[] = [];
  afterEach(async () => {
    // Leaving the mail site first, as a user going elsewhere in the tab does: the page's last
    // notices reach the background. (Firefox cancels a closing tab's running scripts, these too.)
    for (const page of pages.splice(0)) {
      await page.goto("about:blank");
      await page.close();
    }
  });
  return async (url, headers = {}) => {
    const page = await firefox().openMail(url, { pageHeaders: headers });
    pages.push(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    return { page, errors };
  };
}
