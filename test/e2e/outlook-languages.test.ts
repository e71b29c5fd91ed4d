import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { filledBanner } from "../../scripts/lib/banner-probe";
import type { ExtensionBrowser } from "../../scripts/lib/extension-browser";
import { openConversation, openEmails, useExtensionBrowser } from "./harness";

/**
 * Outlook on the web in other interface languages, at Microsoft 365's new address: the demo
 * Outlook's `?lang=` pages (test/fixtures/mailbox/outlook-languages.js), where labels are
 * translated and the reading pane takes the other shapes on record.
 */
const BANNER = '[data-debrief="banner"]';
const ASKED = "Feedback request added to your reply. Read it, then press Send.";
const EDITOR = "[contenteditable=true][aria-multiline=true]";

const LANGUAGES = [
  {
    lang: "de",
    rejection: "Ihre Bewerbung als Softwareentwickler (m/w/d) Embedded Systems",
    company: "Feldmann Robotik GmbH",
    firstName: "Katrin",
    /** The reply's quote header as German Outlook writes it, then the quoted mail's first words. */
    quoted: ["Von: Katrin Vogel", "Guten Tag Jordan Avery,"],
    other: "Eingangsbestätigung: Ihre Bewerbung als Projektingenieur (m/w/d)",
  },
  {
    lang: "fr",
    rejection: "Votre candidature au poste de Chef de projet données",
    company: "Atelier M",
    firstName: "Camille",
    quoted: ["De : Camille Roussel <camille.roussel@atelier-meridien.example>", "Bonjour Jordan,"],
    other: "Invitation à un entretien : Analyste produit chez Maison Ardoise",
  },
  {
    lang: "nl",
    rejection: "Je sollicitatie voor de functie Data-analist bij Polderlicht",
    company: "Polderlicht",
    firstName: "Sanne",
    quoted: ["Van: Sanne de Vries <sanne.devries@polderlicht.example>", "Beste Jordan,"],
    other: "Buurtborrel op zaterdag 31 oktober",
  },
] as const;
type Language = (typeof LANGUAGES)[number];

const pages: Page[] = [];
afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

async function mailPage(browser: ExtensionBrowser, address: string): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  await page.goto(address);
  return page;
}

/** The reply editor's whole text, the hidden quoted message included. */
async function replyText(page: Page): Promise<string> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].find((element) =>
        (element as HTMLElement).checkVisibility(),
      )?.textContent ?? "",
    EDITOR,
  );
}

function expectInOrder(text: string, parts: readonly string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after what came before it in the reply`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

/** Opens the rejection, sees the banner, asks for feedback and checks where the request went. */
async function askForFeedback(page: Page, language: Language): Promise<void> {
  await openConversation(page, language.rejection);
  const banner = await filledBanner(page);
  const lines = (await banner.text()).split("\n");
  expect(lines[0]).toMatch(/^This looks like a rejection from /);
  expect(lines[0]).toContain(language.company);
  await banner.click("Ask for feedback");
  await expect.poll(() => banner.status()).toBe(ASKED);
  // The request (its greeting names the sender) stands above the signature, and both above the
  // quoted message, whose header Outlook writes in the interface language.
  expectInOrder(await replyText(page), [
    `${language.firstName},`,
    "Product analyst · Bristol",
    ...language.quoted,
  ]);
}

describe("Outlook in other languages at outlook.cloud.microsoft", () => {
  const browser = useExtensionBrowser();

  it.each(LANGUAGES)(
    "$lang: the rejection gets the banner and Ask for feedback writes the request above the quoted message; a message that is not one gets no banner",
    async (language) => {
      const page = await mailPage(
        browser(),
        `https://outlook.cloud.microsoft/mail/inbox?lang=${language.lang}`,
      );
      await askForFeedback(page, language);

      await openConversation(page, language.other);
      // Once the content script has read the other message and told the background, its verdict is in.
      await expect
        .poll(async () => (await openEmails(browser())).map((open) => open.email.subject))
        .toEqual([language.other]);
      await page.waitForTimeout(600);
      expect(await page.locator(BANNER).count()).toBe(0);
    },
  );
});

describe("German Outlook with the reading pane off", () => {
  // A browser of its own: the one above remembers that feedback was asked for on this message.
  const browser = useExtensionBrowser();

  it("shows the banner in the full view and writes the request above the quoted message", async () => {
    const page = await mailPage(
      browser(),
      "https://outlook.cloud.microsoft/mail/inbox?lang=de&readingpane=off",
    );
    await askForFeedback(page, LANGUAGES[0]);
    // The full view: no message list beside the message, and the address keeps both choices.
    expect(await page.locator("#MailList").count()).toBe(0);
    expect(new URL(page.url()).search).toBe("?lang=de&readingpane=off");
  });
});
