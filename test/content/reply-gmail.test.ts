// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { messageWithId as gmailMessage } from "../../src/content/gmail/message";
import {
  gmailEditorIn,
  gmailOpenEditor,
  gmailReplyControl,
  gmailReplyWith,
} from "../../src/content/gmail/reply";
import * as gmail from "../../src/content/gmail/selectors";
import { typeIntoEditor } from "../../src/content/reply/type-text";
import {
  type DemoPage,
  openDemo,
  openStatic,
  readFixture,
  realFixture,
  throwingDocument,
} from "./pages";

/*
 * Finding the reply control and the editor in Gmail's markup, on the demo mailbox and the fixture
 * pages. happy-dom has no editing commands, so text goes in by the fallback here; typing proper is
 * tested in Chromium (test/e2e/reply.test.ts).
 */

const GMAIL = "https://mail.google.com/mail/u/0/";
const LUMEN = `${GMAIL}#inbox/FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG`;
const LUMEN_REJECTION = "msg-f:1782318250946271591";
const LUMEN_THANK_YOU = "msg-f:1781828402115537009";
const COFFEE_CHAT = `${GMAIL}#inbox/FMfcgzQXLqWnRsTvBcDfGhJkLmNpQrSt`;
const REQUEST = "Hi Maya,\n\nCould you share any feedback?\n\nBest,\nJordan";
const FAST = { editorTimeoutMs: 60, settleQuietMs: 5, settleMaxMs: 20 };

let page: DemoPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const live = () => new AbortController().signal;

/** The top-level lines of an editor as `tag:text`. */
function lines(editor: Element): string[] {
  return [...editor.childNodes]
    .filter((node) => node.nodeType === 1 || node.textContent?.trim())
    .map((node) =>
      node.nodeType === 1
        ? `${(node as Element).tagName.toLowerCase()}:${node.textContent?.trim()}`
        : `#text:${node.textContent?.trim()}`,
    );
}

describe("Gmail reply, on the demo mailbox", () => {
  it("finds the message's list item and its bottom Reply; no reply box is open yet", async () => {
    page = await openDemo("gmail", LUMEN);
    const message = gmailMessage(page.document, LUMEN_REJECTION);
    expect(message?.classList.contains("h7")).toBe(true);
    const control = message && gmailReplyControl(message);
    expect(control?.matches(".amn span.ams.bkH[role=link]")).toBe(true);
    expect(gmailOpenEditor(page.document, LUMEN_REJECTION)).toBeNull();
  });

  it("opens the reply and puts the request above the signature and the quote", async () => {
    page = await openDemo("gmail", LUMEN);
    const result = await gmailReplyWith(page.document, LUMEN_REJECTION, REQUEST, live(), FAST);
    expect(result).toEqual({ ok: true });

    const editor = gmailOpenEditor(page.document, LUMEN_REJECTION);
    expect(editor?.matches(".ip.adB .M9 .Ap [g_editable=true]")).toBe(true);
    expect(lines(editor as Element).slice(0, 9)).toEqual([
      "div:Hi Maya,",
      "div:",
      "div:Could you share any feedback?",
      "div:",
      "div:Best,",
      "div:Jordan",
      "br:",
      "span:--",
      "br:",
    ]);
    expect(editor?.querySelector(".gmail_quote")).not.toBeNull();
    expect(page.document.querySelectorAll(".ip.adB .M9")).toHaveLength(1);
  });

  it("uses the reply box already open, keeping what the user wrote above the request", async () => {
    page = await openDemo("gmail", LUMEN);
    (page.document.querySelector(".amn span.ams.bkH") as HTMLElement).click();
    const editor = gmailOpenEditor(page.document, LUMEN_REJECTION);
    if (!editor) throw new Error("the demo opened no reply box");
    editor.firstElementChild?.replaceChildren("Thanks again, I enjoyed meeting the team.");

    expect(await gmailReplyWith(page.document, LUMEN_REJECTION, REQUEST, live(), FAST)).toEqual({
      ok: true,
    });
    // The same box, not a second one, and the user's words first.
    expect(gmailOpenEditor(page.document, LUMEN_REJECTION)).toBe(editor);
    expect(lines(editor).slice(0, 3)).toEqual([
      "div:Thanks again, I enjoyed meeting the team.",
      "div:",
      "div:Hi Maya,",
    ]);
  });

  it("uses the reply box open in the conversation for another of its messages too", async () => {
    page = await openDemo("gmail", LUMEN);
    // The reply opens under the newest message; the thank-you note has no reply row of its own.
    (page.document.querySelector(".amn span.ams.bkH") as HTMLElement).click();
    const open = gmailOpenEditor(page.document, LUMEN_REJECTION);
    expect(open).not.toBeNull();
    expect(gmailOpenEditor(page.document, LUMEN_THANK_YOU)).toBe(open);
  });

  it("says no-reply-control for a message that is not on screen, and types nothing", async () => {
    page = await openDemo("gmail", LUMEN);
    expect(await gmailReplyWith(page.document, "msg-f:1", REQUEST, live(), FAST)).toEqual({
      ok: false,
      reason: "no-reply-control",
    });
    expect(page.document.querySelector(".ip.adB")).toBeNull();
  });

  it("gives up at once when aborted, and says so", async () => {
    page = await openDemo("gmail", LUMEN);
    const aborted = new AbortController();
    aborted.abort();
    expect(await gmailReplyWith(page.document, LUMEN_REJECTION, REQUEST, aborted.signal)).toEqual({
      ok: false,
      reason: "aborted",
    });
    expect(page.document.querySelector(".ip.adB")).toBeNull();
  });
});

