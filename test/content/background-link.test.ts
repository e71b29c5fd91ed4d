import { describe, expect, it, vi } from "vitest";
import { createBackgroundLink } from "../../src/content/background-link";

// The polyfill refuses to load outside an extension; these tests pass their own `send`.
vi.mock("webextension-polyfill", () => ({ default: {} }));

describe("the content script's line to the background", () => {
  it("returns the background's reply", async () => {
    const send = vi.fn(async () => ({ interviews: [] }));
    const link = createBackgroundLink({
      send: send as never,
      isConnected: () => true,
      stop: () => {},
      log: () => {},
    });
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
      isConnected: () => true,
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

describe("an orphaned content script", () => {
  it("stops at its next look at the page, before sending anything", () => {
    const lines: string[] = [];
    const stop = vi.fn();
    const send = vi.fn();
    let connected = true;
    const link = createBackgroundLink({
      send: send as never,
      isConnected: () => connected,
      stop,
      log: (line) => lines.push(line),
    });
    expect(link.alive()).toBe(true);
    connected = false;
    expect(link.alive()).toBe(false);
    expect(link.alive()).toBe(false);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(lines).toEqual([expect.stringContaining("reload this tab")]);
    expect(send).not.toHaveBeenCalled();
  });
});

describe("a message the background refuses", () => {
  it("is logged and answered with nothing, and the line to the background stays up", async () => {
    const lines: string[] = [];
    const stop = vi.fn();
    const send = vi.fn(async () => {
      throw new Error("Debrief: chooseInterview: no interview 42");
    });
    const link = createBackgroundLink({
      send: send as never,
      isConnected: () => true,
      stop,
      log: (line) => lines.push(line),
    });
    await expect(link.request({ type: "emailClosed" })).resolves.toBeNull();
    expect(link.lost).toBe(false);
    expect(stop).not.toHaveBeenCalled();
    expect(lines).toEqual(["Debrief: chooseInterview: no interview 42"]);
  });
});

describe("a notice to the background", () => {
  it("is handed over without a reply, and none once the extension is gone", () => {
    const notice = vi.fn();
    const lines: string[] = [];
    let connected = true;
    const link = createBackgroundLink({
      notice,
      isConnected: () => connected,
      stop: () => {},
      log: (line) => lines.push(line),
    });
    link.notify({ type: "emailClosed" });
    expect(notice).toHaveBeenCalledWith({ type: "emailClosed" });
    connected = false;
    expect(link.alive()).toBe(false);
    link.notify({ type: "emailClosed" });
    expect(notice).toHaveBeenCalledTimes(1);
  });

  it("that cannot be handed over because the extension was reloaded stops the script", () => {
    const stop = vi.fn();
    const link = createBackgroundLink({
      notice: () => {
        throw new Error("Extension context invalidated.");
      },
      isConnected: () => true,
      stop,
      log: () => {},
    });
    expect(() => link.notify({ type: "emailClosed" })).not.toThrow();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(link.lost).toBe(true);
  });
});
