import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bannerProbe, FILLED_BANNER } from "../../scripts/lib/banner-probe";
import { contentScriptWorld, sendFrom } from "../../scripts/lib/content-script-world";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";
import type { OpenEmailState } from "../../src/messages";
import { openConversation, openEmails, storedRows, useExtensionBrowser } from "./harness";

// A mail page Debrief does not trust: its own scripts, and even code run in the content script's
// world (as if the content script were taken over), try to read and act beyond the email it shows.

const LUMEN = "Interview: Senior Product Analyst at Lumen Analytics";
const GERMAN = "Ihre Bewerbung als Softwareentwickler (m/w/d) Embedded Systems";
const BANNER = '[data-debrief="banner"]';

const browser = useExtensionBrowser();

async function mailTab(subject: string): Promise<Page> {
  const page = await browser().context.newPage();
  await page.goto(DEMO_URLS.gmail);
  await openConversation(page, subject);
  await page.locator(FILLED_BANNER).waitFor({ state: "visible" });
  return page;
}

/** What the background holds for the tab showing `subject` (it hears of it as the banner shows). */
async function openIn(page: Page, subject: string): Promise<OpenEmailState> {
  for (let tries = 0; tries < 100; tries++) {
    const found = (await openEmails(browser())).find((open) => open.email.subject === subject);
    if (found) return found;
    await page.waitForTimeout(100);
  }
  throw new Error(`the background never heard of "${subject}"`);
}

