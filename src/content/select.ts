/**
 * A selector a host adapter tries, with what is known about it. Lists of these are ordered from the
 * most stable (roles, data attributes, locale-free attributes) to the least (generated class names).
 */
export interface Selector {
  css: string;
  /** The date the selector was last known to match the real client (YYYY-MM-DD). */
  known: string;
  /** Where that is known from. */
  source: string;
}

/** The first element matched by the first selector in the list that matches anything. */
export function queryFirst(root: ParentNode, selectors: readonly Selector[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector.css);
    if (found) return found;
  }
  return null;
}

/** Every element matched by the first selector in the list that matches anything, in document order. */
export function queryAllFirst(root: ParentNode, selectors: readonly Selector[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector.css);
    if (found.length > 0) return [...found];
  }
  return [];
}
