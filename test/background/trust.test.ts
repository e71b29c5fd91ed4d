import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createHandlers, dispatch, senderOf } from "../../src/background/handlers";
import { InvalidMessageError } from "../../src/background/validate";
import type { OpenedEmail } from "../../src/core/email";
import { emptyDraft, type InterviewDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { addInterview, linkThread } from "../../src/db/interviews";
import { memoryArea } from "./memory-area";

// What a content script in one mail tab may learn and change: only what concerns the email it has
// open, whatever it puts in its messages.

const ORIGIN = "chrome-extension://debriefdebriefdebriefdebriefdebr/";
const MAIL = "https://mail.google.com/mail/u/0/#inbox/FMfcgz";
const tab = (id: number) => senderOf({ tab: { id }, url: MAIL }, ORIGIN);
const popup = senderOf({ url: `${ORIGIN}src/popup/index.html` }, ORIGIN);

function setup() {
  const db = openDatabase({
    name: `test-${Math.random()}`,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  const session = memoryArea();
  const { store } = session;
  let tick = 0;
  const handlers = createHandlers({
    db,
    session,
    now: () => new Date(2026, 10, 26, 10, 0, tick++),
  });
  const send = (message: unknown, sender = tab(3)) => dispatch(handlers, message, sender);
  /** Every row of every table, and what the session holds. */
  const everything = async () => ({
    session: structuredClone(store),
    ...Object.fromEntries(
      await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])),
    ),
  });
  return { db, send, store, everything };
}

const email = (fields: Partial<OpenedEmail> = {}): OpenedEmail => ({
  host: "gmail",
  messageId: "msg-f:100",
  threadId: "thread-100",
  subject: "Your application for Data Analyst at Lumen",
  from: { name: "Priya Raman", address: "priya.raman@lumen.example" },
  body: "Unfortunately we will not be moving forward.\n\nBest,\nPriya",
  ...fields,
});
const rejection = (fields: Partial<OpenedEmail> = {}) => ({ email: email(fields), language: "en" });

const interview = (db: ReturnType<typeof setup>["db"], fields: Partial<InterviewDraft> = {}) =>
  addInterview(db, {
    ...emptyDraft(),
    company: "Lumen",
    role: "Data Analyst",
    date: "2026-11-10",
    interviewers: [{ name: "Priya Raman", email: "priya.raman@lumen.example", title: "" }],
    ...fields,
  });

describe("the tab a content script speaks for", () => {
  it("is the tab the browser says sent it, whatever tab the message names", async () => {
    const { send, store } = setup();
    await send({ type: "emailOpened", email: email(), tabId: 99 }, tab(3));
    expect(Object.keys(store)).toEqual(["openEmail:3"]);
    await send({ type: "emailOpened", email: email({ messageId: "b" }) }, tab(4));
    // Tab 5 cannot close another tab's email by naming it.
    await send({ type: "emailClosed", tabId: 3 }, tab(5));
    expect(Object.keys(store).sort()).toEqual(["openEmail:3", "openEmail:4"]);
  });

  it("takes its tab from sender.tab, and knows Debrief's own pages by their address", () => {
    expect(senderOf({ tab: { id: 8 }, url: MAIL }, ORIGIN)).toEqual({
      tabId: 8,
      frameId: 0,
      url: MAIL,
      extensionPage: false,
    });
    expect(senderOf({ tab: { id: 8 }, frameId: 2, url: MAIL }, ORIGIN).frameId).toBe(2);
    expect(
      senderOf({ url: `${ORIGIN}src/options/index.html`, tab: { id: 2 } }, ORIGIN),
    ).toMatchObject({ tabId: 2, extensionPage: true });
    for (const url of [
      "chrome-extension://someotherextensionsomeotherexte/popup.html",
      `https://mail.google.com/${ORIGIN}`,
      "not an address",
    ]) {
      expect(senderOf({ url }, ORIGIN).extensionPage, url).toBe(false);
    }
    expect(senderOf({}, ORIGIN)).toEqual({
      tabId: null,
      frameId: 0,
      url: null,
      extensionPage: false,
    });
  });
});

