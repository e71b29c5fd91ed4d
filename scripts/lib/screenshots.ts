import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { localDay } from "../../src/core/reflection/calendar";
import { bannerProbe, FILLED_BANNER } from "./banner-probe";
import { DEMO_NOW, DEMO_URLS, routeDemoMailbox } from "./demo-mailbox";
import { DEMO_REJECTION_SUBJECT, openConversation, openOptions, openPopup } from "./demo-pages";
import { launchWithExtension } from "./extension-browser";

/** The demo's German rejection (test/fixtures/mailbox/emails.js). */
const GERMAN_REJECTION_SUBJECT = "Ihre Bewerbung als Softwareentwickler (m/w/d) Embedded Systems";

/** Waits until `holds` says so, for at most 10 seconds. */
async function until(holds: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await holds())) {
    if (Date.now() > deadline) throw new Error("Debrief's banner did not get there in 10 seconds.");
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Opens a demo rejection (the Lumen one unless told) and waits for Debrief's banner above it. */
async function showConversation(
  page: Page,
  url: string,
  bodySelector: string,
  subject = DEMO_REJECTION_SUBJECT,
): Promise<void> {
  await page.goto(url);
  await openConversation(page, subject);
  await page.locator(bodySelector).last().waitFor({ state: "visible" });
  await page.locator(FILLED_BANNER).waitFor({ state: "visible" });
}

/**
 * Writes PNGs of Debrief as a user sees it on the demo mailbox: the demo Gmail and Outlook with the
 * rejection open and the banner above it, the demo Outlook in German with its rejection, the banner
 * and then the feedback request it wrote, the popup (as a new user finds it, the form filled from
 * the open email, the list after saving), the feedback request typed into Gmail's reply once the
 * interview is saved, and the options page (its templates, and the template editor underlining a
 * misspelt placeholder), and the interview's page and Insights in the popup, all on the demo's
 * morning (DEMO_NOW). Returns the files written.
 */
export async function takeScreenshots(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false) => {
    const path = resolve(dir, `${name}.png`);
    await page.screenshot({ path, fullPage });
    written.push(path);
  };
  const browser = await launchWithExtension({ now: DEMO_NOW });
  try {
    await routeDemoMailbox(browser.context);
    const gmail = await browser.context.newPage();
    await showConversation(gmail, DEMO_URLS.gmail, ".a3s");
    await shot(gmail, "gmail");
    const outlook = await browser.context.newPage();
    await showConversation(outlook, DEMO_URLS.outlook, "[id^=UniqueMessageBody]");
    await shot(outlook, "outlook");
    await outlook.close();
    // Outlook in German at Microsoft 365's address: translated labels, the other markup shapes.
    const german = await browser.context.newPage();
    await showConversation(
      german,
      "https://outlook.cloud.microsoft/mail/inbox?lang=de",
      "[id^=UniqueMessageBody]",
      GERMAN_REJECTION_SUBJECT,
    );
    await shot(german, "outlook-de");
    const germanBanner = bannerProbe(german);
    await germanBanner.click("Ask for feedback");
    await until(async () => (await germanBanner.status()).includes("Read it, then press Send"));
    await shot(german, "outlook-de-feedback-request");
    await german.close();

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
    // The interview's own page, then Insights.
    await popup.getByRole("button", { name: "Lumen Analytics", exact: true }).click();
    await popup.getByRole("heading", { name: "Lumen Analytics" }).first().waitFor();
    await shot(popup, "popup-interview");
    await popup.goto(popup.url());
    await popup
      .getByRole("link", { name: "Insights" })
      .or(popup.getByRole("button", { name: "Insights" }))
      .first()
      .click();
    await popup.getByRole("heading", { name: "Insights" }).first().waitFor();
    await shot(popup, "popup-insights");
    await popup.close();

    // With the interview saved, the banner names it, and "Ask for feedback" writes the reply.
    await gmail.bringToFront();
    await showConversation(gmail, DEMO_URLS.gmail, ".a3s");
    const banner = bannerProbe(gmail);
    await until(async () => (await banner.text()).includes("Your interview on"));
    await banner.click("Ask for feedback");
    await until(async () => (await banner.status()).includes("Read it, then press Send"));
    // Typing scrolled the reply into view; the banner above the message is what this picture shows.
    await banner.scrollIntoView();
    await shot(gmail, "gmail-feedback-asked");
    await gmail.locator("[g_editable=true]").last().scrollIntoViewIfNeeded();
    await shot(gmail, "gmail-feedback-request");

    const options = await openOptions(browser);
    await options.getByRole("heading", { name: "Templates" }).waitFor();
    await shot(options, "options", true);
    // The template editor with a misspelt placeholder, previewed with the interview just saved.
    await options.getByRole("button", { name: "Edit Feedback request", exact: true }).click();
    const message = options.getByLabel("Message", { exact: true });
    const words = await message.inputValue();
    await message.fill(words.replace("{{role}} role", "{{rol}} role"));
    const source = options.getByLabel("Fill in from");
    const lumen = source.locator("option", { hasText: "Lumen Analytics" }).first();
    await source.selectOption((await lumen.getAttribute("value")) ?? "sample");
    await options.locator("mark").first().waitFor();
    await message.evaluate((field) => field.scrollTo(0, 0));
    await shot(options, "options-template-editor", true);
    await options.getByRole("link", { name: "Settings", exact: true }).click();
    await options.getByRole("heading", { name: "Settings" }).waitFor();
    // The demo user signs new messages with their name (replies carry the demo mail's signature).
    await options.getByRole("button", { name: "Save", exact: true }).waitFor();
    await options.getByLabel("Your name, as it should appear in replies").fill("Jordan Avery");
    await options.getByRole("button", { name: "Save", exact: true }).click();
    await options.getByText("Saved.", { exact: true }).waitFor();
    await shot(options, "options-settings", true);
    await options.close();

    // An interview yesterday: the popup reminds of the thank-you note, which opens in Gmail.
    const reminded = await openPopup(browser);
    await reminded.getByRole("button", { name: "Add interview" }).first().click();
    await reminded.getByLabel("Company").fill("Brightwell Health");
    await reminded.getByLabel("Role").fill("UX Researcher");
    const yesterday = new Date(DEMO_NOW);
    yesterday.setDate(yesterday.getDate() - 1);
    await reminded.getByLabel("Date").fill(localDay(yesterday));
    const interviewer = reminded.getByRole("group", { name: "Interviewer 1" });
    await interviewer.getByLabel("Name").fill("Sofia Lindqvist");
    await interviewer.getByLabel("Email").fill("sofia.lindqvist@brightwell-health.example");
    await reminded.getByRole("button", { name: "Save interview" }).click();
    await reminded.getByText("Send Brightwell Health a thank-you note").waitFor();
    await shot(reminded, "popup-reminders");
    const opened = browser.context.waitForEvent("page");
    await reminded.getByRole("button", { name: "Write it in Gmail" }).click();
    const thankYou = await opened;
    await thankYou.locator(".aoI[role=region] [aria-label='Message Body']").waitFor();
    await shot(thankYou, "gmail-thank-you");
    await thankYou.close();
  } finally {
    await browser.close();
  }
  return written;
}

