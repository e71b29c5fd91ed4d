import { describe, expect, it, vi } from "vitest";
import { createBackgroundLink } from "../../src/content/background-link";

// The polyfill refuses to load outside an extension; these tests pass their own `send`.
vi.mock("webextension-polyfill", () => ({ default: {} }));

describe("the content script's line to the background", () => {
  it("returns the background's reply", async () => {
    const send = vi.fn(async () => ({ interviews: [] }));
    const link = createBackgroundLink({ send: send as never, stop: () => {}, log: () => {} });
    expect(await link.request({ type: "emailClosed" })).toEqual({ interviews: [] });
  });

  it("after the extension is reloaded, says so once, stops the script and never throws", async () => {
    const lines: string[] = [];
    const stop = vi.fn();
    const send = vi.fn(async () => {
      throw new Error("Extension context invalidated.");
    });
    const link = createBackgroundLink({
      send: send as never,
      stop,
      log: (line) => lines.push(line),
    });
    await expect(link.request({ type: "emailClosed" })).resolves.toBeNull();
    await expect(link.request({ type: "emailClosed" })).resolves.toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/reload this tab/);
    expect(link.lost).toBe(true);
  });
});
