/**
 * Debrief in a browser whose language is German: the banner, the popup and the options page speak
 * German, from `_locales/de`, and write dates the German way. The words are read from the German
 * messages, so a better translation never breaks this test; English on screen does.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { filledBanner } from "../../scripts/lib/banner-probe";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";
import { DEMO_REJECTION_SUBJECT } from "../../scripts/lib/demo-pages";
import { openConversation, openOptions, openPopup, useExtensionBrowser } from "./harness";

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

function bundle(locale: string): Record<string, MessageEntry> {
  const path = resolve(import.meta.dirname, `../../_locales/${locale}/messages.json`);
  return JSON.parse(readFileSync(path, "utf8"));
}

const german = bundle("de");
const english = bundle("en");

/** A message as chrome.i18n gives it: `$NAME$` replaced by the substitution its placeholder names. */
function words(messages: Record<string, MessageEntry>, key: string, ...values: string[]): string {
  const entry = messages[key];
  if (!entry) throw new Error(`No message ${key}`);
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? "";
    return values[Number(content.replace("$", "")) - 1] ?? "";
  });
}
const say = (key: string, ...values: string[]) => words(german, key, ...values);

const browser = useExtensionBrowser({}, { language: "de" });

/** The page's words as a person reads them, in one line. */
async function shownText(page: Page): Promise<string> {
  return ((await page.locator("body").textContent()) ?? "").replace(/\s+/g, " ");
}

/** English words of the interface that must not be on a German screen. */
function englishOnScreen(text: string, keys: string[]): string[] {
  return keys.map((key) => words(english, key)).filter((phrase) => text.includes(phrase));
}

describe("Debrief in a browser set to German", () => {
  it("shows its banner in German above an English rejection", async () => {
    const gmail = await browser().context.newPage();
    await gmail.goto(DEMO_URLS.gmail);
    await openConversation(gmail, DEMO_REJECTION_SUBJECT);
    const banner = await filledBanner(gmail);
    expect(await banner.buttons()).toEqual([
      say("bannerAddInterview"),
      say("bannerAskForFeedback"),
      say("bannerNotRejection"),
      say("bannerMore"),
    ]);
    const text = await banner.text();
    expect(text).toContain(say("bannerRejectionFrom", "Lumen Analytics"));
    await banner.click(say("bannerMore"));
    await expect.poll(() => banner.text()).toContain(say("bannerWhyHeading"));
    expect(await banner.text()).not.toContain(words(english, "bannerWhyHeading"));
    await gmail.close();
  });

  it("shows the popup in German, with German dates, from the email open to the saved interview", async () => {
    const gmail = await browser().context.newPage();
    await gmail.goto(DEMO_URLS.gmail);
    await openConversation(gmail, DEMO_REJECTION_SUBJECT);
    await filledBanner(gmail);
    const popup = await openPopup(browser());
    popup.setDefaultTimeout(10_000);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe("de");
    await expect
      .poll(() => popup.getByRole("heading", { name: say("emptyStateHeading") }).isVisible())
      .toBe(true);
    expect(
      englishOnScreen(await shownText(popup), ["emptyStateHeading", "openOptions", "privacyNote"]),
    ).toEqual([]);

    await popup.getByRole("button", { name: say("openEmailAdd") }).click();
    await expect
      .poll(() => popup.getByLabel(say("formCompany")).inputValue())
      .toBe("Lumen Analytics");
    // Required fields say so after their name ("Datum (Pflichtfeld)").
    await popup.getByLabel(new RegExp(`^${say("formDate")}\\b`)).fill("2026-10-15");
    await popup.getByRole("button", { name: say("formSave") }).click();
    await expect
      .poll(() => popup.getByRole("heading", { name: say("interviewListHeading") }).isVisible())
      .toBe(true);
    // The list writes the interview's day as German does ("15.10.2026"), not as English does.
    const day = new Date(2026, 9, 15);
    const row = popup.locator(".interview-item", {
      has: popup.getByRole("button", { name: "Lumen Analytics", exact: true }),
    });
    const rowText = async () => (await row.textContent()) ?? "";
    await expect
      .poll(rowText)
      .toContain(new Intl.DateTimeFormat("de", { dateStyle: "medium" }).format(day));
    expect(await rowText()).not.toContain(
      new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(day),
    );
    expect(
      englishOnScreen(await shownText(popup), ["interviewListHeading", "addInterview"]),
    ).toEqual([]);
    await popup.close();
    await gmail.close();
  });

  it("shows the options page in German", async () => {
    const options = await openOptions(browser());
    expect(await options.evaluate(() => document.documentElement.lang)).toBe("de");
    for (const section of ["sectionTemplates", "sectionSettings", "sectionData"]) {
      await expect
        .poll(() => options.getByRole("link", { name: say(section) }).isVisible())
        .toBe(true);
    }
    const text = await shownText(options);
    expect(englishOnScreen(text, ["sectionTemplates", "sectionSettings", "privacyNote"])).toEqual(
      [],
    );
    expect(text).toContain(say("privacyNote"));
    await options.close();
  });
});
