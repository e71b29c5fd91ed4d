import type { SelectorHits } from "../core/selector-hits";
import { selectorTallies, tallySelectorLists } from "./select";
import { SELECTOR_LISTS } from "./selector-lists";

/** Long enough that reading a conversation's messages one after another sends one report. */
const FLUSH_DELAY_MS = 5_000;

/**
 * Counts which entry of each selector list matched on this page, and hands the background what is
 * new since the last report: soon after a read (debounced), and at once when the page goes away.
 */
export function createSelectorHitsReport(options: {
  send: (hits: SelectorHits) => void;
  delayMs?: number;
}) {
  tallySelectorLists(SELECTOR_LISTS.values());
  const delayMs = options.delayMs ?? FLUSH_DELAY_MS;
  /** What was already sent, per list, so each report carries only what is new. */
  const sent = new Map<string, number[]>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The counts since this page loaded, for lists that were looked for at all. */
  function thisPage(): SelectorHits {
    const hits: SelectorHits = {};
    const tallies = selectorTallies();
    for (const [name, list] of SELECTOR_LISTS) {
      const counts = tallies.get(list);
      if (counts?.some((count) => count > 0)) hits[name] = [...counts];
    }
    return hits;
  }

  function now(): void {
    clearTimeout(timer);
    timer = undefined;
    const delta: SelectorHits = {};
    let any = false;
    for (const [name, counts] of Object.entries(thisPage())) {
      const before = sent.get(name);
      const fresh = counts.map((count, index) => count - (before?.[index] ?? 0));
      if (fresh.some((count) => count > 0)) {
        delta[name] = fresh;
        any = true;
      }
      sent.set(name, counts);
    }
    if (any) options.send(delta);
  }

  return {
    thisPage,
    /** Reports after a quiet moment; a burst of reads gives one report. */
    soon(): void {
      if (timer === undefined) timer = setTimeout(now, delayMs);
    },
    now,
  };
}
