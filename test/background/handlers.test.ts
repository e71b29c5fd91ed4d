import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createHandlers, dispatch } from "../../src/background/handlers";
import type { SessionArea } from "../../src/background/open-emails";
import type { OpenedEmail } from "../../src/core/email";
import { emptyDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { addInterview } from "../../src/db/interviews";
import { saveMailSites, saveMinConfidence } from "../../src/db/settings";

function memorySession(): SessionArea {
  const store: Record<string, unknown> = {};
  return {
    get: async (key) =>
      structuredClone(key === null ? store : key in store ? { [key]: store[key] } : {}),
    set: async (items) => {
      Object.assign(store, structuredClone(items));
    },
    remove: async (key) => {
      delete store[key];
    },
  };
}

const email: OpenedEmail = {
  host: "gmail",
  messageId: "msg-f:1",
  threadId: "thread-1",
  subject: "Your interview",
  from: { name: "Priya Raman", address: "priya.raman@lumen.example" },
  body: "Thank you for your time.",
};

function setup() {
  const db = openDatabase({
    name: `test-${Math.random()}`,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  let clock = 0;
  const handlers = createHandlers({
    db,
    session: memorySession(),
    now: () => new Date(Date.UTC(2026, 10, 26, 9, 0, clock++)),
  });
  return { db, handlers };
}

describe("the background's answers", () => {
  it("links an opened email to the interviews of its sender", async () => {
    const { db, handlers } = setup();
    const id = await addInterview(db, {
      ...emptyDraft(),
      company: "Lumen",
      role: "Data analyst",
      date: "2026-11-10",
      interviewers: [{ name: "Priya Raman", email: "priya.raman@lumen.example", title: "" }],
    });
    const reply = await dispatch(
      handlers,
      { type: "emailOpened", email },
      { tabId: 7, url: "https://mail.google.com/mail/u/0/" },
    );
    expect(reply).toEqual({
      interviews: [{ id, company: "Lumen", role: "Data analyst", date: "2026-11-10" }],
    });
    const open = await handlers.getOpenEmail(
      { type: "getOpenEmail", tabId: 7 },
      { tabId: null, url: null },
    );
    expect(open?.email.subject).toBe("Your interview");
    expect(open?.interviews).toHaveLength(1);
  });

  it("forgets the email when the tab closes it, and falls back to the newest one elsewhere", async () => {
    const { handlers } = setup();
    const sender = (tabId: number) => ({ tabId, url: "https://mail.google.com/" });
    await handlers.emailOpened({ type: "emailOpened", email }, sender(1));
    await handlers.emailOpened(
      { type: "emailOpened", email: { ...email, messageId: "msg-f:2", subject: "Newer" } },
      sender(2),
    );
    expect(
      (await handlers.getOpenEmail({ type: "getOpenEmail", tabId: 99 }, sender(3)))?.email.subject,
    ).toBe("Newer");
    await handlers.emailClosed({ type: "emailClosed" }, sender(2));
    expect(
      (await handlers.getOpenEmail({ type: "getOpenEmail", tabId: null }, sender(3)))?.email
        .subject,
    ).toBe("Your interview");
    await handlers.emailClosed({ type: "emailClosed" }, sender(1));
    expect(
      await handlers.getOpenEmail({ type: "getOpenEmail", tabId: null }, sender(3)),
    ).toBeNull();
  });

  it("ignores malformed emails and unknown messages", async () => {
    const { handlers } = setup();
    const bad = { type: "emailOpened", email: { host: "gmail", subject: 3 } } as never;
    expect(await dispatch(handlers, bad, { tabId: 1, url: null })).toEqual({ interviews: [] });
    expect(
      await handlers.getOpenEmail({ type: "getOpenEmail", tabId: 1 }, { tabId: null, url: null }),
    ).toBeNull();
    expect(
      dispatch(handlers, { type: "noSuchMessage" } as never, { tabId: 1, url: null }),
    ).toBeUndefined();
  });
});

describe("the email open in a tab", () => {
  it("keeps each tab's email when two tabs report at the same moment", async () => {
    const { handlers } = setup();
    await Promise.all([
      handlers.emailOpened({ type: "emailOpened", email }, { tabId: 1, url: null }),
      handlers.emailOpened(
        { type: "emailOpened", email: { ...email, subject: "Other" } },
        { tabId: 2, url: null },
      ),
    ]);
    const first = await handlers.getOpenEmail(
      { type: "getOpenEmail", tabId: 1 },
      { tabId: null, url: null },
    );
    const second = await handlers.getOpenEmail(
      { type: "getOpenEmail", tabId: 2 },
      { tabId: null, url: null },
    );
    expect([first?.email.subject, second?.email.subject]).toEqual(["Your interview", "Other"]);
  });

  it("belongs to an interview added after it was opened", async () => {
    const { db, handlers } = setup();
    await handlers.emailOpened({ type: "emailOpened", email }, { tabId: 4, url: null });
    await addInterview(db, {
      ...emptyDraft(),
      company: "Lumen",
      date: "2026-11-10",
      interviewers: [{ name: "Priya", email: email.from.address, title: "" }],
    });
    const open = await handlers.getOpenEmail(
      { type: "getOpenEmail", tabId: 4 },
      { tabId: null, url: null },
    );
    expect(open?.interviews.map((interview) => interview.company)).toEqual(["Lumen"]);
  });
});

describe("phrases for the content script's detector", () => {
  it("sends a language's phrases, and nothing for a language Debrief does not read", async () => {
    const { handlers } = setup();
    const spanish = await handlers.phraseBook(
      { type: "phraseBook", language: "es" },
      { tabId: 1, url: null },
    );
    expect(spanish?.rejection?.length).toBeGreaterThan(5);
    expect(
      await handlers.phraseBook(
        { type: "phraseBook", language: "xx" as never },
        { tabId: 1, url: null },
      ),
    ).toBeNull();
    expect(
      await handlers.phraseBook(
        { type: "phraseBook", language: "toString" as never },
        { tabId: 1, url: null },
      ),
    ).toBeNull();
  });
});

describe("mail settings for a content script", () => {
  const from = (url: string | null) => ({ tabId: 3, url });
  const ask = (handlers: ReturnType<typeof setup>["handlers"], url: string | null) =>
    dispatch(handlers, { type: "mailSettings" }, from(url));

  it("runs everywhere at 0.5 before the user changes anything", async () => {
    const { handlers } = setup();
    expect(await ask(handlers, "https://mail.google.com/mail/u/0/#inbox")).toEqual({
      enabled: true,
      minConfidence: 0.5,
    });
    expect(await ask(handlers, "https://outlook.office.com/mail/")).toEqual({
      enabled: true,
      minConfidence: 0.5,
    });
  });

  it("answers for the sender's site, with the saved level", async () => {
    const { db, handlers } = setup();
    await saveMailSites(db, { gmail: false, outlook: true });
    await saveMinConfidence(db, 0.9);
    expect(await ask(handlers, "https://mail.google.com/mail/u/0/")).toEqual({
      enabled: false,
      minConfidence: 0.9,
    });
    for (const url of [
      "https://outlook.live.com/mail/0/",
      "https://outlook.office.com/mail/",
      "https://outlook.office365.com/mail/",
    ]) {
      expect(await ask(handlers, url)).toEqual({ enabled: true, minConfidence: 0.9 });
    }
    await saveMailSites(db, { gmail: true, outlook: false });
    expect(await ask(handlers, "https://outlook.live.com/mail/0/")).toMatchObject({
      enabled: false,
    });
  });

  it("does not turn off a sender that is no mail site, nor one without an address", async () => {
    const { db, handlers } = setup();
    await saveMailSites(db, { gmail: false, outlook: false });
    expect(await ask(handlers, null)).toEqual({ enabled: true, minConfidence: 0.5 });
    expect(await ask(handlers, "not a url")).toEqual({ enabled: true, minConfidence: 0.5 });
    expect(await ask(handlers, "http://mail.google.com/")).toEqual({
      enabled: true,
      minConfidence: 0.5,
    });
  });
});
