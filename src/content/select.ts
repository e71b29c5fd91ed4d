import { countsFor } from "../core/selector-hits";

/**
 * A selector a host adapter tries. Lists of these are ordered from the most stable (roles, data
 * attributes, locale-free attributes) to the least (generated class names). When and where each
 * was last seen to hold is the comment above it in the client's `selectors.ts`.
 */
export interface Selector {
  css: string;
}

// Each helper tries a list in order and takes the first selector that gives anything. Errors from
// the DOM reach the caller (the adapters report them through `safely`), except in `matchesAny`.

/**
 * For each tallied list, how often each entry was the one that matched; the slot after the last
 * entry counts the times none did. Filled in place by the helpers (a lookup and an increment, no
 * allocation), so knowing when a client's markup changes costs the readers nothing they would notice.
 */
const tallies = new Map<readonly Selector[], number[]>();

/** Starts counting, for each of these lists, which entry matched (see `selectorTallies`). */
export function tallySelectorLists(lists: Iterable<readonly Selector[]>): void {
  for (const list of lists) {
    if (!tallies.has(list)) tallies.set(list, new Array<number>(countsFor(list.length)).fill(0));
  }
}

/** The counts so far: per list, one count per entry and then the count of misses. Live, not a copy. */
export function selectorTallies(): ReadonlyMap<readonly Selector[], readonly number[]> {
  return tallies;
}

function tally(list: readonly Selector[], index: number): void {
  const counts = tallies.get(list);
  if (counts !== undefined) counts[index] = (counts[index] ?? 0) + 1;
}

/** The first element matched by the first selector in the list that matches anything. */
export function queryFirst(root: ParentNode, selectors: readonly Selector[]): Element | null {
  for (let index = 0; index < selectors.length; index++) {
    const found = root.querySelector((selectors[index] as Selector).css);
    if (found) {
      tally(selectors, index);
      return found;
    }
  }
  tally(selectors, selectors.length);
  return null;
}

/** Every element matched by the first selector in the list that matches anything, in document order. */
export function queryAllFirst(root: ParentNode, selectors: readonly Selector[]): Element[] {
  for (let index = 0; index < selectors.length; index++) {
    const found = root.querySelectorAll((selectors[index] as Selector).css);
    if (found.length > 0) {
      tally(selectors, index);
      return [...found];
    }
  }
  tally(selectors, selectors.length);
  return [];
}

/**
 * Every element matched by any selector in the list, once each, in document order. The first
 * entry that matched anything is the one tallied. When later entries find nothing new (the usual
 * case: they are fallbacks for the same elements), nothing is sorted.
 */
export function queryAllEach(root: ParentNode, selectors: readonly Selector[]): Element[] {
  const found = new Set<Element>();
  let first = selectors.length;
  let added = false;
  for (let index = 0; index < selectors.length; index++) {
    const before = found.size;
    for (const element of root.querySelectorAll((selectors[index] as Selector).css)) {
      found.add(element);
    }
    if (found.size === before) continue;
    if (first === selectors.length) first = index;
    else added = true;
  }
  tally(selectors, first);
  if (!added) return [...found];
  return [...found].sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1,
  );
}

/**
 * The first element shown by markup (see `isShownByMarkup`) matched by the first selector in the
 * list that matches a shown element. Gmail and Outlook keep earlier views in the page, hidden.
 */
export function firstShown(root: ParentNode, selectors: readonly Selector[]): Element | null {
  for (let index = 0; index < selectors.length; index++) {
    for (const element of root.querySelectorAll((selectors[index] as Selector).css)) {
      if (isShownByMarkup(element)) {
        tally(selectors, index);
        return element;
      }
    }
  }
  tally(selectors, selectors.length);
  return null;
}

/** The nearest inclusive ancestor matched by the first selector in the list that matches one. */
export function closestFirst(element: Element, selectors: readonly Selector[]): Element | null {
  for (let index = 0; index < selectors.length; index++) {
    const found = element.closest((selectors[index] as Selector).css);
    if (found) {
      tally(selectors, index);
      return found;
    }
  }
  tally(selectors, selectors.length);
  return null;
}

/**
 * True when any selector in the list matches the element. A selector the engine cannot parse
 * matches nothing here rather than throwing, so one bad entry costs neither a message body
 * (`messageText`) nor the other entries of its list. Only a match is tallied: this is a test of
 * one element ("is it a quote?"), where "no" is the usual answer, not a sign of changed markup.
 */
export function matchesAny(element: Element, selectors: readonly Selector[] | undefined): boolean {
  if (!selectors) return false;
  for (let index = 0; index < selectors.length; index++) {
    try {
      if (element.matches((selectors[index] as Selector).css)) {
        tally(selectors, index);
        return true;
      }
    } catch {
      // Not parsed by this engine: try the next one.
    }
  }
  return false;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** True when the element's own markup hides it (inline style or the `hidden` attribute). No layout needed. */
export function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute("hidden")) return true;
  const style = element.getAttribute("style");
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * True unless the element or an ancestor is hidden by markup. Gmail keeps earlier views in the
 * page and hides them with `display: none`, so "present" is not "on screen".
 */
export function isShownByMarkup(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isHiddenByMarkup(node)) return false;
  }
  return true;
}
