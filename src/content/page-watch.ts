/**
 * Calls `onChange` shortly after the page changes: one observer for the whole page, whatever the host.
 * Mutations only schedule a check, so a busy page costs one timer per batch; the check itself runs at
 * most once per `delayMs`. Address changes (hash, history) schedule it too. Everything is removed
 * when `signal` aborts.
 */
export function watchPage(options: {
  onChange: () => void;
  signal: AbortSignal;
  delayMs?: number;
  doc?: Document;
}): void {
  const doc = options.doc ?? document;
  const view = doc.defaultView ?? window;
  const delayMs = options.delayMs ?? 30;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    timer = undefined;
    if (!options.signal.aborted) options.onChange();
  };
  const schedule = () => {
    if (timer === undefined && !options.signal.aborted) timer = setTimeout(run, delayMs);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    subtree: true,
    // Gmail expands a message and Outlook selects one by changing these, without adding nodes.
    attributes: true,
    attributeFilter: ["class", "aria-selected", "aria-expanded"],
  });
  view.addEventListener("hashchange", schedule, { signal: options.signal });
  view.addEventListener("popstate", schedule, { signal: options.signal });
  options.signal.addEventListener("abort", () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  schedule();
}
