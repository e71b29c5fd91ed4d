import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { build, type Plugin } from "vite";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_URLS, MAILBOX_DIR } from "../../scripts/lib/demo-mailbox";
import { ROOT } from "../../scripts/lib/extension-browser";
import type { ReplyResult } from "../../src/content/host";
import { openConversation, useExtensionBrowser } from "./harness";

/*
 * The reply step in the real Chromium, on the demo mailbox at the real addresses and on a real Gmail
 * compose window. The banner that will call it is not wired yet, so the test bundles the real
 * modules (src/content/{gmail,outlook}/reply.ts) and runs them where a content script runs: in an
 * isolated world of the page (made through the DevTools protocol), not in the page's own world.
 */

const browser = useExtensionBrowser();

const REJECTION = "Interview: Senior Product Analyst at Lumen Analytics";
const GMAIL_MESSAGE = "msg-f:1782318250946271591";
const OUTLOOK_MESSAGE =
  "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAYdniOjBUukoe5ETQg80ViuUAhpIOT9j0ZhOg6TlTAAA=";
const REAL_COMPOSE = resolve(
  ROOT,
  "..",
  "shared",
  "fixtures",
  "real",
  "gmail-compose-dialog-2020.html",
);

const REQUEST = [
  "Hi Maya,",
  "",
  "Thank you for letting me know, and for your time on the Senior Product Analyst panel on 14 October.",
  "",
  "If you have a moment, I would be grateful for any feedback: what could I have done better, and which skills would you suggest I strengthen?",
  "",
  "I hope our paths cross again.",
  "",
  "Best wishes,",
  "Jordan",
].join("\n");
const FIRST_LINE = "Hi Maya,";
const USER_TEXT = "Thanks again, I enjoyed meeting the team.";
const QUESTION_LINE = REQUEST.split("\n")[4] ?? "";

// ---- Running the real modules in an isolated world -------------------------------------------

const ENTRY = "virtual:debrief-reply-e2e";
let bundle = "";

beforeAll(async () => {
  const source = (path: string) => JSON.stringify(resolve(ROOT, path));
  const entry: Plugin = {
    name: "debrief-reply-e2e-entry",
    enforce: "pre",
    // Vite hands the lib entry over as a path under the root.
    resolveId: (id) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : null),
    load: (id) =>
      id === `\0${ENTRY}`
        ? [
            `export * as gmail from ${source("src/content/gmail/reply.ts")};`,
            `export * as gmailSelectors from ${source("src/content/gmail/selectors.ts")};`,
            `export * as outlook from ${source("src/content/outlook/reply.ts")};`,
            `export * as insertText from ${source("src/content/reply/type-text.ts")};`,
          ].join("\n")
        : null,
  };
  const output = await build({
    configFile: false,
    logLevel: "silent",
    root: ROOT,
    plugins: [entry],
    build: {
      write: false,
      minify: false,
      target: "chrome120",
      lib: { entry: ENTRY, formats: ["iife"], name: "DebriefReply", fileName: "reply" },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!("output" in result)) continue;
    for (const chunk of result.output) if (chunk.type === "chunk") bundle = chunk.code;
  }
  expect(bundle).toContain("DebriefReply");
});

type Run = <T>(expression: string) => Promise<T>;

