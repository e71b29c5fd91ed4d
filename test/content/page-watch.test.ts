// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { watchPage } from "../../src/content/page-watch";

const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

describe("watching the page", () => {
  it("checks once after a burst of changes, and not at all once stopped", async () => {
    let checks = 0;
    const lifetime = new AbortController();
    watchPage({ onChange: () => checks++, signal: lifetime.signal, delayMs: 5 });
    await settle();
    expect(checks).toBe(1);
    for (let i = 0; i < 200; i++) document.body.append(document.createElement("div"));
    await settle();
    expect(checks).toBe(2);
    window.dispatchEvent(new Event("hashchange"));
    await settle();
    expect(checks).toBe(3);
    lifetime.abort();
    document.body.append(document.createElement("div"));
    window.dispatchEvent(new Event("hashchange"));
    await settle();
    expect(checks).toBe(3);
  });
});

describe("watching a page that never rests", () => {
  it("still checks while changes keep coming", async () => {
    let checks = 0;
    const lifetime = new AbortController();
    watchPage({ onChange: () => checks++, signal: lifetime.signal, delayMs: 20, maxWaitMs: 60 });
    await settle();
    checks = 0;
    const busy = setInterval(() => document.body.append(document.createElement("span")), 5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(busy);
    lifetime.abort();
    // A pure debounce would never have fired; the maximum wait makes it fire about every 60 ms.
    expect(checks).toBeGreaterThanOrEqual(3);
  });
});