/**
 * For each interface language (Chrome's names: `de`, `pt_BR`), in a browser set to it: the demo
 * Gmail with the banner above the rejection, the popup as a new user finds it and its form filled
 * from the open email, and the options page, as DIR/<language>/*.png. Nothing is pressed by name,
 * so it runs in any language.
 */
export async function takeLanguageScreenshots(
  dir: string,
  languages: readonly string[],
): Promise<string[]> {
  const written: string[] = [];
  for (const language of languages) {
    const folder = resolve(dir, language);
    mkdirSync(folder, { recursive: true });
    const shot = async (page: Page, name: string, fullPage = false) => {
      const path = resolve(folder, `${name}.png`);
      await page.screenshot({ path, fullPage });
      written.push(path);
    };
    const browser = await launchWithExtension({
      language: language.replace("_", "-"),
      now: DEMO_NOW,
    });
    try {
      await routeDemoMailbox(browser.context);
      const gmail = await browser.context.newPage();
      await showConversation(gmail, DEMO_URLS.gmail, ".a3s");
      await shot(gmail, "gmail");
      const popup = await openPopup(browser);
      const fromEmail = popup.locator(".open-email-row button");
      await fromEmail.waitFor();
      await shot(popup, "popup-welcome");
      await fromEmail.click();
      await popup.locator("form").first().waitFor();
      await shot(popup, "popup-form");
      await popup.close();
      const options = await openOptions(browser);
      await options.locator(".template-card").first().waitFor();
      await shot(options, "options", true);
    } finally {
      await browser.close();
    }
  }
  return written;
}
