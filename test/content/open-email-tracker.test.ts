// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Found, HostAdapter, ReadResult } from "../../src/content/host";
import { createOpenEmailTracker } from "../../src/content/open-email-tracker";
import type { OpenedEmail } from "../../src/core/email";

const email = (messageId: string): OpenedEmail => ({
  host: "gmail",
  messageId,
  threadId: "t",
  subject: "s",
  from: { name: "n", address: "a@b.example" },
  body: "",
});

/** Message `id` as found on the page; reading it gives `result` and is counted in `reads`. */
function message(
  id: string,
  reads: string[],
  result: ReadResult = { kind: "email", email: email(id), missed: [] },
): Found {
  return {
    kind: "message",
    messageId: id,
    read: () => {
      reads.push(id);
      return result;
    },
  };
}

/** An adapter that finds what it is given, one check at a time, then nothing. */
function scripted(finds: Found[]): HostAdapter {
  return { host: "gmail", findOpenMessage: () => finds.shift() ?? { kind: "none" } };
}

function track(finds: Found[]) {
  const events: string[] = [];
  const lines: string[] = [];
  const check = createOpenEmailTracker({
    adapter: scripted(finds),
    onOpened: (opened) => events.push(`open ${opened.messageId}`),
    onClosed: () => events.push("close"),
    log: (line) => lines.push(line),
  });
  return { check, events, lines };
}