describe("Gmail reply, on the fixture pages", () => {
  it("takes the shown reply row's Reply, and the header button when the row is hidden", async () => {
    page = await openStatic(readFixture("gmail", "conversation-2026-11.html"), COFFEE_CHAT);
    const message = gmailMessage(page.document, "msg-f:1790000000000000303");
    expect(gmailReplyControl(message as Element)?.matches("span.ams.bkH")).toBe(true);
    page.document.querySelector<HTMLElement>(".amn")?.setAttribute("style", "display: none");
    expect(gmailReplyControl(message as Element)?.matches("td.acX .aaq[role=button]")).toBe(true);
  });

  it("finds a message by its legacy id as well, and never in a hidden earlier view", async () => {
    page = await openStatic(readFixture("gmail", "conversation-2026-11.html"), COFFEE_CHAT);
    expect(gmailMessage(page.document, "18d8f0a6f00000ca")).toBe(
      gmailMessage(page.document, "msg-f:1790000000000000202"),
    );
    expect(gmailMessage(page.document, "msg-f:1790000000000000001")).toBeNull();
  });

  it("says no-reply-control for an open message without reply controls", async () => {
    page = await openStatic(readFixture("gmail", "conversation-2026-11.html"), COFFEE_CHAT);
    const result = await gmailReplyWith(
      page.document,
      "msg-f:1790000000000000202",
      REQUEST,
      live(),
      FAST,
    );
    expect(result).toEqual({ ok: false, reason: "no-reply-control" });
  });

  it("says no-editor when the reply control opens nothing in time", async () => {
    page = await openStatic(readFixture("gmail", "conversation-2026-11.html"), COFFEE_CHAT);
    const result = await gmailReplyWith(
      page.document,
      "msg-f:1790000000000000303",
      REQUEST,
      live(),
      FAST,
    );
    expect(result).toEqual({ ok: false, reason: "no-editor" });
  });

  it("says aborted when the signal aborts while waiting for the editor", async () => {
    page = await openStatic(readFixture("gmail", "conversation-2026-11.html"), COFFEE_CHAT);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    const result = await gmailReplyWith(
      page.document,
      "msg-f:1790000000000000303",
      REQUEST,
      controller.signal,
    );
    expect(result).toEqual({ ok: false, reason: "aborted" });
  });

  it("never throws, even when the page does", async () => {
    const result = await gmailReplyWith(
      throwingDocument("gone"),
      LUMEN_REJECTION,
      REQUEST,
      live(),
      FAST,
    );
    expect(result).toEqual({ ok: false, reason: "no-reply-control" });
  });
});

describe.runIf(realFixture("gmail-compose-dialog-2020.html"))(
  "Gmail's own compose window (2020 capture)",
  () => {
    it("finds the g_editable body, not the hidden plain-text textarea, and the request goes in at the start", async () => {
      page = await openStatic(
        realFixture("gmail-compose-dialog-2020.html") ?? "",
        `${GMAIL}#inbox?compose=new`,
      );
      const box = page.document.querySelector(".M9");
      const editor = gmailEditorIn(box as Element);
      expect(editor?.id).toBe(":8o");
      expect(editor?.matches("div.Am.Al.editable[role=textbox][aria-multiline=true]")).toBe(true);

      const tail = [...gmail.replySignature, ...gmail.quotedText];
      expect(typeIntoEditor(editor as HTMLElement, REQUEST, tail)).toBe("inserted");
      expect(lines(editor as HTMLElement).slice(0, 2)).toEqual(["div:Hi Maya,", "div:"]);
      expect(page.document.querySelector("textarea")?.value).toBe("");
    });
  },
);
