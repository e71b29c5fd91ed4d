// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { waitFor, whenQuiet } from "../../src/content/wait-for";

// The waits' clock is the test's: "after 40 quiet ms" means the same on a busy machine.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** Lets `ms` of the page's time pass, the observers' callbacks running between the timers. */
const pass = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** Whether `promise` has settled by now, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol("pending");
  return (await Promise.race([promise, Promise.resolve(marker)])) !== marker;
}

const editorIn = () => document.querySelector(".box [contenteditable=true]");

describe("waiting for an element", () => {
  it("gives it at once when it is already there", async () => {
    document.body.innerHTML = '<div class="box"><div contenteditable="true"></div></div>';
    const found = await waitFor(document, editorIn, {
      signal: new AbortController().signal,
      timeoutMs: 1000,
    });
    expect(found).toBe(document.querySelector("[contenteditable]"));
  });

  it("gives it as soon as the page adds it, without polling", async () => {
    const find = vi.fn(editorIn);
    const waiting = waitFor(document, find, {
      signal: new AbortController().signal,
      timeoutMs: 5000,
    });
    await pass(20);
    // Nothing changed: looked once, at the start.
    expect(find).toHaveBeenCalledTimes(1);
    const box = document.createElement("div");
    box.className = "box";
    const editor = document.createElement("div");
    editor.setAttribute("contenteditable", "true");
    box.append(editor);
    document.body.append(box);
    expect(await waiting).toBe(editor);
  });

  it("sees an element revealed by a change of attribute (Gmail's `.ip` gaining `adB`)", async () => {
    document.body.innerHTML = '<div class="ip"><div contenteditable="true"></div></div>';
    const waiting = waitFor(document, () => document.querySelector(".ip.adB [contenteditable]"), {
      signal: new AbortController().signal,
      timeoutMs: 5000,
    });
    document.querySelector(".ip")?.classList.add("adB");
    expect(await waiting).toBe(document.querySelector("[contenteditable]"));
  });

  it("gives null after the timeout, and stops watching", async () => {
    const find = vi.fn(editorIn);
    const waiting = waitFor(document, find, {
      signal: new AbortController().signal,
      timeoutMs: 30,
    });
    await pass(29);
    expect(await settled(waiting)).toBe(false);
    await pass(1);
    expect(await settled(waiting)).toBe(true);
    expect(await waiting).toBeNull();
    const calls = find.mock.calls.length;
    document.body.append(document.createElement("p"));
    await pass(10);
    expect(find).toHaveBeenCalledTimes(calls);
  });

  it("gives null at once when the signal aborts, before or during the wait", async () => {
    const aborted = new AbortController();
    aborted.abort();
    const find = vi.fn(editorIn);
    expect(await waitFor(document, find, { signal: aborted.signal, timeoutMs: 5000 })).toBeNull();
    expect(find).not.toHaveBeenCalled();

    const later = new AbortController();
    const waiting = waitFor(document, editorIn, { signal: later.signal, timeoutMs: 5000 });
    await pass(10);
    expect(await settled(waiting)).toBe(false);
    later.abort();
    // Ended by the abort, long before its timeout.
    expect(await settled(waiting)).toBe(true);
    expect(await waiting).toBeNull();
  });

  it("takes an error in the search for 'not yet'", async () => {
    let calls = 0;
    const waiting = waitFor(
      document,
      () => {
        calls += 1;
        if (calls === 1) throw new Error("page torn down");
        return editorIn();
      },
      { signal: new AbortController().signal, timeoutMs: 5000 },
    );
    document.body.innerHTML = '<div class="box"><div contenteditable="true"></div></div>';
    expect(await waiting).not.toBeNull();
  });
});

describe("waiting for an element to settle", () => {
  it("resolves once nothing changed inside it for the quiet time", async () => {
    const box = document.createElement("div");
    document.body.append(box);
    const quiet = whenQuiet(box, {
      signal: new AbortController().signal,
      quietMs: 40,
      maxMs: 2000,
    });
    await pass(20);
    box.append("signature");
    // 20 ms until the change, then 40 quiet ones: not at 40 ms from the start, but at 60.
    await pass(39);
    expect(await settled(quiet)).toBe(false);
    await pass(1);
    expect(await settled(quiet)).toBe(true);
  });

  it("gives up waiting after the longest wait, however busy the element stays", async () => {
    const box = document.createElement("div");
    document.body.append(box);
    const busy = setInterval(() => box.append("x"), 5);
    const quiet = whenQuiet(box, { signal: new AbortController().signal, quietMs: 50, maxMs: 120 });
    await pass(119);
    expect(await settled(quiet)).toBe(false);
    await pass(1);
    expect(await settled(quiet)).toBe(true);
    clearInterval(busy);
  });
});
