// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { HostAdapter, ReadResult } from "../../src/content/host";
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

function scripted(results: ReadResult[]): HostAdapter {
  return { host: "gmail", readOpenEmail: () => results.shift() ?? { kind: "none" } };
}

describe("following the open email", () => {
  it("reports each newly opened email once, and its closing once", () => {
    const events: string[] = [];
    const check = createOpenEmailTracker({
      adapter: scripted([
        { kind: "email", email: email("1") },
        { kind: "email", email: email("1") },
        { kind: "email", email: email("2") },
        { kind: "none" },
        { kind: "none" },
      ]),
      onOpened: (opened) => events.push(`open ${opened.messageId}`),
      onClosed: () => events.push("close"),
      log: () => {},
    });
    for (let i = 0; i < 5; i++) check();
    expect(events).toEqual(["open 1", "open 2", "close"]);
  });

  it("logs markup it does not know once, and shows nothing", () => {
    const lines: string[] = [];
    const events: string[] = [];
    const check = createOpenEmailTracker({
      adapter: scripted([
        { kind: "unrecognised", missing: "message body" },
        { kind: "unrecognised", missing: "message body" },
      ]),
      onOpened: () => events.push("open"),
      onClosed: () => events.push("close"),
      log: (line) => lines.push(line),
    });
    check();
    check();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("message body");
    expect(events).toEqual([]);
  });
});
