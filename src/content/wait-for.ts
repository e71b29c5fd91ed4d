/**
 * Waiting for the host page, without polling: a MutationObserver wakes the wait when the page
 * changes, a timer ends it, and an AbortSignal (the page moved on, the extension was reloaded)
 * ends it at once. Nothing is left behind: the observer and the timer go when the wait ends.
 */

export interface WaitOptions {
  /** Ends the wait early; the promise then gives null. */
  signal: AbortSignal;
  /** How long to wait at most, in milliseconds; the promise then gives null. */
  timeoutMs: number;
  /** What to watch for changes; the document's body by default. */
  root?: Node;
}

/** Attributes whose change can make an element appear (shown, opened, made editable). */
const REVEALING_ATTRIBUTES = ["class", "style", "hidden", "contenteditable", "aria-hidden"];

/**
 * Gives what `find` returns as soon as it returns something: at once when it already does, else
 * after the change to the page that makes it. Gives null when `timeoutMs` passes or `signal`
 * aborts first (`signal.aborted` tells which). `find` runs once per batch of changes, so it should
 * be a few queries; an error in it counts as "not yet". Never rejects.
 */
export function waitFor<T>(
  doc: Document,
  find: () => T | null | undefined,
  options: WaitOptions,
): Promise<T | null> {
  const attempt = (): T | null => {
    try {
      return find() ?? null;
    } catch {
      return null;
    }
  };
  if (options.signal.aborted) return Promise.resolve(null);
  const now = attempt();
  if (now !== null) return Promise.resolve(now);

  return new Promise((resolve) => {
    const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
    let finished = false;
    const finish = (value: T | null) => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      options.signal.removeEventListener("abort", onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new Observer(() => {
      const found = attempt();
      if (found !== null) finish(found);
    });
    observer.observe(options.root ?? doc.body ?? doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: REVEALING_ATTRIBUTES,
    });
    const timer = setTimeout(() => finish(attempt()), options.timeoutMs);
    options.signal.addEventListener("abort", onAbort);
  });
}

export interface QuietOptions {
  signal: AbortSignal;
  /** How long the element must stay unchanged. */
  quietMs: number;
  /** The longest wait, however busy the element stays. */
  maxMs: number;
}

/**
 * Resolves once `element` (its subtree, text and attributes) has not changed for `quietMs`, after
 * `maxMs` at most, or at once when `signal` aborts. A freshly opened reply box is still being
 * filled by the client (signature, quote, its own caret placement) for a moment; typing into it
 * before that is done risks the client writing over the text.
 */
export function whenQuiet(element: Node, options: QuietOptions): Promise<void> {
  if (options.signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const Observer = element.ownerDocument?.defaultView?.MutationObserver ?? MutationObserver;
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      options.signal.removeEventListener("abort", finish);
      resolve();
    };
    const restart = () => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(finish, options.quietMs);
    };
    const observer = new Observer(restart);
    observer.observe(element, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    const maxTimer = setTimeout(finish, options.maxMs);
    options.signal.addEventListener("abort", finish);
    restart();
  });
}
