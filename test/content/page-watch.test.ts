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
    watchPage({ onChange: () => checks++, signal: lifetime.signal, delayMs: 20, maxWaitMs: 60 });
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