/** Loads the bundle into a new isolated world of the page's main frame; gives a way to run code there. */
async function contentWorld(page: Page): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send("Page.getFrameTree");
  const { executionContextId } = await cdp.send("Page.createIsolatedWorld", {
    frameId: frameTree.frame.id,
    worldName: "debrief-reply-e2e",
  });
  const run: Run = async <T>(expression: string) => {
    const answer = await cdp.send("Runtime.evaluate", {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (answer.exceptionDetails) {
      throw new Error(
        answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text,
      );
    }
    return answer.result.value as T;
  };
  await run(`${bundle}\n;void 0`);
  return run;
}

function replyWith(run: Run, host: "gmail" | "outlook", messageId: string): Promise<ReplyResult> {
  const fn = host === "gmail" ? "gmail.gmailReplyWith" : "outlook.outlookReplyWith";
  return run<ReplyResult>(
    `DebriefReply.${fn}(document, ${JSON.stringify(messageId)}, ${JSON.stringify(REQUEST)}, new AbortController().signal)`,
  );
}

/** Records, in the page's own world, the input events its editor receives (as the client would). */
async function recordInputEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { inputType: string; trusted: boolean }[] = [];
    (window as unknown as { debriefInputs: typeof seen }).debriefInputs = seen;
    document.addEventListener(
      "input",
      (event) =>
        seen.push({ inputType: (event as InputEvent).inputType, trusted: event.isTrusted }),
      true,
    );
  });
}

function inputEvents(page: Page): Promise<{ inputType: string; trusted: boolean }[]> {
  return page.evaluate(
    () =>
      (window as unknown as { debriefInputs: { inputType: string; trusted: boolean }[] })
        .debriefInputs,
  );
}

/**
 * The editor's own lines, one per top-level node, as `tag:text` (`div:Hi Maya,`, `div:` for an empty
 * line, `br:`, `span:--`), and whether it has focus. The DOM says more exactly than innerText where
 * blank lines are (Chrome's innerText turns an empty `<div><br></div>` into three line breaks).
 */
async function layout(page: Page, editorSelector: string) {
  return page.evaluate((css) => {
    const editor = document.querySelector<HTMLElement>(css);
    if (!editor) return null;
    const lines: string[] = [];
    for (const node of editor.childNodes) {
      const text = (node.textContent ?? "").trim();
      if (node.nodeType === Node.TEXT_NODE) {
        if (text) lines.push(`#text:${text}`);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        lines.push(`${(node as Element).tagName.toLowerCase()}:${text}`);
      }
    }
    return { lines, focused: document.activeElement === editor };
  }, editorSelector);
}

/** The request as the editor's lines should hold it: one `div` per line, blank lines empty. */
const REQUEST_LINES = REQUEST.split("\n").map((line) => `div:${line}`);

function isFocused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => document.activeElement === document.querySelector(css), selector);
}

const GMAIL_EDITOR = ".ip.adB .M9 [g_editable=true]";
const OUTLOOK_EDITOR = "[role=main] [contenteditable=true][aria-multiline=true]";

async function openGmailRejection(): Promise<Page> {
  const page = await browser().context.newPage();
  await page.goto(DEMO_URLS.gmail);
  await openConversation(page, REJECTION);
  await page.locator(`[data-message-id="#${GMAIL_MESSAGE}"]`).waitFor();
  return page;
}

async function openOutlookRejection(): Promise<Page> {
  const page = await browser().context.newPage();
  await page.goto(DEMO_URLS.outlook);
  await openConversation(page, REJECTION);
  await page.locator("[aria-label='Email message'] [id^=UniqueMessageBody]").first().waitFor();
  return page;
}

// ---- Gmail -------------------------------------------------------------------------------------

