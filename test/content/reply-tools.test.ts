// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReplyWith } from "../../src/content/host";
import { replyThroughTools } from "../../src/content/reply/reply-tools";
import { REPLY_ENTRY } from "../../src/messages";

const scope = globalThis as Record<string, unknown>;
afterEach(() => {
  delete scope[REPLY_ENTRY];
});

describe("the reply, loaded on first use", () => {
  it("asks the background for the reply code once, then types with it", async () => {
    const typed = vi.fn<ReplyWith>(async () => ({ ok: true }));
    const request = vi.fn(async () => {
      scope[REPLY_ENTRY] = { gmail: typed };
      return true;
    });
    const reply = replyThroughTools("gmail", { request });
    const signal = new AbortController().signal;
    expect(await reply(document, "m1", "Hi Maya", signal)).toEqual({ ok: true });
    expect(await reply(document, "m1", "Hi again", signal)).toEqual({ ok: true });
    expect(request).toHaveBeenCalledTimes(1);
    expect(typed.mock.calls.map((call) => call[2])).toEqual(["Hi Maya", "Hi again"]);
  });

  it("types nothing, and says so, when the code could not be loaded; the next press asks again", async () => {
    const request = vi.fn(async () => null);
    const reply = replyThroughTools("outlook", { request });
    const signal = new AbortController().signal;
    expect(await reply(document, "m1", "Hi", signal)).toEqual({
      ok: false,
      reason: "not-inserted",
    });
    await reply(document, "m1", "Hi", signal);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it("stops when the user left the email while the code was loading", async () => {
    const typed = vi.fn<ReplyWith>(async () => ({ ok: true }));
    const leaving = new AbortController();
    const reply = replyThroughTools("gmail", {
      request: async () => {
        scope[REPLY_ENTRY] = { gmail: typed };
        leaving.abort();
        return true;
      },
    });
    expect(await reply(document, "m1", "Hi", leaving.signal)).toEqual({
      ok: false,
      reason: "aborted",
    });
    expect(typed).not.toHaveBeenCalled();
  });
});
