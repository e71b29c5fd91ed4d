/**
 * How the content script's selector lists fared, kept in the extension's storage: per list name
 * ("outlook.body"), one count per entry (the first is the usual one, later ones are fallbacks) and
 * then the count of times none matched. The readers' fallbacks keep Debrief working when a mail
 * client changes its markup; these counts are how anyone learns that it did.
 */
export type SelectorHits = Record<string, number[]>;

/** The key in `storage.local`. */
export const SELECTOR_HITS_KEY = "selectorHits";

/** No count grows past this, so the stored object stays the same size however long it is kept. */
export const MAX_SELECTOR_COUNT = 1_000_000_000;

/** How many counts a list of `entries` selectors has: one per entry, then one for misses. */
export function countsFor(entries: number): number {
  return entries + 1;
}

/**
 * What is stored plus `delta`, keeping only lists in `lengths` (list name → number of entries) and
 * counts of the right length: a list that gained or lost an entry in an update starts again, since
 * its old counts no longer say which entry is which. Anything malformed in `stored` is dropped.
 */
export function mergeSelectorHits(
  stored: unknown,
  delta: SelectorHits,
  lengths: ReadonlyMap<string, number>,
): SelectorHits {
  const merged: SelectorHits = {};
  const fits = (name: string, counts: unknown): counts is number[] =>
    Array.isArray(counts) &&
    counts.length === countsFor(lengths.get(name) ?? -2) &&
    counts.every((count) => Number.isSafeInteger(count) && count >= 0);
  if (stored !== null && typeof stored === "object") {
    for (const [name, counts] of Object.entries(stored)) {
      if (fits(name, counts))
        merged[name] = counts.map((count) => Math.min(count, MAX_SELECTOR_COUNT));
    }
  }
  for (const [name, counts] of Object.entries(delta)) {
    if (!fits(name, counts)) continue;
    const before = merged[name];
    merged[name] = counts.map((count, index) =>
      Math.min((before?.[index] ?? 0) + count, MAX_SELECTOR_COUNT),
    );
  }
  return merged;
}

/** One list whose usual entry did not always match. */
export interface SelectorTrouble {
  name: string;
  /** Times the first entry matched. */
  first: number;
  /** Times a later entry matched. */
  fallback: number;
  /** Times nothing matched. */
  none: number;
}

/**
 * The lists worth a look, per client: those where a fallback matched, and those that never
 * matched at all. A list that matched the usual way and sometimes nothing is left out: many
 * lists look for what a page often lacks (a quote, a preview pane, an open reply box).
 */
export function selectorTroubles(hits: SelectorHits): SelectorTrouble[] {
  const troubles: SelectorTrouble[] = [];
  for (const [name, counts] of Object.entries(hits)) {
    const first = counts[0] ?? 0;
    const none = counts[counts.length - 1] ?? 0;
    const fallback = counts.slice(1, -1).reduce((sum, count) => sum + count, 0);
    if (fallback > 0 || (first === 0 && none > 0)) troubles.push({ name, first, fallback, none });
  }
  return troubles.sort((a, b) => a.name.localeCompare(b.name));
}
