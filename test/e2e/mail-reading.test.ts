import { describe, expect, it } from "vitest";
import { FILLED_BANNER } from "../../scripts/lib/banner-probe";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";
import { openConversation, openEmails, useExtensionBrowser } from "./harness";

const browser = useExtensionBrowser();

const REJECTION = "Interview: Senior Product Analyst at Lumen Analytics";

async function theOpenEmail() {
  const all = await openEmails(browser());
  return all.length === 1 ? all[0]?.email : undefined;
}

describe.each([
  {
    host: "gmail",
    url: DEMO_URLS.gmail,
    messageId: "msg-f:1782318250946271591",
    threadId: "18b7885eca4aa111",
  },
  {
    host: "outlook",
    url: DEMO_URLS.outlook,
    messageId:
      "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAYdniOjBUukoe5ETQg80ViuUAhpIOT9j0ZhOg6TlTAAA=",
    threadId: "AAQkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gAEAARW9F/dwuclwpSNAzF+ImLC7I6GdFr",
  },
])("in $host, the content script", ({ host, url, messageId, threadId }) => {
  it("reads the newest message of the open conversation, without its quoted history", async () => {
    const page = await browser().context.newPage();
    await page.goto(url);
    await openConversation(page, REJECTION);
    await expect.poll(theOpenEmail).toMatchObject({
      host,
      messageId,
      threadId,
      subject: REJECTION,
      from: { name: "Maya Okafor", address: "maya.okafor@lumen-analytics.example" },
    });
    const email = await theOpenEmail();
    expect(email?.body).toMatch(/^Hi Jordan,/);
    expect(email?.body).toContain("we have decided not to move forward with your application");
    // The candidate's thank-you note is quoted below the rejection; it is history, not this message.
    expect(email?.body).not.toContain("Thank you, and Tomás, for your time this afternoon");
    await page.close();
    await expect.poll(async () => (await openEmails(browser())).length).toBe(0);
  });

  it("follows the user from one email to the next and back to the list", async () => {
    const page = await browser().context.newPage();
    await page.goto(url);
    await openConversation(page, "Interview invitation: UX Researcher, Brightwell Health");
    await expect
      .poll(async () => (await theOpenEmail())?.subject)
      .toBe("Interview invitation: UX Researcher, Brightwell Health");
    await page.goBack();
    await expect.poll(async () => (await openEmails(browser())).length).toBe(0);
    await openConversation(page, "Offer of employment: Data Engineer at Cobalt & Pine");
    await expect
      .poll(async () => (await theOpenEmail())?.subject)
      .toBe("Offer of employment: Data Engineer at Cobalt & Pine");
    await page.close();
  });
});

describe("the email the background thinks is open", () => {
  it("stays while Outlook redraws the same message, and goes when the page goes", async () => {
    const page = await browser().context.newPage();
    await page.goto(DEMO_URLS.outlook);
    await openConversation(page, REJECTION);
    await expect.poll(async () => (await theOpenEmail())?.subject).toBe(REJECTION);
    // Clicking the open conversation again moves Outlook's address within the same page.
    await openConversation(page, REJECTION);
    await page.waitForTimeout(300);
    expect((await theOpenEmail())?.subject).toBe(REJECTION);
    await page.goto("about:blank");
    await expect.poll(async () => (await openEmails(browser())).length).toBe(0);
    await page.close();
  });
});

describe("when the extension is reloaded under an open mail tab", () => {
  it("the orphaned content script says so once in the console and throws nothing into the page", async () => {
    const page = await browser().context.newPage();
    const pageErrors: string[] = [];
    const lines: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => lines.push(message.text()));
    await page.goto(DEMO_URLS.gmail);
    await openConversation(page, REJECTION);
    await expect.poll(async () => (await openEmails(browser())).length).toBe(1);
    // The background has answered for the rejection too: no message is on its way as Debrief reloads.
    await page.locator(FILLED_BANNER).waitFor({ state: "visible" });

    // As when the user reloads Debrief in chrome://extensions or it updates: the tab keeps the old script.
    await browser()
      .worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload(),
      )
      .catch(() => {});

    await page.goBack();
    await openConversation(page, "Offer of employment: Data Engineer at Cobalt & Pine");
    await page.goBack();
    await expect
      .poll(() => lines.filter((line) => line.startsWith("Debrief:")))
      .toEqual([expect.stringContaining("reload this tab")]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
