// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { waitFor, whenQuiet } from "../../src/content/wait-for";

afterEach(() => {
  document.body.replaceChildren();
});

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
    await new Promise((resolve) => setTimeout(resolve, 20));
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
    expect(
      await waitFor(document, find, { signal: new AbortController().signal, timeoutMs: 30 }),
    ).toBeNull();
    const calls = find.mock.calls.length;
    document.body.append(document.createElement("p"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(find).toHaveBeenCalledTimes(calls);
  });

  it("gives null at once when the signal aborts, before or during the wait", async () => {
    const aborted = new AbortController();
    aborted.abort();
    const find = vi.fn(editorIn);
    expect(await waitFor(document, find, { signal: aborted.signal, timeoutMs: 5000 })).toBeNull();
    expect(find).not.toHaveBeenCalled();

    const later = new AbortController();
    const started = performance.now();
    const waiting = waitFor(document, editorIn, { signal: later.signal, timeoutMs: 5000 });
    setTimeout(() => later.abort(), 10);
    expect(await waiting).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
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
    const started = performance.now();
    const settled = whenQuiet(box, {
      signal: new AbortController().signal,
      quietMs: 40,
      maxMs: 2000,
    });
    setTimeout(() => box.append("signature"), 20);
    await settled;
    // 20 ms until the change, then 40 quiet ones.
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("gives up waiting after the longest wait, however busy the element stays", async () => {
    const box = document.createElement("div");
    document.body.append(box);
    const busy = setInterval(() => box.append("x"), 5);
    const started = performance.now();
    await whenQuiet(box, { signal: new AbortController().signal, quietMs: 50, maxMs: 120 });
    clearInterval(busy);
    expect(performance.now() - started).toBeLessThan(600);
  });
});
