// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import { afterEach, describe, expect, it } from "vitest";
import { gmailAdapter } from "../../src/content/gmail/read";
import type { HostAdapter } from "../../src/content/host";
import { outlookAdapter } from "../../src/content/outlook/read";
import { MAX_SAMPLE_BYTES, takePageSample } from "../../src/content/page-sample";
import { READER_SELECTORS, sampleRoot } from "../../src/content/sample-root";
import { SELECTOR_LISTS } from "../../src/content/selector-lists";
import type { MailHost, OpenedEmail } from "../../src/core/email";
import {
  type DemoPage,
  emailOf,
  findAndRead,
  mailboxDir,
  openDemo,
  openStatic,
  pageSampleOf,
  readFixture,
} from "./pages";

const ADAPTERS: Record<MailHost, HostAdapter> = { gmail: gmailAdapter, outlook: outlookAdapter };
const HEADER = /^<!-- debrief-page-sample (\{.*\}) -->\n/;

const pages: DemoPage[] = [];
afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

async function open(page: Promise<DemoPage>): Promise<DemoPage> {
  const opened = await page;
  pages.push(opened);
  return opened;
}

function sampleOf(client: MailHost, page: DemoPage, missing = ""): string {
  return pageSampleOf(client, page, missing, {
    selectorHits: { "outlook.body": [3, 1, 0, 0, 2] },
  });
}

function split(sample: string): { header: Record<string, unknown>; markup: string } {
  const match = HEADER.exec(sample);
  if (!match) throw new Error(`no sample header in ${sample.slice(0, 200)}`);
  return {
    header: JSON.parse(match[1] ?? "") as Record<string, unknown>,
    markup: sample.slice(match[0].length),
  };
}

/** The words a reader took from the page: who it is from, its subject, its body. */
function wordsOf(email: OpenedEmail): string[] {
  const text = [email.from.name, email.from.address, email.subject, email.body].join(" ");
  return [...new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? [])];
}

/** Words the mail client's interface and Debrief's selectors name: they say nothing about the mail. */
const INTERFACE_WORDS = new Set(
  READER_SELECTORS.join(" ")
    .toLowerCase()
    .match(/\p{L}+/gu) ?? [],
);
const BODIES = [
  ...(SELECTOR_LISTS.get("gmail.body") ?? []),
  ...(SELECTOR_LISTS.get("outlook.body") ?? []),
]
  .map((selector) => selector.css)
  .join(", ");
/** Attributes whose values are the client's own vocabulary (`role=link`, `data-icon-name`). */
const INTERFACE_ATTRIBUTES = new Set([
  "role",
  "type",
  "dir",
  "lang",
  "data-icon-name",
  "data-app-section",
]);

/**
 * Every word a sample's reader could see: its text, its header, and its attributes' values
 * (classes and ids too: a body's own markup could name its sender there).
 */
function wordsLeft(doc: Document, header: Record<string, unknown>): Set<string> {
  const texts = [doc.body.textContent ?? "", JSON.stringify(header)];
  const bodies = [...doc.querySelectorAll(BODIES)];
  for (const element of doc.querySelectorAll("*"))
    for (const attribute of element.attributes) {
      if (INTERFACE_ATTRIBUTES.has(attribute.name)) continue;
      // The client's own class names ("demo-tag") are its interface; a body's are the sender's.
      if (attribute.name === "class" && !bodies.some((body) => body.contains(element))) continue;
      texts.push(attribute.value);
    }
  const words =
    texts
      .join(" ")
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return new Set(words.filter((word) => !INTERFACE_WORDS.has(word)));
}

/** Selectors that match the sampled part of the page: the root, what it holds, or what holds it. */
function selectorsMatching(page: DemoPage, root: Element): string[] {
  return READER_SELECTORS.filter((css) =>
    [...page.document.querySelectorAll(css)].some(
      (element) => element === root || root.contains(element) || element.contains(root),
    ),
  );
}