describe("following the open email", () => {
  it("reports each newly opened email once, and its closing once", () => {
    const reads: string[] = [];
    const { check, events } = track([
      message("1", reads),
      message("1", reads),
      message("2", reads),
      { kind: "none" },
      { kind: "none" },
    ]);
    for (let i = 0; i < 5; i++) check();
    expect(events).toEqual(["open 1", "open 2", "close"]);
  });

  it("reads a message once more after it opens, and not again however often the page changes", () => {
    const reads: string[] = [];
    const finds = [
      ...Array.from({ length: 10 }, () => message("1", reads)),
      message("2", reads),
      message("2", reads),
      { kind: "none" } as const,
      message("1", reads),
      message("1", reads),
    ];
    const { check, events } = track(finds);
    for (let i = 0; i < 15; i++) check();
    // Reopening message 1 after it was closed is a new opening: read and reported again.
    expect(reads).toEqual(["1", "1", "2", "2", "1", "1"]);
    expect(events).toEqual(["open 1", "open 2", "close", "open 1"]);
  });

  it("reads again a message it could not read, until it can", () => {
    const reads: string[] = [];
    const { check, events, lines } = track([
      message("1", reads, { kind: "unrecognised", missing: "body" }),
      message("1", reads, { kind: "unrecognised", missing: "body" }),
      message("1", reads),
      message("1", reads),
    ]);
    for (let i = 0; i < 4; i++) check();
    expect(reads).toEqual(["1", "1", "1", "1"]);
    expect(events).toEqual(["open 1"]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("body not found");
  });

  it("logs markup it does not know once per kind, and shows nothing", () => {
    const { check, events, lines } = track([
      { kind: "unrecognised", missing: "message body" },
      { kind: "unrecognised", missing: "message body" },
      { kind: "unrecognised", missing: "sender" },
    ]);
    for (let i = 0; i < 3; i++) check();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("message body");
    expect(lines[1]).toContain("sender");
    expect(events).toEqual([]);
  });

  it("opens an email read without some of its parts, and says once which part was missed", () => {
    const reads: string[] = [];
    const partial = (id: string): ReadResult => ({
      kind: "email",
      email: { ...email(id), from: { name: "", address: "" } },
      missed: ["sender"],
    });
    const { check, events, lines } = track([
      message("1", reads, partial("1")),
      message("2", reads, partial("2")),
    ]);
    check();
    check();
    expect(events).toEqual(["open 1", "open 2"]);
    expect(lines).toEqual([
      "Debrief: this gmail page shows a message whose sender Debrief could not find; it reads the rest.",
    ]);
  });

  it("closes the open email when the next message cannot be read", () => {
    const reads: string[] = [];
    const { check, events } = track([
      message("1", reads),
      message("2", reads, { kind: "unrecognised", missing: "sender" }),
      message("2", reads, { kind: "unrecognised", missing: "sender" }),
    ]);
    for (let i = 0; i < 3; i++) check();
    expect(events).toEqual(["open 1", "close"]);
  });
});

describe("a body that arrives in parts", () => {
  const withBody = (id: string, body: string, reads: string[]) =>
    message(id, reads, { kind: "email", email: { ...email(id), body }, missed: [] });

  it("reports the same message again when it reads longer once the page settles", () => {
    const reads: string[] = [];
    const bodies: string[] = [];
    const check = createOpenEmailTracker({
      adapter: scripted([
        withBody("1", "Thank you for", reads),
        withBody("1", "Thank you for your time. Unfortunately", reads),
        withBody("1", "Thank you for your time. Unfortunately", reads),
        withBody("1", "Thank you for your time. Unfortunately", reads),
      ]),
      onOpened: (opened) => bodies.push(opened.body),
      onClosed: () => bodies.push("closed"),
    });
    check("armed");
    for (let i = 0; i < 3; i++) check("settled");
    expect(bodies).toEqual(["Thank you for", "Thank you for your time. Unfortunately"]);
    // Read on opening, again while it changed, once more to see it rest; then left alone.
    expect(reads).toEqual(["1", "1", "1"]);
  });

  it("stops reading a body that never rests after a few tries", () => {
    const reads: string[] = [];
    const finds = Array.from({ length: 20 }, (_, i) => withBody("1", `part ${i}`, reads));
    const { check, events } = track(finds);
    for (let i = 0; i < 20; i++) check("settled");
    expect(reads).toHaveLength(4);
    expect(events).toHaveLength(4);
  });

  it("in the observer's callback, a message still being drawn is neither read again nor called unreadable", () => {
    const reads: string[] = [];
    const { check, events, lines } = track([
      message("1", reads, { kind: "unrecognised", missing: "body" }),
      { kind: "unrecognised", missing: "reading pane" },
      message("1", reads),
      message("1", reads),
    ]);
    check("armed");
    check("armed");
    check("armed");
    check("armed");
    expect(events).toEqual(["open 1"]);
    expect(lines).toEqual([]);
    expect(reads).toEqual(["1", "1"]);
  });
});

describe("in the observer's callback right after a click", () => {
  it("looks only when the address changed since the page last settled", () => {
    const reads: string[] = [];
    const looks: string[] = [];
    const finds: Found[] = [{ kind: "none" }, message("1", reads)];
    const events: string[] = [];
    const check = createOpenEmailTracker({
      adapter: {
        host: "gmail",
        findOpenMessage: () => {
          looks.push(location.hash);
          return finds.shift() ?? { kind: "none" };
        },
      },
      onOpened: (opened) => events.push(`open ${opened.messageId}`),
      onClosed: () => events.push("close"),
    });
    location.hash = "#inbox";
    check("settled");
    // A click on the list's checkbox: the address is the same, the callback does not look.
    check("armed");
    expect(looks).toEqual(["#inbox"]);
    location.hash = "#inbox/thread-1";
    check("armed");
    expect(events).toEqual(["open 1"]);
    expect(looks).toEqual(["#inbox", "#inbox/thread-1"]);
  });
});

describe("a message Debrief cannot read", () => {
  function trackUnreadable(finds: Found[]) {
    const events: string[] = [];
    const check = createOpenEmailTracker({
      adapter: scripted(finds),
      onOpened: (opened) => events.push(`open ${opened.messageId}`),
      onClosed: () => events.push("close"),
      onUnreadable: (missing) => events.push(`unreadable ${missing}`),
      log: () => {},
    });
    return { check, events };
  }

  it("is said once for each thing missing, ends the email open before, and ends when one is read", () => {
    const reads: string[] = [];
    const { check, events } = trackUnreadable([
      message("1", reads),
      message("2", reads, { kind: "unrecognised", missing: "body" }),
      message("2", reads, { kind: "unrecognised", missing: "body" }),
      { kind: "unrecognised", missing: "reading pane" },
      message("2", reads),
    ]);
    for (let i = 0; i < 5; i++) check();
    expect(events).toEqual(["open 1", "unreadable body", "unreadable reading pane", "open 2"]);
  });

  it("leaves the console's line to its listener, which writes it once the page stays unreadable", () => {
    const lines: string[] = [];
    let say: (() => void) | null = null;
    const check = createOpenEmailTracker({
      adapter: scripted([
        { kind: "unrecognised", missing: "body" },
        message("1", []),
        { kind: "unrecognised", missing: "body" },
      ]),
      onOpened: () => {},
      onClosed: () => {},
      onUnreadable: (_missing, sayInConsole) => {
        say = sayInConsole;
      },
      log: (line) => lines.push(line),
    });
    // The body arrives a moment later: nothing was said.
    check();
    check();
    expect(lines).toEqual([]);
    // Unreadable again, and it lasts: the listener says so, once however often it asks.
    check();
    (say as (() => void) | null)?.();
    (say as (() => void) | null)?.();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("body not found");
  });

  it("ends when the page shows no message any more", () => {
    const { check, events } = trackUnreadable([
      { kind: "unrecognised", missing: "body" },
      { kind: "none" },
      { kind: "none" },
    ]);
    for (let i = 0; i < 3; i++) check();
    expect(events).toEqual(["unreadable body", "close"]);
  });
});
