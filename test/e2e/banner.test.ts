import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { type BannerProbe, bannerProbe, filledBanner } from "../../scripts/lib/banner-probe";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";
import { openConversation, useExtensionBrowser } from "./harness";
import {
  assignsMarkup,
  BUTTONS,
  CLIENTS,
  expectAbove,
  FEEDBACK_ADDED,
  TRUSTED_TYPES_HEADERS,
} from "./mail-clients";

const SUBJECTS = {
  lumen: "Interview: Senior Product Analyst at Lumen Analytics",
  harbourline: "Your application for Operations Coordinator (ref. HL-2291)",
  german: "Ihre Bewerbung als Softwareentwickler (m/w/d) Embedded Systems",
  offer: "Offer of employment: Data Engineer at Cobalt & Pine",
  invitation: "Interview invitation: UX Researcher, Brightwell Health",
  received: "We've received your application: Marketing Associate",
  bookClub: "Book club: vote for November's pick",
  /** Says no in words the phrase rules do not know; the learned model catches it. */
  fernhill: "Your interview at Fernhill Studio",
};
const REJECTIONS = [SUBJECTS.lumen, SUBJECTS.harbourline, SUBJECTS.german];
const GMAIL_THREADS: Record<string, string> = {
  [SUBJECTS.lumen]: "FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG",
  [SUBJECTS.harbourline]: "FMfcgzQXKbvNcRsDpwLqZtHmgXJfVkWs",
  [SUBJECTS.german]: "FMfcgzQXKdBrLmWqTzxHcNsVpJkfGtRw",
  [SUBJECTS.offer]: "FMfcgzQXKbzMwTqRjcsLpHnVdXfGkBtN",
  [SUBJECTS.bookClub]: "FMfcgzQXKcXqLnBvTsRdHwMzpKjgFhYt",
};
const BANNER = "[data-debrief=banner]";

type Host = "gmail" | "outlook";

/** Opens a conversation from the list; in Gmail the list is hidden behind an open conversation. */
async function open(page: Page, host: Host, subject: string): Promise<void> {
  if (host === "gmail" && (await page.evaluate(() => location.hash)) !== "#inbox") {
    await page.evaluate(() => {
      location.hash = "#inbox";
    });
  }
  await openConversation(page, subject);
}

/**
 * Waits until `subject` is the conversation on screen, then long enough for the content script to
 * have read it, classified it and heard back from the background (that takes a few tens of
 * milliseconds; a banner not there after this would not come).
 */
async function settledOn(page: Page, subject: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.querySelectorAll("h2.hP, [id^=CONV_][id$=_SUBJECT]")]
            .find((element) => (element as HTMLElement).checkVisibility())
            ?.textContent?.trim() ?? "",
      ),
    )
    .toBe(subject);
  await page.waitForTimeout(600);
}

/** Waits for the banner to show, and returns a way to read and press it (its shadow root is closed). */
async function visibleBanner(page: Page): Promise<BannerProbe> {
  return filledBanner(page);
}

async function bannerCount(page: Page): Promise<number> {
  return page.locator(BANNER).count();
}

/**
 * The three buttons every banner has, in order. Without a matching interview the banner also offers
 * "Add to your interviews", before them.
 */
async function mainButtons(banner: BannerProbe): Promise<string[]> {
  return (await banner.buttons()).filter((name) => name !== "Add to your interviews");
}

/**
 * The banner's height when it goes up and when it has filled in, for each banner inserted from
 * now on: measured in the observer's callback, before the page paints either.
 */
