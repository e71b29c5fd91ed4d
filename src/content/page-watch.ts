/** What arms the watch: a navigation, or the user's hand on the page. */
const NAVIGATIONS = ["hashchange", "popstate"] as const;
const USER_INPUT = ["pointerdown", "click", "keydown"] as const;

/**
 * Watches the whole page with one observer, whatever the host, in two ways.
 * - Settled: `onChange` runs once the page has rested after a change. A mutation only moves a
 *   timer, so a busy page costs next to nothing per change; `onChange` runs `delayMs` after the
 *   last change of a burst, and at least every `maxWaitMs` while changes never stop (Gmail's page
 *   rarely rests).
 * - Armed: for `armedMs` after a navigation or the user's input (when a message is about to
 *   open), `onArmedChange` runs in the observer's own callback, so what it finds is answered in
 *   the frame the page draws it in. `disarm()` ends the window early (the message was found).
 * Everything is removed when `signal` aborts.
 */
export function watchPage(options: {
  onChange: () => void;
  onArmedChange?: () => void;
  signal: AbortSignal;
  delayMs?: number;
  maxWaitMs?: number;
  armedMs?: number;
  doc?: Document;
}): { disarm(): void } {
  const doc = options.doc ?? document;
  const view = doc.defaultView ?? window;
  const delayMs = options.delayMs ?? 30;
  const maxWaitMs = options.maxWaitMs ?? 150;
  const armedMs = options.armedMs ?? 1_000;
  const { onArmedChange, signal } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt = 0;
  /** Until when (performance.now()) changes are answered at once; 0 when not armed. */
  let armedUntil = 0;

  const run = () => {
    timer = undefined;
    if (!signal.aborted) options.onChange();
  };
  const schedule = () => {
    if (signal.aborted) return;
    const now = performance.now();
    if (timer === undefined) firstChangeAt = now;
    else if (now - firstChangeAt >= maxWaitMs) return;
    clearTimeout(timer);
    timer = setTimeout(run, Math.min(delayMs, maxWaitMs - (now - firstChangeAt)));
  };
  const answerNow = () => {
    if (armedUntil === 0 || signal.aborted || !onArmedChange) return;
    if (performance.now() > armedUntil) armedUntil = 0;
    else onArmedChange();
  };
  const arm = () => {
    if (onArmedChange) armedUntil = performance.now() + armedMs;
  };

  const observer = new MutationObserver(() => {
    answerNow();
    schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    subtree: true,
    // Gmail expands a message and Outlook selects one by changing these, without adding nodes.
    attributes: true,
    attributeFilter: ["class", "aria-selected", "aria-expanded"],
  });
  // Hash changes (Gmail) and back/forward fire these; Outlook's pushState fires nothing, but the
  // reading pane it redraws is seen by the observer, armed by the click or key that asked for it.
  for (const type of NAVIGATIONS) {
    view.addEventListener(
      type,
      () => {
        arm();
        answerNow();
        schedule();
      },
      { signal },
    );
  }
  // Capture: a page that stops the event's propagation still arms the watch. Passive: never
  // delays the page's own handling of a scroll or key.
  for (const type of USER_INPUT) {
    view.addEventListener(type, arm, { signal, capture: true, passive: true });
  }
  signal.addEventListener("abort", () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  schedule();
  return {
    disarm() {
      armedUntil = 0;
    },
  };
}