async function expectScrubbed(client: MailHost, page: DemoPage): Promise<void> {
  const email = emailOf(findAndRead(ADAPTERS[client], page));
  const sample = sampleOf(client, page);
  const { header, markup } = split(sample);
  expect(header).toMatchObject({ client, host: page.url().hostname, taken: "2026-12-02" });

  const copy = await open(openStatic(markup, page.url().href));
  const left = wordsLeft(copy.document, header);
  const kept = wordsOf(email).filter((word) => left.has(word));
  expect(kept, "words of the email left in the sample").toEqual([]);
  expect(sample).not.toContain(email.from.address);

  const root = sampleRoot(client, page.document) ?? page.document.body;
  const lost = selectorsMatching(page, root).filter(
    (css) => copy.document.querySelector(css) === null,
  );
  expect(lost, "reader selectors that no longer match").toEqual([]);
  // As a fixture, the sample is read as the page was: an open message, with a body.
  expect(findAndRead(ADAPTERS[client], copy).kind).toBe("email");
}

interface DemoConversation {
  threadId: string;
  subject: string;
  messages: { outlookItemId: string }[];
}

function demoConversations(): DemoConversation[] {
  const window = new Window({ url: "https://mail.google.com/" });
  window.eval(readFileSync(join(mailboxDir, "emails.js"), "utf8"));
  const mailbox = (window as unknown as { DEMO_MAILBOX: DemoConversation[] }).DEMO_MAILBOX;
  return JSON.parse(JSON.stringify(mailbox)) as DemoConversation[];
}

describe("a page sample of a fixture page", () => {
  it.each([
    [
      "gmail",
      "conversation-2026-11.html",
      "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXLqWnRsTvBcDfGhJkLmNpQrSt",
    ],
    [
      "outlook",
      "full-view-2026-11.html",
      "https://outlook.live.com/mail/0/inbox/id/AAMkADdemoHaddad%2F%2Bitem000000000000000000AAA%3D",
    ],
    ["outlook", "reading-pane-de-2025-12.html", "https://outlook.office365.com/mail/inbox"],
  ] as const)(
    "%s %s keeps no word of the email and every selector that matched",
    async (client, file, url) => {
      await expectScrubbed(client, await open(openStatic(readFixture(client, file), url)));
    },
  );
});

describe("a page sample of the demo mailbox", () => {
  for (const conversation of demoConversations()) {
    const newest = conversation.messages[conversation.messages.length - 1];
    it(`Gmail: ${conversation.subject}`, async () => {
      const url = `https://mail.google.com/mail/u/0/#inbox/${conversation.threadId}`;
      await expectScrubbed("gmail", await open(openDemo("gmail", url)));
    });
    it(`Outlook: ${conversation.subject}`, async () => {
      const url = `https://outlook.office365.com/mail/inbox/id/${encodeURIComponent(newest?.outlookItemId ?? "")}`;
      await expectScrubbed("outlook", await open(openDemo("outlook", url)));
    });
  }
});