async function recordHeights(
  page: Page,
): Promise<() => Promise<{ pending: number; filled: number }[]>> {
  await page.evaluate((selector) => {
    const scope = window as unknown as { heights: { pending: number; filled: number }[] };
    scope.heights = [];
    const seen = new Map<Element, { pending: number; filled: number }>();
    new MutationObserver(() => {
      for (const banner of document.querySelectorAll(selector)) {
        const state = banner.getAttribute("data-debrief-state");
        let entry = seen.get(banner);
        if (!entry) {
          entry = { pending: Number.NaN, filled: Number.NaN };
          seen.set(banner, entry);
          scope.heights.push(entry);
        }
        const height = banner.getBoundingClientRect().height;
        if (state === "pending" && Number.isNaN(entry.pending)) entry.pending = height;
        if (state === "filled" && Number.isNaN(entry.filled)) entry.filled = height;
      }
    }).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["data-debrief-state"],
    });
  }, BANNER);
  return () =>
    page.evaluate(() =>
      (window as unknown as { heights: { pending: number; filled: number }[] }).heights.slice(),
    );
}

/** True when the banner stands just before the newest message of the shown conversation. */
async function aboveNewestMessage(page: Page): Promise<boolean> {
  return page.evaluate((selector) => {
    const banner = document.querySelector(selector);
    const next = banner?.nextElementSibling;
    if (!next) return false;
    const shown = (element: Element) => (element as HTMLElement).checkVisibility();
    if (next.matches("div.adn")) {
      const messages = [...document.querySelectorAll("div.adn[data-message-id]")].filter(shown);
      return messages[messages.length - 1] === next;
    }
    return [...document.querySelectorAll(".aVla3")].filter(shown)[0] === next;
  }, BANNER);
}

interface Snapshot {
  total: number;
  shown: number;
  subject: string;
  onNewest: boolean;
}

/** Records, at every change of the page, how many banners there are and where they stand. */
async function recordBanners(page: Page): Promise<() => Promise<Snapshot[]>> {
  await page.evaluate((selector) => {
    const scope = window as unknown as { bannerLog: unknown[] };
    scope.bannerLog = [];
    const shown = (element: Element) => (element as HTMLElement).checkVisibility();
    const snap = () => {
      const banners = [...document.querySelectorAll(selector)];
      const visible = banners.filter(shown);
      const subject = [...document.querySelectorAll("h2.hP, [id^=CONV_][id$=_SUBJECT]")].find(
        shown,
      );
      const next = visible[0]?.nextElementSibling;
      let onNewest = true;
      if (next?.matches("div.adn")) {
        const messages = [...document.querySelectorAll("div.adn[data-message-id]")].filter(shown);
        onNewest = messages[messages.length - 1] === next;
      } else if (next) {
        onNewest = [...document.querySelectorAll(".aVla3")].filter(shown)[0] === next;
      }
      scope.bannerLog.push({
        total: banners.length,
        shown: visible.length,
        subject: subject?.textContent?.trim() ?? "",
        onNewest,
      });
    };
    new MutationObserver(snap).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["style", "class"],
    });
  }, BANNER);
  return () =>
    page.evaluate(() => (window as unknown as { bannerLog: Snapshot[] }).bannerLog.slice());
}

/** The reply editor's text, with line breaks where the editor has blocks. */
async function editorText(page: Page, host: Host): Promise<string> {
  return page.evaluate((selector) => {
    const editor = [...document.querySelectorAll(selector)].find((element) =>
      (element as HTMLElement).checkVisibility(),
    );
    return editor?.textContent ?? "";
  }, CLIENTS[host].editor);
}

