/** The longest wait for a burst's end, in `delayMs`. */
const MAX_PAUSES = 4;

/** What arms the watch: a navigation, or the user's hand on the page. */
const NAVIGATIONS = ["hashchange", "popstate"] as const;
const USER_INPUT = ["pointerdown", "click", "keydown"] as const;

/**
 * Watches the whole page with one observer, whatever the host, in two ways.
 * - Settled: `onChange` runs once the page has rested after a change. A mutation only notes the
 *   time, so a busy page costs next to nothing per change; `onChange` runs `delayMs` after the
 *   last change of a short burst (a longer one is looked at less often for its end), and at least
 *   every `maxWaitMs` while changes never stop (Gmail's page
 *   rarely rests); that wait doubles, up to `maxBackoffMs`, while they still do not stop and
 *   the page's address stays the same.
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
  /** The longest wait `maxWaitMs` doubles to while the page never rests at one address. */
  maxBackoffMs?: number;
  armedMs?: number;
  doc?: Document;
}): { disarm(): void } {
  const doc = options.doc ?? document;
  const view = doc.defaultView ?? window;
  const delayMs = options.delayMs ?? 30;
  const maxWaitMs = options.maxWaitMs ?? 150;
  const armedMs = options.armedMs ?? 1_000;
  const maxBackoffMs = Math.max(maxWaitMs, options.maxBackoffMs ?? 1_200);
  const { onArmedChange, signal } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt = 0;
  let lastChangeAt = 0;
  let maxWait = maxWaitMs;
  /** How long the timer waits before it looks again for the end of a burst that goes on. */
  let pause = delayMs;
  /** The address when the watch was last armed. */
  let armedAt = "";
  /** Until when (performance.now()) changes are answered at once; 0 when not armed. */
  let armedUntil = 0;

  // A change only notes the time: the one timer, when it fires, waits on if the burst goes on.
  const fire = () => {
    timer = undefined;
    if (signal.aborted) return;
    const now = performance.now();
    const quietFor = now - lastChangeAt;
    const waited = now - firstChangeAt;
    if (quietFor < delayMs && waited < maxWait) {
      // The burst goes on: each look for its end comes twice as late as the last, up to four
      // times `delayMs`, so a page that changes every frame wakes this timer a few times a second,
      // not every frame, and the end of a long burst is still seen soon after it comes.
      pause = Math.min(pause * 2, delayMs * MAX_PAUSES, maxWait);
      timer = setTimeout(fire, Math.min(Math.max(delayMs - quietFor, pause), maxWait - waited));
      return;
    }
    // A page that stays busy at one address is looked at less and less often; a rest, a
    // navigation or a new address (see `answerNow`) brings the usual pace back.
    maxWait = quietFor < delayMs ? Math.min(maxWait * 2, maxBackoffMs) : maxWaitMs;
    options.onChange();
  };
  const schedule = () => {
    if (signal.aborted) return;
    lastChangeAt = performance.now();
    if (timer !== undefined) return;
    firstChangeAt = lastChangeAt;
    pause = delayMs;
    timer = setTimeout(fire, delayMs);
  };
  const answerNow = () => {
    if (armedUntil === 0 || signal.aborted) return;
    if (performance.now() > armedUntil) {
      armedUntil = 0;
      return;
    }
    // The user's input led somewhere (Outlook's pushState fires no event): the usual pace again.
    if (doc.URL !== armedAt) maxWait = maxWaitMs;
    onArmedChange?.();
  };
  const arm = () => {
    armedUntil = performance.now() + armedMs;
    armedAt = doc.URL;
  };
  const navigated = () => {
    maxWait = maxWaitMs;
    arm();
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
        navigated();
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
