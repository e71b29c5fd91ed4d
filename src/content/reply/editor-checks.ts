import { isShownByMarkup } from "../select";

/** What the reply steps ask of an element before pressing it or typing into it. */

/**
 * True when the element is on screen as far as can be told: not hidden by markup, nor by a style
 * sheet (Gmail's A/B duplicate reply rows), which `checkVisibility` sees where the browser has it.
 */
export function isShown(element: Element): boolean {
  if (!isShownByMarkup(element)) return false;
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === "function" ? check.call(element) : true;
}

/** An element the user can type into, as the DOM types it. */
export function asEditor(element: Element | null): HTMLElement | null {
  if (!element) return null;
  const candidate = element as HTMLElement;
  return typeof candidate.focus === "function" &&
    candidate.getAttribute("contenteditable") !== "false"
    ? candidate
    : null;
}
