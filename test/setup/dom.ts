/** Small helpers for driving Preact pages under happy-dom, in the user's terms: labels and button words. */
import { type ComponentChild, render } from "preact";
import { act } from "preact/test-utils";

export async function mount(
  page: ComponentChild,
): Promise<{ root: HTMLElement; unmount: () => void }> {
  const root = document.createElement("div");
  document.body.append(root);
  await act(() => render(page, root));
  return {
    root,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/**
 * How long a wait may last before its check's own error is the test's failure. A wait ends as soon
 * as its check holds; this is only how long a busy, shared 2-core machine may take to get there.
 */
const WAIT_LIMIT_MS = 10_000;

/** Retries an assertion until it passes: Dexie's live queries answer on a later turn of the event loop. */
export async function waitFor<T>(check: () => T, timeout = WAIT_LIMIT_MS): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      let value: T | undefined;
      await act(() => {
        value = check();
      });
      return value as T;
    } catch (error) {
      if (Date.now() - started > timeout) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

/** Retries an async check (a read of the database) until it holds, letting the page draw between tries. */
export async function eventually(
  check: () => Promise<void>,
  timeout = WAIT_LIMIT_MS,
): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await waitFor(() => undefined);
      await check();
      return;
    } catch (error) {
      if (Date.now() - started > timeout) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

function text(element: Element): string {
  return (element.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The control whose <label> reads `label` (ignoring the "(required)" mark). */
export function field(root: ParentNode, label: string): HTMLInputElement | HTMLTextAreaElement {
  const matches = [...root.querySelectorAll("label")].filter(
    (element) => text(element).replace(/ \(required\)$/, "") === label,
  );
  if (matches.length !== 1) throw new Error(`${matches.length} labels read "${label}"`);
  const id = matches[0]?.htmlFor ?? "";
  const control = root.querySelector(`#${CSS.escape(id)}`);
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) {
    throw new Error(`label "${label}" names no control`);
  }
  return control;
}

export function button(root: ParentNode, name: string): HTMLButtonElement {
  const matches = [...root.querySelectorAll("button")].filter((element) => text(element) === name);
  if (matches.length !== 1) throw new Error(`${matches.length} buttons read "${name}"`);
  return matches[0] as HTMLButtonElement;
}

export function hasButton(root: ParentNode, name: string): boolean {
  return [...root.querySelectorAll("button")].some((element) => text(element) === name);
}

export async function type(
  control: HTMLInputElement | HTMLTextAreaElement,
  value: string,
): Promise<void> {
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(() => {
    element.click();
  });
}

export { text };
