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

// Each helper tries a list in order and takes the first selector that gives anything. Errors from
// the DOM reach the caller (the adapters report them through `safely`), except in `matchesAny`.

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

/** Every element matched by any selector in the list, once each, in document order. */
export function queryAllEach(root: ParentNode, selectors: readonly Selector[]): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) {
    for (const element of root.querySelectorAll(selector.css)) found.add(element);
  }
  if (selectors.length < 2) return [...found];
  return [...found].sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1,
  );
}

/**
 * The first element shown by markup (see `isShownByMarkup`) matched by the first selector in the
 * list that matches a shown element. Gmail and Outlook keep earlier views in the page, hidden.
 */
export function firstShown(root: ParentNode, selectors: readonly Selector[]): Element | null {
  for (const selector of selectors) {
    for (const element of root.querySelectorAll(selector.css)) {
      if (isShownByMarkup(element)) return element;
    }
  }
  return null;
}

/** The nearest inclusive ancestor matched by the first selector in the list that matches one. */
export function closestFirst(element: Element, selectors: readonly Selector[]): Element | null {
  for (const selector of selectors) {
    const found = element.closest(selector.css);
    if (found) return found;
  }
  return null;
}

/**
 * True when any selector in the list matches the element. A selector the engine cannot parse
 * matches nothing here rather than throwing, so one bad entry costs neither a message body
 * (`messageText`) nor the other entries of its list.
 */
export function matchesAny(element: Element, selectors: readonly Selector[] | undefined): boolean {
  if (!selectors) return false;
  for (const selector of selectors) {
    try {
      if (element.matches(selector.css)) return true;
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
