// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchPage } from "../../src/content/page-watch";

// The page's clock is the test's: what happens at 5 ms or 60 ms is the same on a busy machine.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** Lets `ms` of the page's time pass, the observer's callbacks running between its timers. */
const pass = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe("watching the page", () => {
  it("checks once after a burst of changes, and not at all once stopped", async () => {
    let checks = 0;
    const lifetime = new AbortController();
    watchPage({ onChange: () => checks++, signal: lifetime.signal, delayMs: 5 });
    await pass(4);
    expect(checks).toBe(0);
    await pass(1);
    expect(checks).toBe(1);
    for (let i = 0; i < 200; i++) document.body.append(document.createElement("div"));
    await pass(40);
    expect(checks).toBe(2);
    window.dispatchEvent(new Event("hashchange"));
    await pass(40);
    expect(checks).toBe(3);
    lifetime.abort();
    document.body.append(document.createElement("div"));
    window.dispatchEvent(new Event("hashchange"));
    await pass(40);
    expect(checks).toBe(3);
  });
});

describe("watching a page that never rests", () => {
  it("still checks while changes keep coming", async () => {
    let checks = 0;
    const lifetime = new AbortController();
    watchPage({
      onChange: () => checks++,
      signal: lifetime.signal,
      delayMs: 20,
      maxWaitMs: 60,
      maxBackoffMs: 60,
    });
    await pass(40);
    checks = 0;
    const busy = setInterval(() => document.body.append(document.createElement("span")), 5);
    await pass(300);
    clearInterval(busy);
    lifetime.abort();
    // A pure debounce would never have fired; the maximum wait makes it fire every 60 ms.
    expect(checks).toBeGreaterThanOrEqual(4);
  });
});

describe("a page that changes every few milliseconds", () => {
  it("wakes the watch a handful of times a second, not at every change", async () => {
    let checks = 0;
    const lifetime = new AbortController();
    watchPage({ onChange: () => checks++, signal: lifetime.signal, delayMs: 20 });
    await pass(40);
    checks = 0;
    const timers = vi.spyOn(globalThis, "setTimeout");
    const busy = setInterval(() => document.body.append(document.createElement("span")), 5);
    await pass(1_500);
    clearInterval(busy);
    // The page's own interval is no timer of the watch's.
    const watchTimers = timers.mock.calls.filter(([callback]) => callback.name === "fire").length;
    timers.mockRestore();
    expect(checks).toBeGreaterThanOrEqual(3);
    // A timer every 5 or 20 ms would be 75 or more; waits that double, to 80 ms, keep it near 20.
    expect(watchTimers).toBeLessThan(30);
    // Once the page rests, the settled check still comes soon after the last change.
    checks = 0;
    await pass(1_300);
    expect(checks).toBe(1);
    lifetime.abort();
  });
});

describe("right after a click or a navigation", () => {
  it("answers each change in the observer's callback, before any timer, until the window ends", async () => {
    const settled: number[] = [];
    const armed: number[] = [];
    const lifetime = new AbortController();
    watchPage({
      onChange: () => settled.push(performance.now()),
      onArmedChange: () => armed.push(performance.now()),
      signal: lifetime.signal,
      delayMs: 20,
      armedMs: 100,
    });
    await pass(40);
    settled.length = 0;
    // Not armed: a change waits for the page to settle.
    document.body.append(document.createElement("div"));
    await Promise.resolve();
    expect(armed).toEqual([]);
    await pass(40);
    expect(settled).toHaveLength(1);
    // A click arms it: the next change is answered in the observer's callback, at once.
    document.body.dispatchEvent(new MouseEvent("pointerdown", { bubbles: true }));
    document.body.append(document.createElement("div"));
    await Promise.resolve();
    expect(armed).toHaveLength(1);
    // The settled check still follows, for what arrives later.
    await pass(40);
    expect(settled).toHaveLength(2);
    // The window closes: changes wait again.
    await pass(100);
    document.body.append(document.createElement("div"));
    await Promise.resolve();
    expect(armed).toHaveLength(1);
    lifetime.abort();
  });

  it("answers at once on a navigation, and no more once disarmed", async () => {
    let armed = 0;
    const lifetime = new AbortController();
    const watch = watchPage({
      onChange: () => {},
      onArmedChange: () => armed++,
      signal: lifetime.signal,
      armedMs: 1_000,
    });
    window.dispatchEvent(new Event("hashchange"));
    expect(armed).toBe(1);
    document.body.append(document.createElement("div"));
    await Promise.resolve();
    expect(armed).toBe(2);
    watch.disarm();
    document.body.append(document.createElement("div"));
    await Promise.resolve();
    expect(armed).toBe(2);
    document.body.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true }));
    document.body.append(document.createElement("div"));
    await Promise.resolve();
    expect(armed).toBe(3);
    lifetime.abort();
    window.dispatchEvent(new Event("hashchange"));
    expect(armed).toBe(3);
  });
});

describe("a page that stays busy with no one touching it", () => {
  it("is looked at less and less often, and at the usual pace again once the address changes", async () => {
    const at: number[] = [];
    const lifetime = new AbortController();
    watchPage({
      onChange: () => at.push(performance.now()),
      signal: lifetime.signal,
      delayMs: 20,
      maxWaitMs: 50,
      maxBackoffMs: 400,
    });
    await pass(40);
    at.length = 0;
    const busy = setInterval(() => document.body.append(document.createElement("span")), 5);
    await pass(1_500);
    const gaps = at.slice(1).map((time, i) => time - (at[i] ?? 0));
    // 50, 100, 200, then 400 at most: a handful of looks where a fixed pace would take thirty.
    expect(at.length).toBeLessThanOrEqual(8);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(400 + 5);
    // A click alone that goes nowhere leaves the pace as it is: one look in 400 ms at most.
    document.body.dispatchEvent(new MouseEvent("pointerdown", { bubbles: true }));
    at.length = 0;
    await pass(399);
    expect(at.length).toBeLessThanOrEqual(1);
    // A click that leads to another address (Outlook's pushState fires no event) brings the
    // usual pace back: 50, 100, 200 ms apart.
    document.body.dispatchEvent(new MouseEvent("pointerdown", { bubbles: true }));
    history.pushState(null, "", "#/mail/inbox/id/AAMk");
    at.length = 0;
    await pass(399);
    expect(at.length).toBeGreaterThanOrEqual(3);
    clearInterval(busy);
    lifetime.abort();
  });
});
