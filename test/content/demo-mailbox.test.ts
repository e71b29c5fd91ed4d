// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import { afterEach, describe, expect, it } from "vitest";
import { gmailAdapter } from "../../src/content/gmail/read";
import { outlookAdapter } from "../../src/content/outlook/read";
import type { OpenedEmail } from "../../src/core/email";
import { type DemoPage, emailOf, findAndRead, mailboxDir, openDemo } from "./pages";

/** The shape emails.js promises (see its header comment). */
interface Person {
  name: string;
  address: string;
}
interface DemoMessage {
  id: string;
  legacyId: string;
  outlookItemId: string;
  from: Person;
  to: Person[];
  date: string;
  client: string;
  quotes?: boolean;
  paragraphs: string[];
}
interface DemoConversation {
  kind: string;
  threadId: string;
  gmailThreadPermId: string;
  gmailLegacyThreadId: string;
  outlookConversationId: string;
  subject: string;
  messages: DemoMessage[];
}

function loadMailbox(): DemoConversation[] {
  const window = new Window({ url: "https://mail.google.com/" });
  window.eval(readFileSync(join(mailboxDir, "emails.js"), "utf8"));
  const mailbox = (window as unknown as { DEMO_MAILBOX: DemoConversation[] }).DEMO_MAILBOX;
  // Plain data out of the page's realm, so vitest compares it like any object.
  return JSON.parse(JSON.stringify(mailbox)) as DemoConversation[];
}

const mailbox = loadMailbox();
const messages = mailbox.flatMap((conversation) => conversation.messages);

describe("the demo mailbox data", () => {
  it("holds every kind of conversation the demo and the end-to-end tests rely on", () => {
    const kinds = mailbox.map((conversation) => conversation.kind);
    for (const kind of [
      "rejection after interview",
      "rejection after application",
      "interview invitation",
      "offer",
      "application acknowledgement",
      "German rejection after interview",
      "not job-related",
    ]) {
      expect(kinds).toContain(kind);
    }
    const afterInterview = mailbox.find((c) => c.kind === "rejection after interview");
    expect(afterInterview?.messages.map((m) => m.from.name)).toEqual([
      "Maya Okafor",
      "Jordan Avery",
      "Maya Okafor",
    ]);
  });

  it("uses ids shaped like the clients' own, each used once", () => {
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(mailbox.map((c) => c.threadId))).toBe(true);
    expect(unique(mailbox.map((c) => c.outlookConversationId))).toBe(true);
    expect(unique(messages.map((m) => m.id))).toBe(true);
    expect(unique(messages.map((m) => m.outlookItemId))).toBe(true);
    for (const conversation of mailbox) {
      expect(conversation.threadId).toMatch(/^FMfcgz[A-Za-z]{26}$/);
      const first = conversation.messages[0] as DemoMessage;
      // As in Gmail, a thread is named after its first message.
      expect(conversation.gmailThreadPermId).toBe(`thread-f:${first.id.slice("msg-f:".length)}`);
      expect(conversation.gmailLegacyThreadId).toBe(first.legacyId);
    }
    for (const message of messages) {
      expect(message.id).toMatch(/^msg-f:17\d{17}$/);
      // The legacy id is the same number in hex.
      expect(BigInt(`0x${message.legacyId}`)).toBe(BigInt(message.id.slice("msg-f:".length)));
      expect(message.outlookItemId).toMatch(/^AAMk[A-Za-z0-9+/]+=*$/);
    }
    // Item ids that need encoding in the address are what the adapters must decode.
    expect(messages.some((m) => /[+/=]/.test(m.outlookItemId))).toBe(true);
  });

  it("keeps every message in date order and every address on a reserved example domain", () => {
    for (const conversation of mailbox) {
      const dates = conversation.messages.map((m) => m.date);
      expect([...dates].sort()).toEqual(dates);
    }
    for (const message of messages) {
      for (const person of [message.from, ...message.to])
        expect(person.address).toMatch(/@(?:[\w.-]+\.example|example\.com)$/);
    }
  });
});

describe("the demo pages", () => {
  const files = readdirSync(mailboxDir).filter((name) => /\.(js|html)$/.test(name));

  it("never write markup from strings (the pages may run under Trusted Types)", () => {
    for (const file of files) {
      const text = readFileSync(join(mailboxDir, file), "utf8");
      expect(text, file).not.toMatch(
        /\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|createContextualFragment/,
      );
    }
  });

  it("ask the network for nothing: no remote scripts, styles, fonts or images, no requests", () => {
    for (const file of files) {
      const text = readFileSync(join(mailboxDir, file), "utf8");
      expect(text, file).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
      expect(text, file).not.toMatch(/url\(\s*["']?(?:https?:)?\/\/|@import|@font-face/i);
      expect(text, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|new Image\(/);
    }
    for (const client of ["gmail", "outlook"]) {
      const html = readFileSync(join(mailboxDir, `${client}.html`), "utf8");
      const sources = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
      expect(sources.every((src) => src?.startsWith("/demo-mailbox/"))).toBe(true);
    }
  });
});

/** What both clients must show of a conversation's newest message. */
function expectNewest(email: OpenedEmail, subject: string, newest: DemoMessage): void {
  expect(email.subject).toBe(subject);
  expect(email.from).toEqual(newest.from);
  expect(email.body.startsWith(newest.paragraphs[0] as string)).toBe(true);
}

describe("every demo conversation opens by deep link in both clients", () => {
  let page: DemoPage | null = null;
  afterEach(async () => {
    await page?.close();
    page = null;
  });

  for (const conversation of mailbox) {
    const newest = conversation.messages[conversation.messages.length - 1] as DemoMessage;

    it(`Gmail #inbox/${conversation.threadId} (${conversation.kind})`, async () => {
      page = await openDemo(
        "gmail",
        `https://mail.google.com/mail/u/0/#inbox/${conversation.threadId}`,
      );
      const email = emailOf(findAndRead(gmailAdapter, page));
      expect(email.messageId).toBe(newest.id);
      expectNewest(email, conversation.subject, newest);
    });

    it(`Outlook /mail/inbox/id/… (${conversation.kind}: ${conversation.subject})`, async () => {
      const url = `https://outlook.office365.com/mail/inbox/id/${encodeURIComponent(newest.outlookItemId)}`;
      page = await openDemo("outlook", url);
      const email = emailOf(findAndRead(outlookAdapter, page));
      expect(email.messageId).toBe(newest.outlookItemId);
      expect(email.threadId).toBe(conversation.outlookConversationId);
      expectNewest(email, conversation.subject, newest);
    });
  }
});
