import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createHandlers, dispatch, senderOf } from "../../src/background/handlers";
import { InvalidMessageError } from "../../src/background/validate";
import { SELECTOR_LISTS } from "../../src/content/selector-lists";
import type { OpenedEmail } from "../../src/core/email";
import { SELECTOR_HITS_KEY } from "../../src/core/selector-hits";
import { openDatabase } from "../../src/db/database";
import { memoryArea } from "./memory-area";

// What the background keeps when a mail page cannot be read: which tab says so (for the popup),
// and which selectors matched (for whoever fixes the reader). Both come from pages Debrief does
// not control, so both are checked before anything is kept.

const ORIGIN = "chrome-extension://debriefdebriefdebriefdebriefdebr/";
const OUTLOOK = "https://outlook.office.com/mail/inbox/id/AAMk";
const tab = (id: number, url = OUTLOOK) => senderOf({ tab: { id }, url }, ORIGIN);
const popup = senderOf({ url: `${ORIGIN}src/popup/index.html` }, ORIGIN);

function setup() {
  const session = memoryArea();
  const local = memoryArea();
  let clock = 0;
  const handlers = createHandlers({
    db: openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange }),
    session,
    local,
    now: () => new Date(Date.UTC(2026, 11, 2, 9, 0, clock++)),
  });
  const send = (message: unknown, sender = tab(3)) => dispatch(handlers, message, sender);
  return { send, session, local };
}

const email: OpenedEmail = {
  host: "outlook",
  messageId: "AAMk",
  threadId: "AAQk",
  subject: "Your application",
  from: { name: "Rosa Lind", address: "rosa@meridian.example" },
  body: "Thank you.",
};

/** Counts for `name` with `index` matched once: one slot per entry, then misses. */
function hit(name: string, index: number): Record<string, number[]> {
  const counts = new Array<number>((SELECTOR_LISTS.get(name)?.length ?? 0) + 1).fill(0);
  counts[index] = 1;
  return { [name]: counts };
}

describe("a mail tab showing a message Debrief cannot read", () => {
  it("is told to the popup for that tab, with the client and what was missing", async () => {
    const { send } = setup();
    await send({ type: "pageUnreadable", missing: "body" }, tab(3));
    expect(await send({ type: "getUnreadablePage", tabId: 3 }, popup)).toEqual({
      tabId: 3,
      host: "outlook",
      missing: "body",
      seenAt: "2026-12-02T09:00:00.000Z",
    });
  });

  it("is forgotten once the tab reads a message, or shows none", async () => {
    const { send } = setup();
    await send({ type: "pageUnreadable", missing: "body" }, tab(3));
    await send({ type: "emailOpened", email }, tab(3));
    expect(await send({ type: "getUnreadablePage", tabId: 3 }, popup)).toBeNull();
    await send({ type: "pageUnreadable", missing: "reading pane" }, tab(3));
    // The email it read before is not open any more.
    expect(await send({ type: "getOpenEmail", tabId: 3 }, popup)).toBeNull();
    await send({ type: "emailClosed" }, tab(3));
    expect(await send({ type: "getUnreadablePage", tabId: 3 }, popup)).toBeNull();
  });

  it("is not shown for a tab that reads its email fine, though another tab could not read one", async () => {
    const { send } = setup();
    await send({ type: "pageUnreadable", missing: "body" }, tab(3));
    await send({ type: "emailOpened", email }, tab(4));
    expect(await send({ type: "getUnreadablePage", tabId: 4 }, popup)).toBeNull();
    // A popup in no mail tab (or in a tab of its own) hears of the latest one, as for open emails.
    expect(await send({ type: "getUnreadablePage", tabId: null }, popup)).toMatchObject({
      tabId: 3,
    });
  });

  it("may be said only by a mail tab, asked only by Debrief's own pages, and is checked", async () => {
    const { send, session } = setup();
    await expect(send({ type: "pageUnreadable", missing: "body" }, popup)).rejects.toThrow(
      "only a mail tab may send this",
    );
    await expect(send({ type: "getUnreadablePage", tabId: 3 }, tab(3))).rejects.toThrow(
      "only Debrief's own pages may ask this",
    );
    for (const missing of ["", "x".repeat(201), 42]) {
      await expect(send({ type: "pageUnreadable", missing }, tab(3))).rejects.toBeInstanceOf(
        InvalidMessageError,
      );
    }
    // A page that is no mail site has no client to name.
    await send({ type: "pageUnreadable", missing: "body" }, tab(5, "https://example.com/"));
    expect(session.store).toEqual({});
  });
});

describe("selector counts from a mail tab", () => {
  it("are added to what is kept, list by list", async () => {
    const { send, local } = setup();
    await send({ type: "selectorHits", hits: hit("outlook.body", 0) });
    await send({
      type: "selectorHits",
      hits: { ...hit("outlook.body", 2), ...hit("gmail.body", 5) },
    });
    expect(local.store[SELECTOR_HITS_KEY]).toEqual({
      "outlook.body": [1, 0, 1, 0, 0],
      "gmail.body": [0, 0, 0, 0, 0, 1],
    });
  });

  it("lose nothing when two tabs report at the same moment", async () => {
    const { send, local } = setup();
    await Promise.all([
      send(
        { type: "selectorHits", hits: hit("outlook.body", 0) },
        tab(3, "https://outlook.live.com/mail/"),
      ),
      send(
        { type: "selectorHits", hits: hit("outlook.body", 1) },
        tab(4, "https://outlook.live.com/mail/"),
      ),
      send({ type: "selectorHits", hits: hit("gmail.body", 0) }, tab(5)),
    ]);
    expect(local.store[SELECTOR_HITS_KEY]).toEqual({
      "outlook.body": [1, 1, 0, 0, 0],
      "gmail.body": [1, 0, 0, 0, 0, 0],
    });
  });

  it("refuse a list Debrief has not, counts of the wrong length or sign, and keep nothing of them", async () => {
    const { send, local } = setup();
    const bad = [
      { "outlook.nothing": [1, 0] },
      { "outlook.body": [1, 0] },
      { "outlook.body": [1, 0, 0, 0, -1] },
      { "outlook.body": [1, 0, 0, 0, 0.5] },
      JSON.parse(`{"__proto__": [1]}`),
      [],
    ];
    for (const hits of bad) {
      await expect(send({ type: "selectorHits", hits })).rejects.toBeInstanceOf(
        InvalidMessageError,
      );
    }
    await expect(
      send({ type: "selectorHits", hits: hit("outlook.body", 0) }, popup),
    ).rejects.toThrow("only a mail tab may send this");
    expect(local.store).toEqual({});
  });
});