describe("a page sample's header", () => {
  it("names the client, what was missing, the counts, and the address without ids, searches or query values", async () => {
    const page = await open(
      openStatic(
        "<div>Loading…</div>",
        "https://mail.google.com/mail/u/0/?ui=2&ik=secret#search/lumen+analytics/FMfcgzQXLqWnRsTvBcDfGhJkLmNpQrSt?compose=new",
      ),
    );
    const { header } = split(sampleOf("gmail", page, "thread view"));
    expect(header).toMatchObject({
      client: "gmail",
      host: "mail.google.com",
      missing: "thread view",
      version: "0.1.0",
      selectorHits: { "outlook.body": [3, 1, 0, 0, 2] },
    });
    const path = String(header.path);
    expect(path).toMatch(/^\/mail\/u\/0\/#search\/[^/]+\/[A-Za-z0-9]{32}\?compose=$/);
    for (const word of ["lumen", "analytics", "FMfcgzQXLqWnRsTvBcDfGhJkLmNpQrSt", "secret", "new"])
      expect(path).not.toContain(word);
    expect(header).not.toHaveProperty("cut");
  });

  it("hashes an Outlook item id in the address as the id it spells, and writes it back as an address does", async () => {
    const item = "AAMkADk2ZDEw/+secret0000AAA=";
    const page = await open(
      openStatic(
        "<div>Loading…</div>",
        `https://outlook.cloud.microsoft/mail/inbox/id/${encodeURIComponent(item)}`,
      ),
    );
    const path = String(split(sampleOf("outlook", page, "reading pane")).header.path);
    const hashed = decodeURIComponent(path.split("/").pop() ?? "");
    expect(hashed).toMatch(/^[A-Za-z0-9]{12}\/\+[A-Za-z0-9]{13}=$/);
    expect(hashed).not.toContain("secret");
    expect(path).toContain("%2F%2B");
  });

  it("keeps an id's structure and the same hash for the same id, so the reader can still pair them", async () => {
    const page = await open(
      openStatic(
        `<div id="ReadingPaneContainerId"><div role="heading" id="CONV_AAQkADsecret42=_SUBJECT">Offer</div>
         <div data-convid="AAQkADsecret42="></div><span id="MSG_7_FROM" aria-label="From: Rosa Lind">Rosa</span>
         <span title="Mon, 2 Nov 2026, 10:00" style="color: red; display: none">x</span></div>`,
        "https://outlook.live.com/mail/0/inbox",
      ),
    );
    const { markup } = split(sampleOf("outlook", page));
    const subjectId = /id="CONV_(.+?)_SUBJECT"/.exec(markup)?.[1];
    expect(subjectId).toBeDefined();
    expect(subjectId).not.toContain("secret");
    expect(markup).toContain(`data-convid="${subjectId}"`);
    expect(markup).toMatch(/id="MSG_\d_FROM" aria-label="From: xxxx xxxx"/);
    expect(markup).toContain('title="xxx, 0 xxx 0000, 00:00" style="display: none"');
  });
});

describe("a page sample of a hostile page", () => {
  it("cuts a 5 MB body to the limit and says so", async () => {
    const page = await open(
      openStatic("<div id=ReadingPaneContainerId></div>", "https://outlook.live.com/mail/0/inbox"),
    );
    const pane = page.document.getElementById("ReadingPaneContainerId") as Element;
    pane.append(page.document.createTextNode("Secret words. ".repeat(400_000)));
    const sample = sampleOf("outlook", page, "body");
    expect(new TextEncoder().encode(sample).length).toBeLessThanOrEqual(MAX_SAMPLE_BYTES);
    expect(split(sample).header).toMatchObject({ cut: true });
    expect(sample).not.toMatch(/secret/i);
    expect(sample.endsWith("</div></body>")).toBe(true);
  });

  it("samples 100,000 nested elements without running out of stack, within the limit", () => {
    // Built apart from any page: happy-dom itself recurses through a tree this deep.
    const root = document.createElement("div");
    let parent = root;
    for (let depth = 0; depth < 100_000; depth++) {
      const child = document.createElement("div");
      parent.append(child);
      parent = child;
    }
    parent.append("Deepest secret");
    const sample = takePageSample(document, {
      client: "outlook",
      url: new URL("https://outlook.live.com/mail/0/inbox"),
      missing: "body",
      version: "0.1.0",
      taken: new Date(),
      root,
      readerSelectors: READER_SELECTORS,
    });
    expect(new TextEncoder().encode(sample).length).toBeLessThanOrEqual(MAX_SAMPLE_BYTES);
    const { markup } = split(sample);
    expect(markup.split("<div").length).toBe(100_002);
    expect(markup.split("</div>").length).toBe(100_002);
    expect(markup).toContain("xxxxxxx xxxxxx");
    expect(sample).not.toMatch(/secret/i);
  });

  it("escapes attributes holding markup and drops scripts, styles, frames and images' sources", async () => {
    const page = await open(
      openStatic(
        `<div id=ReadingPaneContainerId><div id=hostile>
         <style>.secret{}</style><iframe srcdoc="secret"><p>secret</p></iframe><img src="https://tracker.example/secret.png" alt="secret">
         <svg><text>secret</text></svg></div></div>`,
        "https://outlook.live.com/mail/0/inbox",
      ),
    );
    const hostile = page.document.getElementById("hostile") as Element;
    hostile.setAttribute("class", 'a"><script>alert(1)</script>');
    hostile.setAttribute("aria-label", "<script>steal()</script>");
    hostile.setAttribute("onclick", "steal()");
    const script = page.document.createElement("script");
    script.textContent = "steal()";
    hostile.append(script);
    const { markup } = split(sampleOf("outlook", page, "body"));
    expect(markup).not.toMatch(/<script|<style|onclick|steal|secret|tracker|src=|alt=/i);
    expect(markup).toContain('class="a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(markup).toContain('aria-label="&lt;xxxxxx&gt;xxxxx()&lt;/xxxxxx&gt;"');
    expect(markup).toContain("<iframe></iframe>");
    expect(markup).toContain("<svg></svg>");
  });
});