describe("a compromised mail page", () => {
  let tabA: Page;
  let tabB: Page;
  let inA: OpenEmailState;
  let inB: OpenEmailState;

  beforeAll(async () => {
    tabA = await mailTab(LUMEN);
    tabB = await mailTab(GERMAN);
    inA = await openIn(tabA, LUMEN);
    inB = await openIn(tabB, GERMAN);
  });
  afterAll(async () => {
    await tabA?.close();
    await tabB?.close();
  });

  it("cannot read the email open in another tab, nor its own, through the background", async () => {
    expect(inA.tabId).not.toBe(inB.tabId);
    const world = await contentScriptWorld(browser(), tabA);
    for (const tabId of [inB.tabId, inA.tabId, null]) {
      const answer = await sendFrom(world, { type: "getOpenEmail", tabId });
      expect(answer.refused).toContain("only Debrief's own pages may ask this");
      expect(JSON.stringify(answer)).not.toContain(inB.email.subject);
      expect(JSON.stringify(answer)).not.toContain(inB.email.from.address);
    }
    // Naming tab B's id changes tab A's entry only.
    const forged = { ...inA.email, messageId: "msg-f:forged", subject: "Forged" };
    expect(await sendFrom(world, { type: "emailOpened", email: forged, tabId: inB.tabId })).toEqual(
      { reply: { interviews: [] } },
    );
    await sendFrom(world, { type: "emailClosed", tabId: inB.tabId });
    const open = await openEmails(browser());
    expect(open.find((each) => each.tabId === inB.tabId)?.email.subject).toBe(GERMAN);
    expect(open.find((each) => each.tabId === inA.tabId)).toBeUndefined();
    // The popup, Debrief's own page, is still told.
    const popup = await browser().context.newPage();
    await popup.goto(browser().extensionUrl("src/popup/index.html"));
    const told = await popup.evaluate(
      (tabId) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(message: object): Promise<OpenEmailState | null> } };
          }
        ).chrome.runtime.sendMessage({ type: "getOpenEmail", tabId }),
      inB.tabId,
    );
    expect(told?.email.subject).toBe(GERMAN);
    await popup.close();
    // Put tab A back as it was: its email open.
    await sendFrom(world, { type: "emailOpened", email: inA.email });
  });

  it("cannot act on an interview it was not offered, nor send what the background does not take", async () => {
    // Tab B's user makes an interview from the German email, with a real click.
    await bannerProbe(tabB).click("Add to your interviews");
    await expect.poll(() => bannerProbe(tabB).status()).toContain("Interview created");
    const [made] = await storedRows<{ id: number; status: string; threads: unknown[] }>(
      browser(),
      "interviews",
    );
    expect(made?.status).toBe("active");
    const rowsBefore = {
      interviews: await storedRows(browser(), "interviews"),
      verdicts: await storedRows(browser(), "verdicts"),
      followUps: await storedRows(browser(), "followUps"),
    };

    const world = await contentScriptWorld(browser(), tabA);
    const rejection = { email: inA.email, language: "en" };
    for (const interviewId of [made?.id, 999]) {
      for (const type of [
        "chooseInterview",
        "draftFeedbackRequest",
        "feedbackRequestDrafted",
        "logRejection",
      ]) {
        const answer = await sendFrom(world, { type, rejection, interviewId });
        expect(answer.refused, `${type} ${interviewId}`).toContain(
          `interview ${interviewId} is not one offered for this email`,
        );
        // The refused draft did not carry the other interview's details into tab A.
        expect(JSON.stringify(answer)).not.toContain("Katrin");
      }
    }
    for (const bad of [
      { type: "rejectionOpened", rejection: { ...rejection, email: { ...inA.email, body: 7 } } },
      {
        type: "notARejection",
        rejection: { ...rejection, email: { ...inA.email, subject: "x".repeat(5000) } },
      },
      { type: "deleteEverything" },
    ]) {
      expect((await sendFrom(world, bad)).refused).toMatch(/^Debrief: \w+: /);
    }
    expect({
      interviews: await storedRows(browser(), "interviews"),
      verdicts: await storedRows(browser(), "verdicts"),
      followUps: await storedRows(browser(), "followUps"),
    }).toEqual(rowsBefore);
  });

  it("cannot read its banner, nor press its buttons, from the page or with made-up events", async () => {
    const messageKey = `gmail:${inA.email.messageId}`;
    const verdictOfA = async () =>
      (await storedRows<{ messageKey: string; decision: string }>(browser(), "verdicts")).find(
        (verdict) => verdict.messageKey === messageKey,
      );
    expect((await verdictOfA())?.decision).toBe("rejection");

    // The page's own scripts see the element and nothing inside it.
    const fromPage = await tabA.evaluate((selector) => {
      const host = document.querySelector(selector) as HTMLElement;
      const buttons = [...document.querySelectorAll("button")].map((b) => b.textContent ?? "");
      for (const type of ["mousedown", "mouseup", "click"])
        host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      host.click();
      host.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      return {
        shadowRoot: host.shadowRoot === null,
        text: host.textContent,
        // biome-ignore lint/performance/useDomNodeTextContent: the words drawn, as a script could read them
        innerText: host.innerText,
        notARejection: buttons.filter((name) => name.includes("Not a rejection")).length,
      };
    }, BANNER);
    expect(fromPage).toEqual({ shadowRoot: true, text: "", innerText: "", notARejection: 0 });

    // Even code in the content script's world, which can open the closed root, makes only
    // untrusted clicks: the banner ignores them.
    const world = await contentScriptWorld(browser(), tabA);
    const { result } = await world.cdp.send("Runtime.evaluate", {
      contextId: world.contextId,
      expression: `(() => {
        const root = chrome.dom.openOrClosedShadowRoot(document.querySelector(${JSON.stringify(BANNER)}));
        const pressed = [];
        for (const button of root.querySelectorAll("button")) {
          button.click();
          button.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
          pressed.push(button.textContent);
        }
        return pressed;
      })()`,
      returnByValue: true,
    });
    expect(result.value).toContain("Not a rejection");
    await tabA.waitForTimeout(500);
    const banner = bannerProbe(tabA);
    expect(await banner.shown()).toBe(true);
    expect(await banner.status()).toBe("");
    // "More" stayed shut: none of the phrases it lists is shown.
    const shownText = await banner.text();
    const phrases = await banner.quotes();
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.filter((phrase) => shownText.includes(phrase))).toEqual([]);
    expect((await verdictOfA())?.decision).toBe("rejection");
    expect(await storedRows(browser(), "followUps")).toEqual([]);

    // The user's own click does what it says.
    await banner.click("Not a rejection");
    await expect.poll(() => tabA.locator(BANNER).count()).toBe(0);
    await expect.poll(async () => (await verdictOfA())?.decision).toBe("not_rejection");
  });

  it("keeps the banner's buttons working from the keyboard", async () => {
    const banner = bannerProbe(tabB);
    await banner.focus("More");
    await tabB.keyboard.press(" ");
    const phrases = await banner.quotes();
    expect(phrases.length).toBeGreaterThan(0);
    await expect.poll(() => banner.text()).toContain(phrases[0]);
    await banner.focus("Mark as rejected, without replying");
    await tabB.keyboard.press("Enter");
    await expect.poll(() => banner.status()).toBe("Marked as rejected.");
  });
});
