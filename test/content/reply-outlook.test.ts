// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { messageWithId as outlookMessage } from "../../src/content/outlook/message";
import { outlookAdapter } from "../../src/content/outlook/read";
import {
  outlookOpenEditor,
  outlookReplyControl,
  outlookReplyWith,
} from "../../src/content/outlook/reply";
import { type DemoPage, openDemo, openStatic, readFixture, throwingDocument } from "./pages";

/*
 * Finding the reply button and the reply body in Outlook's markup, on the demo mailbox and the
 * fixture pages. Text goes in by the fallback here (happy-dom has no editing commands); typing
 * proper is tested in Chromium (test/e2e/reply.test.ts).
 */

const OUTLOOK = "https://outlook.live.com";
const LUMEN_REJECTION_ITEM =
  "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAYdniOjBUukoe5ETQg80ViuUAhpIOT9j0ZhOg6TlTAAA=";
const LUMEN = `${OUTLOOK}/mail/inbox/id/${encodeURIComponent(LUMEN_REJECTION_ITEM)}`;
const REQUEST = "Hi Maya,\n\nCould you share any feedback?\n\nBest,\nJordan";
const FAST = { editorTimeoutMs: 60, settleQuietMs: 5, settleMaxMs: 20 };

let page: DemoPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const live = () => new AbortController().signal;

function lines(editor: Element): string[] {
  return [...editor.children].map(
    (child) => `${child.tagName.toLowerCase()}:${child.textContent?.trim().slice(0, 40)}`,
  );
}

/** The id the reader gives the open message now, as the banner will have it. */
function openMessageId(opened: DemoPage): string {
  const found = outlookAdapter.findOpenMessage(opened.document, opened.url());
  if (found.kind !== "message") throw new Error(`no open message: ${JSON.stringify(found)}`);
  return found.messageId;
}

describe("Outlook reply, on the demo mailbox", () => {
  it("finds the open message and the Reply button in its own toolbar, found by its icon", async () => {
    page = await openDemo("outlook", LUMEN);
    const open = outlookMessage(page.document, LUMEN_REJECTION_ITEM);
    expect(open?.pane.id).toBe("ReadingPaneContainerId");
    expect(open?.message?.getAttribute("aria-label")).toBe("Email message");
    const control = outlookReplyControl(page.document, LUMEN_REJECTION_ITEM);
    expect(control?.tagName).toBe("BUTTON");
    expect(control?.querySelector("[data-icon-name=ArrowReplyRegular]")).not.toBeNull();
    expect(open?.message?.contains(control as Node)).toBe(true);
    expect(outlookOpenEditor(page.document, LUMEN_REJECTION_ITEM)).toBeNull();
  });

  it("opens the reply and puts the request above the signature and the quoted message", async () => {
    page = await openDemo("outlook", LUMEN);
    expect(
      await outlookReplyWith(page.document, LUMEN_REJECTION_ITEM, REQUEST, live(), FAST),
    ).toEqual({ ok: true });

    const editor = outlookOpenEditor(page.document, LUMEN_REJECTION_ITEM);
    expect(editor?.getAttribute("aria-multiline")).toBe("true");
    expect(lines(editor as Element).slice(0, 9)).toEqual([
      "div:Hi Maya,",
      "div:",
      "div:Could you share any feedback?",
      "div:",
      "div:Best,",
      "div:Jordan",
      "div:",
      "div:Jordan AveryProduct analyst · Bristol",
      "div:",
    ]);
    // The To field is contenteditable too, and untouched.
    expect(
      page.document.querySelector("[aria-label=To][contenteditable=true]")?.textContent,
    ).not.toContain("Hi Maya");
  });

  it("uses the reply already open, keeping what the user wrote above the request", async () => {
    page = await openDemo("outlook", LUMEN);
    (outlookReplyControl(page.document, LUMEN_REJECTION_ITEM) as HTMLElement).click();
    const editor = outlookOpenEditor(page.document, LUMEN_REJECTION_ITEM);
    if (!editor) throw new Error("the demo opened no reply");
    editor.firstElementChild?.replaceChildren("Thanks again.");

    expect(
      await outlookReplyWith(page.document, LUMEN_REJECTION_ITEM, REQUEST, live(), FAST),
    ).toEqual({ ok: true });
    expect(outlookOpenEditor(page.document, LUMEN_REJECTION_ITEM)).toBe(editor);
    expect(lines(editor).slice(0, 3)).toEqual(["div:Thanks again.", "div:", "div:Hi Maya,"]);
    expect(
      page.document.querySelectorAll("[contenteditable=true][aria-multiline=true]"),
    ).toHaveLength(1);
  });

  it("says no-reply-control once the message with that id is no longer the open one", async () => {
    page = await openDemo("outlook", LUMEN);
    expect(await outlookReplyWith(page.document, "AAMkADstale=", REQUEST, live(), FAST)).toEqual({
      ok: false,
      reason: "no-reply-control",
    });
  });
});

describe("Outlook reply, on the fixture pages", () => {
  it("German reading pane: finds „Antworten“ by its icon, and says no-editor when nothing opens", async () => {
    page = await openStatic(
      readFixture("outlook", "reading-pane-de-2025-12.html"),
      `${OUTLOOK}/mail/inbox`,
    );
    const messageId = openMessageId(page);
    const control = outlookReplyControl(page.document, messageId);
    expect(control?.getAttribute("aria-label")).toBe("Antworten");
    expect(await outlookReplyWith(page.document, messageId, REQUEST, live(), FAST)).toEqual({
      ok: false,
      reason: "no-editor",
    });
  });

  it("full view without reply buttons: no-reply-control", async () => {
    page = await openStatic(
      readFixture("outlook", "full-view-2026-11.html"),
      `${OUTLOOK}/mail/inbox/id/AAMkADdemoHaddad%3D`,
    );
    const messageId = openMessageId(page);
    expect(await outlookReplyWith(page.document, messageId, REQUEST, live(), FAST)).toEqual({
      ok: false,
      reason: "no-reply-control",
    });
  });

  it("never throws, even when the page does", async () => {
    const broken = throwingDocument("gone");
    Object.defineProperty(broken, "URL", { value: LUMEN });
    expect(await outlookReplyWith(broken, LUMEN_REJECTION_ITEM, REQUEST, live(), FAST)).toEqual({
      ok: false,
      reason: "no-reply-control",
    });
  });
});
