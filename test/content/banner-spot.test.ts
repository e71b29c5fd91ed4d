// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { gmailBannerSpot } from "../../src/content/gmail/banner-spot";
import { gmailAdapter } from "../../src/content/gmail/read";
import { outlookBannerSpot } from "../../src/content/outlook/banner-spot";
import { outlookAdapter } from "../../src/content/outlook/read";
import { type DemoPage, openDemo, openStatic, readFixture, throwingDocument } from "./pages";

const GMAIL = "https://mail.google.com/mail/u/0/";
const LUMEN = "FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG";
const LUMEN_NEWEST = "msg-f:1782318250946271591";
const LUMEN_FIRST = "msg-f:1781042118350512401";
const OUTLOOK = "https://outlook.live.com";
const LUMEN_REJECTION_ITEM =
  "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAYdniOjBUukoe5ETQg80ViuUAhpIOT9j0ZhOg6TlTAAA=";

let page: DemoPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function foundId(found: ReturnType<typeof gmailAdapter.findOpenMessage>): string {
  if (found.kind !== "message") throw new Error(`expected a message, got ${found.kind}`);
  return found.messageId;
}

describe("the banner's place in Gmail", () => {
  it("is the newest message's element, inside its open list item, after the earlier messages", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox/${LUMEN}`);
    const spot = gmailBannerSpot(page.document, LUMEN_NEWEST);
    expect(spot?.matches("div.adn")).toBe(true);
    expect(spot?.getAttribute("data-message-id")).toBe(`#${LUMEN_NEWEST}`);
    const item = spot?.closest(".h7");
    const items = [...page.document.querySelectorAll("[role=main] [role=list] > [role=listitem]")];
    expect(item).toBe(items[items.length - 1]);
  });

  it("is none for a message not shown: unknown, or in the view Gmail keeps hidden", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox/${LUMEN}`);
    expect(gmailBannerSpot(page.document, "msg-f:1")).toBeNull();
    page.window.location.hash = "#inbox";
    await page.settle();
    expect(page.document.querySelector(`[data-message-id="#${LUMEN_NEWEST}"]`)).not.toBeNull();
    expect(gmailBannerSpot(page.document, LUMEN_NEWEST)).toBeNull();
  });

  it("can name an older message too (it is the id that counts)", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox/${LUMEN}`);
    expect(gmailBannerSpot(page.document, LUMEN_FIRST)?.closest(".kv")).not.toBeNull();
  });

  it("is found on the fixture pages, legacy ids included, for the message the reader finds", async () => {
    page = await openStatic(
      readFixture("gmail", "conversation-2026-11.html"),
      `${GMAIL}#inbox/FMfcgzQXLqWnRsTvBcDfGhJkLmNpQrSt`,
    );
    const id = foundId(gmailAdapter.findOpenMessage(page.document, page.url()));
    const spot = gmailBannerSpot(page.document, id);
    expect(spot?.matches("div.adn")).toBe(true);
    await page.close();
    page = await openStatic(readFixture("gmail", "preview-pane-2026-11.html"), `${GMAIL}#inbox`);
    const legacy = foundId(gmailAdapter.findOpenMessage(page.document, page.url()));
    expect(gmailBannerSpot(page.document, legacy)?.matches("div.adn")).toBe(true);
  });

  it("never throws", () => {
    expect(gmailBannerSpot(throwingDocument("gone"), LUMEN_NEWEST)).toBeNull();
  });
});

describe("the banner's place in Outlook", () => {
  const lumenUrl = `${OUTLOOK}/mail/inbox/id/${encodeURIComponent(LUMEN_REJECTION_ITEM)}`;

  it("is the open message's wrapper, below the subject, newest on top", async () => {
    page = await openDemo("outlook", lumenUrl);
    const spot = outlookBannerSpot(page.document, LUMEN_REJECTION_ITEM);
    expect(spot?.matches(".aVla3")).toBe(true);
    expect(spot?.querySelector("[id^=UniqueMessageBody]")?.textContent).toContain(
      "not to move forward",
    );
    expect(spot).toBe(page.document.querySelector(".aVla3"));
  });

  it("is none when another message is open", async () => {
    page = await openDemo("outlook", lumenUrl);
    expect(outlookBannerSpot(page.document, "AAMkOther")).toBeNull();
  });

  it("falls back to the message's outermost own wrapper when the hashed class changes", async () => {
    page = await openDemo("outlook", lumenUrl);
    const wrapper = page.document.querySelector(".aVla3") as Element;
    for (const each of page.document.querySelectorAll(".aVla3")) each.classList.remove("aVla3");
    expect(outlookBannerSpot(page.document, LUMEN_REJECTION_ITEM)).toBe(wrapper);
  });

  it("is found on the fixture pages, German and full view", async () => {
    page = await openStatic(
      readFixture("outlook", "reading-pane-de-2025-12.html"),
      "https://outlook.office365.com/mail/inbox",
    );
    const id = foundId(outlookAdapter.findOpenMessage(page.document, page.url()));
    const spot = outlookBannerSpot(page.document, id);
    expect(spot?.textContent).toContain("Leider haben wir");
    // Newest on top: the first of the two messages.
    expect(spot).toBe(page.document.querySelector(".aVla3"));
    expect(page.document.querySelectorAll(".aVla3")).toHaveLength(2);
    await page.close();
    const itemId = "AAMkADdemoHaddad/+item000000000000000000AAA=";
    page = await openStatic(
      readFixture("outlook", "full-view-2026-11.html"),
      `${OUTLOOK}/mail/0/inbox/id/${encodeURIComponent(itemId)}`,
    );
    const full = outlookBannerSpot(page.document, itemId);
    expect(full?.textContent).toContain("Unfortunately we will not be moving forward");
    expect(full?.querySelector("[id^=CONV_]")).toBeNull();
  });

  it("never throws", () => {
    expect(outlookBannerSpot(throwingDocument("gone"), LUMEN_REJECTION_ITEM)).toBeNull();
  });
});
