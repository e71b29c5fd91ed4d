import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { DEMO_URLS, routeDemoMailbox } from "./demo-mailbox";
import { DEMO_REJECTION_SUBJECT, openConversation, openOptions, openPopup } from "./demo-pages";
import { launchWithExtension } from "./extension-browser";

/** Opens the demo rejection and waits for Debrief's banner above it. */
async function showConversation(page: Page, url: string, bodySelector: string): Promise<void> {
  await page.goto(url);
  await openConversation(page, DEMO_REJECTION_SUBJECT);
  await page.locator(bodySelector).last().waitFor({ state: "visible" });
  await page.locator('[data-debrief="banner"]').waitFor({ state: "visible" });
}

/**
 * Writes PNGs of Debrief as a user sees it on the demo mailbox: the demo Gmail and Outlook with the
 * rejection open and the banner above it, the popup (as a new user finds it, the form filled from
 * the open email, the list after saving), the feedback request typed into Gmail's reply once the
 * interview is saved, and the options page. Returns the files written.
 */
export async function takeScreenshots(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false) => {
    const path = resolve(dir, `${name}.png`);
    await page.screenshot({ path, fullPage });
    written.push(path);
  };
  const browser = await launchWithExtension();
  try {
    await routeDemoMailbox(browser.context);
    const gmail = await browser.context.newPage();
    await showConversation(gmail, DEMO_URLS.gmail, ".a3s");
    await shot(gmail, "gmail");
    const outlook = await browser.context.newPage();
    await showConversation(outlook, DEMO_URLS.outlook, "[id^=UniqueMessageBody]");
    await shot(outlook, "outlook");
    await outlook.close();

    const popup = await openPopup(browser);
    await popup.getByRole("button", { name: "Add as interview" }).waitFor();
    await shot(popup, "popup-welcome");
    await popup.getByRole("button", { name: "Add as interview" }).click();
    await popup.getByLabel("Role").fill("Senior Product Analyst");
    await popup.getByLabel("Round").fill("Panel interview");
    await popup.getByLabel("Date").fill("2026-10-15");
    await popup.getByLabel("Time").fill("14:00");
    await shot(popup, "popup-form");
    await popup.getByRole("button", { name: "Save interview" }).click();
    await popup.getByText("Belongs to your interview at Lumen Analytics.").waitFor();
    await shot(popup, "popup");
    await popup.close();

    // With the interview saved, the banner names it, and "Ask for feedback" writes the reply.
    await gmail.bringToFront();
    await showConversation(gmail, DEMO_URLS.gmail, ".a3s");
    await gmail.getByText("Your interview on", { exact: false }).waitFor();
    await gmail.getByRole("button", { name: "Ask for feedback" }).click();
    await gmail.getByText("Read it, then press Send", { exact: false }).waitFor();
    // Typing scrolled the reply into view; the banner above the message is what this picture shows.
    await gmail
      .locator('[data-debrief="banner"]')
      .evaluate((banner) => banner.scrollIntoView({ block: "center" }));
    await shot(gmail, "gmail-feedback-asked");
    await gmail.locator("[g_editable=true]").last().scrollIntoViewIfNeeded();
    await shot(gmail, "gmail-feedback-request");

    const options = await openOptions(browser);
    await options.getByRole("heading", { name: "Templates" }).waitFor();
    await shot(options, "options", true);
  } finally {
    await browser.close();
  }
  return written;
}