describe("the email open in a tab", () => {
  it("is told to Debrief's own pages, never to a content script, for its tab or another", async () => {
    const { send } = setup();
    await send({ type: "emailOpened", email: email({ subject: "In tab A" }) }, tab(1));
    await send({ type: "emailOpened", email: email({ subject: "In tab B" }) }, tab(2));
    for (const tabId of [2, 1, null]) {
      const asked = send({ type: "getOpenEmail", tabId }, tab(1));
      await expect(asked).rejects.toBeInstanceOf(InvalidMessageError);
      await expect(asked).rejects.toThrow("only Debrief's own pages may ask this");
    }
    const answer = (await send({ type: "getOpenEmail", tabId: 2 }, popup)) as {
      email: OpenedEmail;
    };
    expect(answer.email.subject).toBe("In tab B");
  });

  it("is not sent by Debrief's own pages, which are no mail tab", async () => {
    const { send, everything } = setup();
    const before = await everything();
    const options = senderOf({ tab: { id: 6 }, url: `${ORIGIN}src/options/index.html` }, ORIGIN);
    await expect(send({ type: "emailOpened", email: email() }, options)).rejects.toThrow(
      "only a mail tab may send this",
    );
    await expect(send({ type: "rejectionOpened", rejection: rejection() }, popup)).rejects.toThrow(
      "only a mail tab may send this",
    );
    expect(await everything()).toEqual(before);
  });
});

describe("a malformed message", () => {
  const long = (n: number) => "x".repeat(n);
  const bad: [string, unknown][] = [
    ["of an unknown type", { type: "dropTables" }],
    ["without a type", { email: email() }],
    ["that is not an object", "rejectionOpened"],
    [
      "with a subject that is a number",
      { type: "emailOpened", email: email({ subject: 7 as never }) },
    ],
    [
      "with a body that is a list",
      { type: "rejectionOpened", rejection: rejection({ body: [] as never }) },
    ],
    [
      "with an over-long subject",
      { type: "rejectionOpened", rejection: rejection({ subject: long(999) }) },
    ],
    [
      "with an over-long sender name",
      {
        type: "createInterviewFromRejection",
        rejection: rejection({ from: { name: long(321), address: "a@b.example" } }),
      },
    ],
    [
      "with an over-long sender address",
      {
        type: "emailOpened",
        email: email({ from: { name: "A", address: `${long(250)}@b.example` } }),
      },
    ],
    [
      "with an over-long body",
      { type: "notARejection", rejection: rejection({ body: long(100_001) }) },
    ],
    ["with a tab that is text", { type: "getOpenEmail", tabId: "2" }],
    ["with a language Debrief does not read", { type: "phraseBook", language: "__proto__" }],
  ];

  it.each(bad)("%s is refused and changes nothing", async (_, message) => {
    const { db, send, everything } = setup();
    await interview(db);
    const before = await everything();
    const sender = (message as { type?: string }).type === "getOpenEmail" ? popup : tab(3);
    const reply = send(message, sender);
    await expect(reply).rejects.toBeInstanceOf(InvalidMessageError);
    await expect(reply).rejects.toThrow(/^Debrief: \S+: /);
    expect(await everything()).toEqual(before);
  });

  it("loses the fields the page added, and the names it claims for the email", async () => {
    const { db, send, store } = setup();
    await send({
      type: "emailOpened",
      email: { ...email(), secret: "x", from: { ...email().from, token: "y" } },
      extra: 1,
    });
    expect(JSON.stringify(store)).not.toMatch(/secret|token|extra/);
    await send({
      type: "createInterviewFromRejection",
      rejection: {
        ...rejection(),
        company: "Forged Corp",
        role: "Forged role",
        senderFirstName: "Eve",
      },
    });
    const [made] = await db.interviews.toArray();
    expect(made).toMatchObject({ company: "Lumen", role: "Data Analyst" });
    expect(JSON.stringify(made)).not.toMatch(/Forged|Eve/);
  });
});

