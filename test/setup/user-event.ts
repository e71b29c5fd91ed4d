/**
 * Events as the browser makes them for a person: `isTrusted` true. The banner ignores events a
 * script dispatched (in a browser `isTrusted` cannot be set); happy-dom has no `isTrusted` at all,
 * so these stand for the user's click and choice in unit tests.
 */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, "isTrusted", { value: true });
  return event;
}

/** The user clicks `element` (or presses Enter or Space on it, which clicks it too). */
export function userClick(element: Element): void {
  element.dispatchEvent(trusted(new MouseEvent("click", { bubbles: true, composed: true })));
}

/** The user picks `value` in a select. */
export function userChoose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(trusted(new Event("change", { bubbles: true })));
}