describe("in Gmail (demo mailbox), replying with the feedback request", () => {
  it("opens the reply, types the request above the signature and the quote, as typing; Ctrl+Z takes it back", async () => {
    const page = await openGmailRejection();
    await recordInputEvents(page);
    const run = await contentWorld(page);

    expect(await replyWith(run, "gmail", GMAIL_MESSAGE)).toEqual({ ok: true });

    const editor = page.locator(GMAIL_EDITOR);
    await expect.poll(() => editor.textContent()).toContain(QUESTION_LINE);
    expect(await page.getByText(QUESTION_LINE, { exact: true }).isVisible()).toBe(true);
    const after = await layout(page, GMAIL_EDITOR);
    // On the box's first line, one line per paragraph, then a blank line and the signature.
    expect(after?.lines.slice(0, REQUEST_LINES.length + 2)).toEqual([
      ...REQUEST_LINES,
      "br:",
      "span:--",
    ]);
    expect(after?.focused).toBe(true);
    // Signature and quote are still there, below, untouched.
    expect(await editor.locator(".gmail_signature").textContent()).toContain("Jordan Avery");
    expect(await editor.locator(".gmail_quote").count()).toBeGreaterThan(0);
    // The editor saw real typing: trusted input events from the browser's own editing commands.
    const events = await inputEvents(page);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.trusted)).toBe(true);
    expect(events.map((event) => event.inputType)).toEqual(
      expect.arrayContaining(["insertText", "insertParagraph"]),
    );
    // Only one reply box, and nothing was sent.
    expect(await page.locator(".ip.adB .M9").count()).toBe(1);
    expect(await page.locator("[role=main] [data-message-id]:visible").count()).toBe(3);

    // One undo step takes the whole request back, leaving the box as Gmail opened it.
    await page.keyboard.press("Control+z");
    await expect.poll(() => editor.textContent()).not.toContain(QUESTION_LINE);
    expect((await layout(page, GMAIL_EDITOR))?.lines.slice(0, 3)).toEqual([
      "div:",
      "br:",
      "span:--",
    ]);
    await page.close();
  });

  it("uses the reply box already open and keeps what the user wrote, the request after it", async () => {
    const page = await openGmailRejection();
    await page.locator(".amn span.ams.bkH[role=link]").click();
    await expect.poll(() => isFocused(page, GMAIL_EDITOR)).toBe(true);
    await page.keyboard.type(USER_TEXT);
    const run = await contentWorld(page);

    expect(await replyWith(run, "gmail", GMAIL_MESSAGE)).toEqual({ ok: true });

    const after = await layout(page, GMAIL_EDITOR);
    // The user's words where they were, a blank line, the request, and the signature below.
    expect(after?.lines.slice(0, REQUEST_LINES.length + 4)).toEqual([
      `div:${USER_TEXT}`,
      "div:",
      ...REQUEST_LINES,
      "br:",
      "span:--",
    ]);
    expect(await page.locator(".ip.adB .M9").count()).toBe(1);
    await page.close();
  });

  it("says which step failed rather than throwing: an unknown message has no reply control", async () => {
    const page = await openGmailRejection();
    const run = await contentWorld(page);
    expect(await replyWith(run, "gmail", "msg-f:1")).toEqual({
      ok: false,
      reason: "no-reply-control",
    });
    expect(await page.locator(".ip.adB").count()).toBe(0);
    await page.close();
  });
});

// ---- Outlook -----------------------------------------------------------------------------------