describe.each(["gmail", "outlook"] as const)("in %s, the rejection banner", (host) => {
  const browser = useExtensionBrowser();
  const client = CLIENTS[host];
  const pages: Page[] = [];
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });

  async function mailPage(): Promise<{ page: Page; errors: string[] }> {
    const page = await browser().context.newPage();
    pages.push(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(client.url);
    return { page, errors };
  }

  it("stands above the newest message of a three-message rejection, with its three buttons", async () => {
    const { page, errors } = await mailPage();
    await open(page, host, SUBJECTS.lumen);
    const banner = await visibleBanner(page);
    expect(await mainButtons(banner)).toEqual(BUTTONS);
    for (const name of BUTTONS) {
      expect((await banner.buttons()).filter((each) => each === name)).toHaveLength(1);
    }
    expect((await banner.text()).split("\n")).toContain(
      "This looks like a rejection from Lumen Analytics",
    );
    expect(await aboveNewestMessage(page)).toBe(true);
    expect(await bannerCount(page)).toBe(1);
    // More lists the phrases that decided.
    await banner.click("More");
    const [phrase] = await banner.quotes();
    expect(phrase).toBeTruthy();
    await expect.poll(() => banner.text()).toContain(phrase);
    // Keyboard: the buttons are reachable with Tab and show where focus is.
    await banner.focus("Ask for feedback");
    await page.keyboard.press("Tab");
    expect(await banner.focused()).toBe("Not a rejection");
    await page.keyboard.press("Tab");
    expect(await banner.focused()).toBe("More");
    expect(errors).toEqual([]);
  });

  it("appears on a rejection only the learned model catches, and More quotes the email's words it weighed", async () => {
    const { page } = await mailPage();
    await open(page, host, SUBJECTS.fernhill);
    const banner = await visibleBanner(page);
    expect(await banner.buttons()).toContain("Ask for feedback");
    expect(await aboveNewestMessage(page)).toBe(true);
    await banner.click("More");
    await expect.poll(async () => (await banner.quotes()).length).toBeGreaterThan(0);
    const body =
      "Thanks for meeting the team on Tuesday for the Product Designer position. The team has now reached a decision, and it is not the outcome you were hoping for.";
    for (const quote of await banner.quotes()) {
      expect(`${SUBJECTS.fernhill} ${body} Best of luck, Nina Osei`).toContain(quote);
    }
  });

  it("appears on a one-message rejection after an application", async () => {
    const { page } = await mailPage();
    await open(page, host, SUBJECTS.harbourline);
    const banner = await visibleBanner(page);
    expect(await banner.buttons()).toContain("Ask for feedback");
    expect(await aboveNewestMessage(page)).toBe(true);
  });

  it("does not appear on look-alikes: an offer, an invitation, an application received", async () => {
    const { page } = await mailPage();
    const log = await recordBanners(page);
    for (const subject of [SUBJECTS.offer, SUBJECTS.invitation, SUBJECTS.received]) {
      await open(page, host, subject);
      await settledOn(page, subject);
      expect(await bannerCount(page), subject).toBe(0);
    }
    expect((await log()).filter((snapshot) => snapshot.total > 0)).toEqual([]);
  });

  it("appears on the German rejection", async () => {
    const { page } = await mailPage();
    await open(page, host, SUBJECTS.german);
    const banner = await visibleBanner(page);
    expect(await mainButtons(banner)).toEqual(BUTTONS);
    expect(await aboveNewestMessage(page)).toBe(true);
  });

  it("is never two and never stale while the user switches quickly between emails", async () => {
    const { page, errors } = await mailPage();
    const log = await recordBanners(page);
    const sequence = [
      SUBJECTS.lumen,
      SUBJECTS.harbourline,
      SUBJECTS.offer,
      SUBJECTS.lumen,
      SUBJECTS.offer,
      SUBJECTS.harbourline,
      SUBJECTS.bookClub,
    ];
    for (const subject of sequence) {
      if (host === "gmail") {
        // As fast as a user on keyboard shortcuts: straight from one conversation to the next.
        await page.evaluate((thread) => {
          location.hash = `#inbox/${thread}`;
        }, GMAIL_THREADS[subject] ?? "");
      } else {
        await openConversation(page, subject);
      }
      await page.waitForTimeout(30);
    }
    await settledOn(page, SUBJECTS.bookClub);
    expect(await bannerCount(page)).toBe(0);
    await open(page, host, SUBJECTS.lumen);
    await visibleBanner(page);
    expect(await aboveNewestMessage(page)).toBe(true);

    const snapshots = await log();
    expect(Math.max(...snapshots.map((snapshot) => snapshot.total))).toBe(1);
    const stale = snapshots.filter(
      (snapshot) =>
        snapshot.shown > 0 && (!REJECTIONS.includes(snapshot.subject) || !snapshot.onNewest),
    );
    expect(stale).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("Ask for feedback writes the request into the reply, above the quoted text, and says so", async () => {
    const { page } = await mailPage();
    await open(page, host, SUBJECTS.lumen);
    const banner = await visibleBanner(page);
    await banner.click("Ask for feedback");
    await expect.poll(() => banner.status()).toBe(FEEDBACK_ADDED);
    const text = await editorText(page, host);
    expect(text).toContain("Maya");
    expect(text).toContain("Senior Product Analyst");
    expectAbove(text, "Maya", client.below);
    expectAbove(text, "Senior Product Analyst", client.below);
    // The reply re-rendered the conversation; the banner is back above the message, alone.
    await expect.poll(() => bannerCount(page)).toBe(1);
    expect(await aboveNewestMessage(page)).toBe(true);
    await expect.poll(() => banner.buttons()).toContain("Ask again");
    expect(
      (await banner.text()).split("\n").filter((line) => /^You asked for feedback on /.test(line)),
    ).toHaveLength(1);
  });

  it("keeps what the user already typed in an open reply box", async () => {
    const { page } = await mailPage();
    await open(page, host, SUBJECTS.lumen);
    await visibleBanner(page);
    await page.locator(client.replyControl).first().click();
    const editor = page.locator(client.editor).first();
    await editor.waitFor({ state: "visible" });
    await editor.click({ position: { x: 10, y: 8 } });
    await page.keyboard.type("A note I wrote first.");
    const banner = bannerProbe(page);
    // Feedback was asked for in the test before, so the button now reads "Ask again".
    await banner.click(/^Ask (for feedback|again)$/);
    await expect.poll(() => banner.status()).toBe(FEEDBACK_ADDED);
    const text = await editorText(page, host);
    expect(text).toContain("A note I wrote first.");
    expect(text).toContain("Senior Product Analyst");
    expectAbove(text, "A note I wrote first.", client.below);
    expectAbove(text, "Senior Product Analyst", client.below);
  });

  it("keeps its height when it fills in, and adds the interview from the email when none matches", async () => {
    const { page } = await mailPage();
    const heights = await recordHeights(page);
    await open(page, host, SUBJECTS.german);
    const banner = await visibleBanner(page);
    const [first] = await heights();
    expect(first?.pending).toBeGreaterThan(40);
    expect(first?.filled).toBe(first?.pending);
    expect(await banner.buttons()).toContain("Add to your interviews");
    await banner.click("Add to your interviews");
    await expect.poll(() => banner.text()).toMatch(/^Your interview on /m);
    expect(await banner.status()).toContain("Interview created");
  });

  it("Not a rejection removes the banner, and it stays away when the email is opened again", async () => {
    const { page } = await mailPage();
    await open(page, host, SUBJECTS.harbourline);
    const banner = await visibleBanner(page);
    await banner.click("Not a rejection");
    await expect.poll(() => bannerCount(page)).toBe(0);
    await open(page, host, SUBJECTS.offer);
    await settledOn(page, SUBJECTS.offer);
    await open(page, host, SUBJECTS.harbourline);
    await settledOn(page, SUBJECTS.harbourline);
    expect(await bannerCount(page)).toBe(0);
    // Remembered by the background, not only by this page.
    await page.reload();
    await settledOn(page, SUBJECTS.harbourline);
    expect(await bannerCount(page)).toBe(0);
    // Known to a page from its start: the banner never enters it, not even for a frame.
    await page.goto(client.url);
    const log = await recordBanners(page);
    await open(page, host, SUBJECTS.harbourline);
    await settledOn(page, SUBJECTS.harbourline);
    await page.waitForTimeout(300);
    const snapshots = await log();
    expect(snapshots.length).toBeGreaterThan(0);
    expect(Math.max(...snapshots.map((snapshot) => snapshot.total))).toBe(0);
  });
});

describe("in Gmail served with its Trusted Types policy", () => {
  const browser = useExtensionBrowser({
    pageHeaders: TRUSTED_TYPES_HEADERS,
  });

  it("the banner still appears and Ask for feedback still works", async () => {
    const page = await browser().context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(DEMO_URLS.gmail);
    // The policy is in force: the page itself may not assign markup from a string.
    expect(await page.evaluate(assignsMarkup)).toBe("refused");
    await openConversation(page, SUBJECTS.lumen);
    const banner = await visibleBanner(page);
    expect(await mainButtons(banner)).toEqual(BUTTONS);
    await banner.click("Ask for feedback");
    await expect.poll(() => banner.status()).toBe(FEEDBACK_ADDED);
    expectAbove(await editorText(page, "gmail"), "Maya", CLIENTS.gmail.below);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("when the extension is reloaded while Gmail is open", () => {
  const browser = useExtensionBrowser();

  it("the banner says to reload the tab, and opening another rejection throws nothing", async () => {
    const page = await browser().context.newPage();
    const errors: string[] = [];
    const lines: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => lines.push(message.text()));
    await page.goto(DEMO_URLS.gmail);
    await openConversation(page, SUBJECTS.lumen);
    const banner = await visibleBanner(page);
    // The banner on screen, filled in by the background's answer.
    await expect.poll(() => banner.text()).toContain("Lumen Analytics");

    await browser()
      .worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload(),
      )
      .catch(() => {});

    // The next change of the page (here a node the page adds) shows the orphaned script it is alone.
    await page.evaluate(() => document.body.append(document.createElement("span")));
    await expect
      .poll(() => banner.status())
      .toBe("Debrief was updated. Reload this tab to use it again.");
    expect(await banner.isDisabled("Ask for feedback")).toBe(true);

    // The console line comes through the browser's protocol, a moment after the page said it.
    await expect
      .poll(() => lines.filter((line) => line.startsWith("Debrief:")))
      .toEqual([expect.stringContaining("reload this tab")]);
    await open(page, "gmail", SUBJECTS.harbourline);
    // Time for a banner that would come: none may.
    await page.waitForTimeout(500);
    // The orphaned script has stopped: no new banner, nothing thrown into the page, said once.
    expect(await page.locator(BANNER).filter({ visible: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    expect(lines.filter((line) => line.startsWith("Debrief:"))).toEqual([
      expect.stringContaining("reload this tab"),
    ]);
    await page.close();
  });
});

describe("in a Gmail whose markup Debrief does not know", () => {
  const browser = useExtensionBrowser();

  it("shows nothing, says so once in the console, and throws nothing", async () => {
    const page = await browser().context.newPage();
    const errors: string[] = [];
    const lines: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => lines.push(message.text()));
    await page.goto(DEMO_URLS.gmail);
    // As if Gmail renamed its message markup: the ids and classes Debrief looks for never arrive.
    await page.evaluate(() => {
      const rename = (root: ParentNode) => {
        for (const element of root.querySelectorAll("[data-message-id], .adn, .h7, .kv")) {
          element.removeAttribute("data-message-id");
          element.removeAttribute("data-legacy-message-id");
          element.classList.remove("adn", "ads", "h7", "kv");
        }
      };
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) if (node instanceof Element) rename(node);
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    for (const subject of [SUBJECTS.lumen, SUBJECTS.harbourline]) {
      await open(page, "gmail", subject);
      await settledOn(page, subject);
    }
    // Said once the script has looked for the place above the message, however long that takes.
    await expect
      .poll(() => lines.filter((line) => line.startsWith("Debrief:")))
      .toEqual([expect.stringContaining("markup is not one Debrief knows")]);
    expect(await page.locator(BANNER).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