describe("an interview a content script names", () => {
  const actions = (interviewId: number) => [
    { type: "chooseInterview", rejection: rejection(), interviewId },
    { type: "draftFeedbackRequest", rejection: rejection(), interviewId },
    { type: "feedbackRequestDrafted", rejection: rejection(), interviewId },
    { type: "logRejection", rejection: rejection(), interviewId },
  ];

  it("is refused, and nothing written, when it was never offered for that email", async () => {
    const { db, send, everything } = setup();
    await interview(db);
    const elsewhere = await interview(db, {
      company: "Cobalt & Pine",
      role: "Data Engineer",
      interviewers: [{ name: "Sam Ode", email: "sam@cobalt.example", title: "" }],
    });
    await send({ type: "rejectionOpened", rejection: rejection() });
    const before = await everything();
    for (const message of actions(elsewhere)) {
      const reply = send(message);
      await expect(reply, message.type).rejects.toThrow(
        `interview ${elsewhere} is not one offered for this email`,
      );
    }
    expect(await everything()).toEqual(before);
  });

  it("is taken when it is the interview the email matches, or the one linked to its conversation", async () => {
    const { db, send } = setup();
    const matched = await interview(db);
    expect(await send(actions(matched)[3])).toMatchObject({ interview: { id: matched } });
    const linked = await interview(db, { company: "Elsewhere", interviewers: [] });
    await linkThread(db, linked, { host: "gmail", threadId: "thread-100" }, new Date());
    const next = { ...rejection({ messageId: "msg-f:101" }) };
    expect(
      await send({ type: "logRejection", rejection: next, interviewId: linked }),
    ).toMatchObject({ interview: { id: linked }, outcomeLogged: true });
  });

  it("is taken when it was among the candidates offered, and is the one picked from then on", async () => {
    const { db, send } = setup();
    const designer = await interview(db, { role: "Designer", interviewers: [] });
    const engineer = await interview(db, { role: "Engineer", interviewers: [] });
    const r = rejection({ from: { name: "Lumen Talent", address: "no-reply@greenhouse.io" } });
    const opened = (await send({ type: "rejectionOpened", rejection: r })) as {
      candidates: { id: number }[];
    };
    expect(opened.candidates.map((each) => each.id).sort()).toEqual([designer, engineer]);
    await send({ type: "chooseInterview", rejection: r, interviewId: designer });
    const drafted = await send({
      type: "feedbackRequestDrafted",
      rejection: r,
      interviewId: designer,
    });
    expect(drafted).toMatchObject({ interview: { id: designer }, outcomeLogged: true });
    expect((await db.interviews.get(designer))?.status).toBe("rejected");
    // Picked, the other candidate is no longer one on offer for this email.
    await expect(
      send({ type: "logRejection", rejection: r, interviewId: engineer }),
    ).rejects.toThrow("not one offered");
    expect((await db.interviews.get(engineer))?.status).toBe("active");
  });
});

describe("who sent a message, in Firefox's addresses too", () => {
  const FIREFOX = "moz-extension://3f1c9a2e-5b7d-4e8a-9c61-0d2b7e4f8a13/";
  it("knows Debrief's own pages by their moz-extension address, and no other add-on's", () => {
    expect(senderOf({ url: `${FIREFOX}src/popup/index.html` }, FIREFOX).extensionPage).toBe(true);
    const other = "moz-extension://9a8b7c6d-1111-2222-3333-444455556666/popup.html";
    expect(senderOf({ url: other }, FIREFOX).extensionPage).toBe(false);
    const mail = senderOf({ tab: { id: 4 }, url: MAIL }, FIREFOX);
    expect(mail).toMatchObject({ tabId: 4, extensionPage: false });
  });

  it("answers getOpenEmail to Debrief's own page in Firefox, and refuses a mail tab there", async () => {
    const { send } = setup();
    const page = senderOf({ url: `${FIREFOX}src/popup/index.html` }, FIREFOX);
    await expect(send({ type: "getOpenEmail", tabId: null }, page)).resolves.toBeNull();
    const mail = senderOf({ tab: { id: 4 }, url: MAIL }, FIREFOX);
    await expect(send({ type: "getOpenEmail", tabId: 4 }, mail)).rejects.toBeInstanceOf(
      InvalidMessageError,
    );
  });
});
