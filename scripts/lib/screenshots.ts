import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { DEMO_URLS, routeDemoMailbox } from "./demo-mailbox";
import { launchWithExtension } from "./extension-browser";

/** The demo conversation the screenshots open: a rejection after a panel interview. */
export const DEMO_REJECTION_SUBJECT = "Interview: Senior Product Analyst at Lumen Analytics";

async function openConversation(
  page: Page,
  url: string,
  subject: string,
  bodySelector: string,
): Promise<void> {
  await page.goto(url);
  await page.getByText(subject, { exact: true }).first().click();
  await page.locator(bodySelector).last().waitFor({ state: "visible" });
}

/**
 * Writes PNGs of Debrief as a user sees it on the demo mailbox: the demo Gmail and Outlook with the
 * rejection open, the popup (as a new user finds it, the form filled from the open email, the list
 * after saving) and the options page. Returns the files written.
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
    await openConversation(gmail, DEMO_URLS.gmail, DEMO_REJECTION_SUBJECT, ".a3s");
    await shot(gmail, "gmail");
    const outlook = await browser.context.newPage();
    await openConversation(
      outlook,
      DEMO_URLS.outlook,
      DEMO_REJECTION_SUBJECT,
      "[id^=UniqueMessageBody]",
    );
    await shot(outlook, "outlook");
    await outlook.close();

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 580 });
    await popup.goto(browser.extensionUrl("src/popup/index.html"));
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

    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1100, height: 760 });
    await options.goto(browser.extensionUrl("src/options/index.html"));
    await options.getByRole("heading", { name: "Templates" }).waitFor();
    await shot(options, "options", true);
  } finally {
    await browser.close();
  }
  return written;
}