describe("in Outlook (demo mailbox), replying with the feedback request", () => {
  it("opens the reply, types the request above the signature and the quoted message; Ctrl+Z takes it back", async () => {
    const page = await openOutlookRejection();
    await recordInputEvents(page);
    const run = await contentWorld(page);

    expect(await replyWith(run, "outlook", OUTLOOK_MESSAGE)).toEqual({ ok: true });

    const editor = page.locator(OUTLOOK_EDITOR);
    await expect.poll(() => editor.textContent()).toContain(QUESTION_LINE);
    expect(await page.getByText(QUESTION_LINE, { exact: true }).isVisible()).toBe(true);
    const after = await layout(page, OUTLOOK_EDITOR);
    // On the first line, then the blank line Outlook left, then the signature.
    expect(after?.lines.slice(0, REQUEST_LINES.length + 1)).toEqual([...REQUEST_LINES, "div:"]);
    expect(after?.lines[REQUEST_LINES.length + 1]).toMatch(/^div:Jordan Avery/);
    expect(after?.focused).toBe(true);
    expect(await editor.locator(":scope > #Signature").textContent()).toContain("Jordan Avery");
    expect(await editor.locator("#mail-editor-reference-message-container").count()).toBe(1);
    // The To field is contenteditable too; it must be untouched.
    expect(await page.locator("[aria-label=To][contenteditable=true]").textContent()).not.toContain(
      FIRST_LINE,
    );
    const events = await inputEvents(page);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.trusted)).toBe(true);

    await page.keyboard.press("Control+z");
    await expect.poll(() => editor.textContent()).not.toContain(QUESTION_LINE);
    const undone = (await layout(page, OUTLOOK_EDITOR))?.lines ?? [];
    expect(undone.slice(0, 2)).toEqual(["div:", "div:"]);
    expect(undone[2]).toMatch(/^div:Jordan Avery/);
    await page.close();
  });

  it("uses the reply already open and keeps what the user wrote, the request after it", async () => {
    const page = await openOutlookRejection();
    await page.locator("[aria-label='Message actions'] button[aria-label=Reply]").first().click();
    await expect.poll(() => isFocused(page, OUTLOOK_EDITOR)).toBe(true);
    await page.keyboard.type(USER_TEXT);
    const run = await contentWorld(page);

    expect(await replyWith(run, "outlook", OUTLOOK_MESSAGE)).toEqual({ ok: true });

    const after = await layout(page, OUTLOOK_EDITOR);
    expect(after?.lines.slice(0, REQUEST_LINES.length + 3)).toEqual([
      `div:${USER_TEXT}`,
      "div:",
      ...REQUEST_LINES,
      "div:",
    ]);
    expect(after?.lines[REQUEST_LINES.length + 3]).toMatch(/^div:Jordan Avery/);
    expect(await page.locator(OUTLOOK_EDITOR).count()).toBe(1);
    await page.close();
  });
});

// ---- Gmail's own compose markup ----------------------------------------------------------------

// The capture is shared data beside the project (../shared/fixtures/real), read when it is there.
describe.runIf(existsSync(REAL_COMPOSE))(
  "in a real Gmail compose window (2020 capture, served at mail.google.com)",
  () => {
    const address = "https://mail.google.com/debrief-test/compose-2020";

    async function openCapture(): Promise<Page> {
      const html = (await readFile(REAL_COMPOSE, "utf8")).replace(
        // Its two images point at Gmail's CDN; the test browser asks nothing of the network.
        /\/\/ssl\.gstatic\.com\/ui\/v1\/icons\/mail\/images\/cleardot\.gif/g,
        "images/cleardot.gif",
      );
      const page = await browser().context.newPage();
      await page.route(address, (route) =>
        route.fulfill({ status: 200, body: html, headers: { "content-type": "text/html" } }),
      );
      await page.goto(address);
      return page;
    }

    it("finds the g_editable body (not the plain-text textarea) and types into it with editing commands", async () => {
      const page = await openCapture();
      await recordInputEvents(page);
      const run = await contentWorld(page);
      const outcome = await run<{ editorId: string | null; outcome: string }>(`(() => {
      const editor = DebriefReply.gmail.gmailEditorIn(document.querySelector(".M9"));
      const tail = [...DebriefReply.gmailSelectors.replySignature, ...DebriefReply.gmailSelectors.quotedText];
      return { editorId: editor && editor.id, outcome: editor ? DebriefReply.insertText.typeIntoEditor(editor, ${JSON.stringify(REQUEST)}, tail) : "no editor" };
    })()`);
      expect(outcome).toEqual({ editorId: ":8o", outcome: "typed" });
      // Typed where the box's only line was, as a person typing there gets it: the first line in
      // the body itself, the next ones as Chrome's `div` paragraphs.
      const after = await layout(page, "[g_editable=true]");
      expect(after?.lines).toEqual([`#text:${FIRST_LINE}`, ...REQUEST_LINES.slice(1)]);
      expect(await page.locator("textarea[aria-label='Message Body']").inputValue()).toBe("");
      expect((await inputEvents(page)).every((event) => event.trusted)).toBe(true);
      await page.close();
    });

    it("types above a signature and a quote Gmail puts in the same body", async () => {
      const page = await openCapture();
      // What Gmail writes into a reply body, built with DOM calls in the page: an empty first line,
      // the "-- " signature and the quoted message (as in Gmail-composed mail).
      await page.evaluate(() => {
        const editor = document.querySelector("[g_editable=true]") as HTMLElement;
        const el = (tag: string, className: string, ...children: (Node | string)[]) => {
          const node = document.createElement(tag);
          if (className) node.className = className;
          node.append(...children);
          return node;
        };
        editor.replaceChildren(
          el("div", "", document.createElement("br")),
          document.createElement("br"),
          el("span", "gmail_signature_prefix", "-- "),
          document.createElement("br"),
          el("div", "gmail_signature", "Jordan Avery"),
          el(
            "div",
            "gmail_quote",
            el("div", "gmail_attr", "On Thu, Maya wrote:"),
            el("blockquote", "gmail_quote", "We have decided not to move forward."),
          ),
        );
        (editor.querySelector(".gmail_signature") as HTMLElement).dataset.smartmail =
          "gmail_signature";
      });
      const run = await contentWorld(page);
      const outcome = await run<string>(`(() => {
      const editor = DebriefReply.gmail.gmailEditorIn(document.querySelector(".M9"));
      const tail = [...DebriefReply.gmailSelectors.replySignature, ...DebriefReply.gmailSelectors.quotedText];
      return DebriefReply.insertText.typeIntoEditor(editor, ${JSON.stringify(REQUEST)}, tail);
    })()`);
      expect(outcome).toBe("typed");
      const after = await layout(page, "[g_editable=true]");
      expect(after?.lines).toEqual([
        ...REQUEST_LINES,
        "br:",
        "span:--",
        "br:",
        "div:Jordan Avery",
        "div:On Thu, Maya wrote:We have decided not to move forward.",
      ]);
      await page.close();
    });
  },
);

