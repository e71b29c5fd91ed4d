import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createHandlers, dispatch, senderOf } from "../../src/background/handlers";
import type { OpenedEmail } from "../../src/core/email";
import { emptyDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { addInterview } from "../../src/db/interviews";
import { saveMailSites, saveMinConfidence } from "../../src/db/settings";
import { memoryArea } from "./memory-area";

const email: OpenedEmail = {
  host: "gmail",
  messageId: "msg-f:1",
  threadId: "thread-1",
  subject: "Your interview",
  from: { name: "Priya Raman", address: "priya.raman@lumen.example" },
  body: "Thank you for your time.",
};

const ORIGIN = "chrome-extension://debriefdebriefdebriefdebriefdebr/";
/** A content script in mail tab `tabId`. */
const tab = (tabId: number, url = "https://mail.google.com/mail/u/0/") =>
  senderOf({ tab: { id: tabId }, url }, ORIGIN);
/** The popup, which is in no tab. */
const popup = senderOf({ url: `${ORIGIN}src/popup/index.html` }, ORIGIN);

function setup() {
  const db = openDatabase({
    name: `test-${Math.random()}`,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  let clock = 0;
  const handlers = createHandlers({
    db,
    session: memoryArea(),
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
    const reply = await dispatch(handlers, { type: "emailOpened", email }, tab(7));
    expect(reply).toEqual({
      interviews: [{ id, company: "Lumen", role: "Data analyst", date: "2026-11-10" }],
    });
    const open = await handlers.getOpenEmail({ type: "getOpenEmail", tabId: 7 }, popup);
    expect(open?.email.subject).toBe("Your interview");
    expect(open?.interviews).toHaveLength(1);
  });

  it("forgets the email when the tab closes it, and falls back to the newest one elsewhere", async () => {
    const { handlers } = setup();
    await handlers.emailOpened({ type: "emailOpened", email }, tab(1));
    await handlers.emailOpened(
      { type: "emailOpened", email: { ...email, messageId: "msg-f:2", subject: "Newer" } },
      tab(2),
    );
    expect(
      (await handlers.getOpenEmail({ type: "getOpenEmail", tabId: 99 }, popup))?.email.subject,
    ).toBe("Newer");
    await handlers.emailClosed({ type: "emailClosed" }, tab(2));
    expect(
      (await handlers.getOpenEmail({ type: "getOpenEmail", tabId: null }, popup))?.email.subject,
    ).toBe("Your interview");
    await handlers.emailClosed({ type: "emailClosed" }, tab(1));
    expect(await handlers.getOpenEmail({ type: "getOpenEmail", tabId: null }, popup)).toBeNull();
  });

  it("refuses malformed emails and unknown messages, and keeps nothing of them", async () => {
    const { handlers } = setup();
    const bad = { type: "emailOpened", email: { host: "gmail", subject: 3 } };
    await expect(dispatch(handlers, bad, tab(1))).rejects.toThrow(/^Debrief: emailOpened: email\./);
    expect(await dispatch(handlers, { type: "getOpenEmail", tabId: 1 }, popup)).toBeNull();
    await expect(dispatch(handlers, { type: "noSuchMessage" }, tab(1))).rejects.toThrow(
      "Debrief: noSuchMessage: not a message Debrief sends",
    );
  });
});

describe("the email open in a tab", () => {
  it("keeps each tab's email when two tabs report at the same moment", async () => {
    const { handlers } = setup();
    await Promise.all([
      handlers.emailOpened({ type: "emailOpened", email }, tab(1)),
      handlers.emailOpened({ type: "emailOpened", email: { ...email, subject: "Other" } }, tab(2)),
    ]);
    const first = await handlers.getOpenEmail({ type: "getOpenEmail", tabId: 1 }, popup);
    const second = await handlers.getOpenEmail({ type: "getOpenEmail", tabId: 2 }, popup);
    expect([first?.email.subject, second?.email.subject]).toEqual(["Your interview", "Other"]);
  });

  it("belongs to an interview added after it was opened", async () => {
    const { db, handlers } = setup();
    await handlers.emailOpened({ type: "emailOpened", email }, tab(4));
    await addInterview(db, {
      ...emptyDraft(),
      company: "Lumen",
      date: "2026-11-10",
      interviewers: [{ name: "Priya", email: email.from.address, title: "" }],
    });
    const open = await handlers.getOpenEmail({ type: "getOpenEmail", tabId: 4 }, popup);
    expect(open?.interviews.map((interview) => interview.company)).toEqual(["Lumen"]);
  });
});

describe("phrases for the content script's detector", () => {
  it("sends a language's phrases, and nothing for a language Debrief does not read", async () => {
    const { handlers } = setup();
    const spanish = await handlers.phraseBook({ type: "phraseBook", language: "es" }, tab(1));
    expect(spanish?.rejection?.length).toBeGreaterThan(5);
    expect(
      await handlers.phraseBook({ type: "phraseBook", language: "xx" as never }, tab(1)),
    ).toBeNull();
    expect(
      await handlers.phraseBook({ type: "phraseBook", language: "toString" as never }, tab(1)),
    ).toBeNull();
  });
});

describe("the learned model, for the content script's detector", () => {
  const demoModelOnly: OpenedEmail = {
    ...email,
    subject: "Your interview at Fernhill Studio",
    from: { name: "Nina Osei", address: "nina.osei@fernhill-studio.example" },
    body: "Hi Jordan,\n\nThanks for meeting the team on Tuesday for the Product Designer position. The team has now reached a decision, and it is not the outcome you were hoping for.\n\nBest of luck,\nNina Osei\nHead of Design, Fernhill Studio",
  };

  it("answers with the rejection the model adds, and its words", async () => {
    const { handlers } = setup();
    const verdict = await handlers.modelVerdict(
      { type: "modelVerdict", email: demoModelOnly },
      tab(1),
    );
    expect(verdict).toMatchObject({ verdict: "rejection", decidedBy: "model" });
    expect(verdict?.reasons.some((reason) => reason.signal === "model")).toBe(true);
  });

  it("answers with a rejection its rules find in a language the page may not have read, and nothing for one that is none", async () => {
    const { handlers } = setup();
    // German: a page that has only its English phrases reads this in English.
    const german = {
      ...email,
      subject: "Ihre Bewerbung",
      body: "Sehr geehrte Frau Avery,\n\nvielen Dank für Ihre Bewerbung als Analystin. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\nPriya Raman",
    };
    expect(
      await handlers.modelVerdict({ type: "modelVerdict", email: german }, tab(1)),
    ).toMatchObject({ verdict: "rejection", decidedBy: "rules", language: "de" });
    expect(await handlers.modelVerdict({ type: "modelVerdict", email }, tab(1))).toBeNull();
  });

  it("is asked only by a mail tab's content script", async () => {
    const { handlers } = setup();
    await expect(
      dispatch(handlers, { type: "modelVerdict", email: demoModelOnly }, popup),
    ).rejects.toThrow();
  });
});

describe("mail settings for a content script", () => {
  const from = (url: string | null) => ({ tabId: 3, url, extensionPage: false });
  const ask = (handlers: ReturnType<typeof setup>["handlers"], url: string | null) =>
    dispatch(handlers, { type: "mailSettings" }, from(url));

  it("runs everywhere at 0.5 before the user changes anything", async () => {
    const { handlers } = setup();
    expect(await ask(handlers, "https://mail.google.com/mail/u/0/#inbox")).toEqual({
      enabled: true,
      minConfidence: 0.5,
      dismissed: [],
    });
    expect(await ask(handlers, "https://outlook.office.com/mail/")).toEqual({
      enabled: true,
      minConfidence: 0.5,
      dismissed: [],
    });
  });

  it("answers for the sender's site, with the saved level", async () => {
    const { db, handlers } = setup();
    await saveMailSites(db, { gmail: false, outlook: true });
    await saveMinConfidence(db, 0.9);
    expect(await ask(handlers, "https://mail.google.com/mail/u/0/")).toEqual({
      enabled: false,
      minConfidence: 0.9,
      dismissed: [],
    });
    for (const url of [
      "https://outlook.live.com/mail/0/",
      "https://outlook.office.com/mail/",
      "https://outlook.office365.com/mail/",
    ]) {
      expect(await ask(handlers, url)).toEqual({
        enabled: true,
        minConfidence: 0.9,
        dismissed: [],
      });
    }
    await saveMailSites(db, { gmail: true, outlook: false });
    expect(await ask(handlers, "https://outlook.live.com/mail/0/")).toMatchObject({
      enabled: false,
    });
  });

  it("names the site's messages the user said are not rejections, and no other site's", async () => {
    const { db, handlers } = setup();
    const said = (host: "gmail" | "outlook", messageId: string, decision: string, at: string) =>
      db.verdicts.put({
        messageKey: `${host}:${messageId}`,
        decision: decision as "rejection" | "not_rejection",
        decidedBy: "user",
        interviewId: null,
        decidedAt: at,
      });
    await said("gmail", "older", "not_rejection", "2026-11-01T10:00:00.000Z");
    await said("gmail", "newer", "not_rejection", "2026-11-20T10:00:00.000Z");
    await said("gmail", "kept", "rejection", "2026-11-21T10:00:00.000Z");
    await said("outlook", "AAMk=", "not_rejection", "2026-11-22T10:00:00.000Z");
    expect(await ask(handlers, "https://mail.google.com/mail/u/0/")).toMatchObject({
      dismissed: ["newer", "older"],
    });
    expect(await ask(handlers, "https://outlook.live.com/mail/0/")).toMatchObject({
      dismissed: ["AAMk="],
    });
  });

  it("does not turn off a sender that is no mail site, nor one without an address", async () => {
    const { db, handlers } = setup();
    await saveMailSites(db, { gmail: false, outlook: false });
    expect(await ask(handlers, null)).toEqual({ enabled: true, minConfidence: 0.5, dismissed: [] });
    expect(await ask(handlers, "not a url")).toEqual({
      enabled: true,
      minConfidence: 0.5,
      dismissed: [],
    });
    expect(await ask(handlers, "http://mail.google.com/")).toEqual({
      enabled: true,
      minConfidence: 0.5,
      dismissed: [],
    });
  });
});

describe("the reply code, for a mail tab's first Ask for feedback", () => {
  it("is injected into the frame that asked, and never for Debrief's own pages", async () => {
    const injected: [number, number][] = [];
    const db = openDatabase({
      name: `test-${Math.random()}`,
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    const handlers = createHandlers({
      db,
      session: memoryArea(),
      injectReplyTools: async (tabId, frameId) => {
        injected.push([tabId, frameId]);
      },
    });
    const inFrame = senderOf(
      { tab: { id: 7 }, frameId: 3, url: "https://outlook.live.com/mail/0/" },
      ORIGIN,
    );
    expect(await dispatch(handlers, { type: "replyTools" }, inFrame)).toBe(true);
    expect(injected).toEqual([[7, 3]]);
    await expect(dispatch(handlers, { type: "replyTools" }, popup)).rejects.toThrow();
    expect(injected).toEqual([[7, 3]]);
  });
});
