/**
 * Calls `onChange` once the page has settled after a change: one observer for the whole page,
 * whatever the host. A mutation only moves a timer, so a busy page costs next to nothing per
 * change; `onChange` runs `delayMs` after the last change of a burst, and at least every
 * `maxWaitMs` while changes never stop (Gmail's page rarely rests). Everything is removed when
 * `signal` aborts.
 */
export function watchPage(options: {
  onChange: () => void;
  signal: AbortSignal;
  delayMs?: number;
  maxWaitMs?: number;
  doc?: Document;
}): void {
  const doc = options.doc ?? document;
  const view = doc.defaultView ?? window;
  const delayMs = options.delayMs ?? 30;
  const maxWaitMs = options.maxWaitMs ?? 150;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt = 0;

  const run = () => {
    timer = undefined;
    if (!options.signal.aborted) options.onChange();
  };
  const schedule = () => {
    if (options.signal.aborted) return;
    const now = performance.now();
    if (timer === undefined) firstChangeAt = now;
    else if (now - firstChangeAt >= maxWaitMs) return;
    clearTimeout(timer);
    timer = setTimeout(run, Math.min(delayMs, maxWaitMs - (now - firstChangeAt)));
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    subtree: true,
    // Gmail expands a message and Outlook selects one by changing these, without adding nodes.
    attributes: true,
    attributeFilter: ["class", "aria-selected", "aria-expanded"],
  });
  // Hash changes (Gmail) and back/forward fire these; Outlook's pushState fires nothing, but the
  // reading pane it redraws is seen by the observer.
  view.addEventListener("hashchange", schedule, { signal: options.signal });
  view.addEventListener("popstate", schedule, { signal: options.signal });
  options.signal.addEventListener("abort", () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  schedule();
}
