// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as gmail from "../../src/content/gmail/selectors";
import * as outlook from "../../src/content/outlook/selectors";
import {
  closestFirst,
  firstShown,
  matchesAny,
  queryAllFirst,
  queryFirst,
  selectorTallies,
} from "../../src/content/select";
import { createSelectorHitsReport } from "../../src/content/selector-hits-report";
import { clientOfList, SELECTOR_LISTS } from "../../src/content/selector-lists";
import type { SelectorHits } from "../../src/core/selector-hits";

/** The counts so far for one list: per entry, then misses. */
const counts = (list: readonly unknown[]) =>
  [...(selectorTallies().get(list as never) ?? [])] as number[];

describe("the names of the selector lists", () => {
  it("come from the selectors modules: every list they export, nested ones too, under its client", () => {
    expect(SELECTOR_LISTS.get("outlook.body")).toBe(outlook.body);
    expect(SELECTOR_LISTS.get("gmail.messageState.expanded")).toBe(gmail.messageState.expanded);
    for (const [client, module] of [
      ["gmail", gmail],
      ["outlook", outlook],
    ] as const) {
      for (const [name, value] of Object.entries(module)) {
        if (Array.isArray(value)) expect(SELECTOR_LISTS.get(`${client}.${name}`), name).toBe(value);
      }
    }
    for (const name of SELECTOR_LISTS.keys()) expect(clientOfList(name), name).not.toBeNull();
  });
});

describe("counting which selector matched", () => {
  let report: ReturnType<typeof createSelectorHitsReport>;
  let sent: SelectorHits[];
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    report = createSelectorHitsReport({ send: (hits) => sent.push(hits), delayMs: 1_000 });
    report.now();
    sent = [];
    document.body.innerHTML = "";
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("counts the entry that matched, the first or a fallback, and a miss", () => {
    const before = counts(outlook.body);
    document.body.innerHTML = `<div id="UniqueMessageBody_1">Hello</div>`;
    queryFirst(document, outlook.body);
    firstShown(document, outlook.body);
    queryAllFirst(document, outlook.body);
    document.body.innerHTML = `<div role="document"><p id="UniqueMessageBody_2">Hi</p></div>`;
    queryFirst(document, outlook.body);
    document.body.innerHTML = "<p>Nothing Debrief knows</p>";
    closestFirst(document.body.firstElementChild as Element, outlook.body);
    const after = counts(outlook.body);
    expect(after.map((count, index) => count - (before[index] ?? 0))).toEqual([1, 3, 0, 0, 1]);
  });

  it("counts a test of one element only when it matches: 'no' is its usual answer", () => {
    const before = counts(outlook.collapsedMessage);
    document.body.innerHTML = `<div aria-expanded="false"></div><div aria-expanded="true"></div>`;
    const [collapsed, open] = [...document.body.children];
    expect(matchesAny(collapsed as Element, outlook.collapsedMessage)).toBe(true);
    expect(matchesAny(open as Element, outlook.collapsedMessage)).toBe(false);
    expect(counts(outlook.collapsedMessage)).toEqual([(before[0] ?? 0) + 1, before[1] ?? 0]);
  });

  it("reports what is new once after a burst of reads, and everything at once when asked", () => {
    document.body.innerHTML = `<div id="ReadingPaneContainerId"></div>`;
    firstShown(document, outlook.readingPane);
    report.soon();
    firstShown(document, outlook.readingPane);
    report.soon();
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(sent).toEqual([{ "outlook.readingPane": [2, 0, 0, 0, 0] }]);

    // Nothing new: nothing to say.
    report.now();
    expect(sent).toHaveLength(1);
    document.body.innerHTML = "";
    firstShown(document, outlook.readingPane);
    report.now();
    expect(sent[1]).toEqual({ "outlook.readingPane": [0, 0, 0, 0, 1] });
    // The page's own counts, for its sample, are all it counted.
    expect(report.thisPage()["outlook.readingPane"]?.reduce((a, b) => a + b)).toBeGreaterThan(2);
  });
});