// ---- Under Gmail's Trusted Types policy --------------------------------------------------------

/** Sets an HTML string through innerHTML; gives the error's name when the page's policy refuses it. */
const markupProbe = `(() => {
  try {
    document.createElement("div").innerHTML = "<b>x</b>";
    return "accepted";
  } catch (error) {
    return error.name;
  }
})()`;

describe("on a Gmail page served with `require-trusted-types-for 'script'`", () => {
  it("still types the request (no markup is written), while the page itself is held to Trusted Types", async () => {
    const page = await browser().context.newPage();
    const address = "https://mail.google.com/mail/u/1/";
    const html = await readFile(resolve(MAILBOX_DIR, "gmail.html"));
    await page.route(address, (route) =>
      route.fulfill({
        status: 200,
        body: html,
        headers: {
          "content-type": "text/html; charset=utf-8",
          "content-security-policy": "require-trusted-types-for 'script'",
        },
      }),
    );
    await page.goto(`${address}#inbox`);
    await openConversation(page, REJECTION);
    await page.locator(`[data-message-id="#${GMAIL_MESSAGE}"]`).waitFor();
    // The policy is in force in the page's own world: an HTML string is refused.
    expect(await page.evaluate(markupProbe)).toBe("TypeError");

    const run = await contentWorld(page);
    // This world is held to the policy too (Chromium applies it to DevTools isolated worlds), so the
    // reply step is shown to write no markup at all, not merely to run where the policy is not.
    // (Playwright's addScriptTag is refused here: setting a script's text needs a TrustedScript.)
    expect(await run(markupProbe)).toBe("TypeError");
    expect(await replyWith(run, "gmail", GMAIL_MESSAGE)).toEqual({ ok: true });
    const after = await layout(page, GMAIL_EDITOR);
    expect(after?.lines.slice(0, REQUEST_LINES.length + 2)).toEqual([
      ...REQUEST_LINES,
      "br:",
      "span:--",
    ]);
    await page.close();
  });
});
