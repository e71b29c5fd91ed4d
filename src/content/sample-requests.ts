import type { TabMessageMap } from "../messages";

type SampleReply = TabMessageMap["pageSample"]["response"];

interface Runtime {
  id?: string;
  getURL(path: string): string;
  onMessage: {
    addListener(listener: Listener): void;
    removeListener(listener: Listener): void;
  };
}
type Listener = (
  message: unknown,
  sender: { id?: string; url?: string },
  sendResponse: (reply: SampleReply) => void,
) => boolean | undefined;

/**
 * Answers the popup's "Copy a page sample" from this tab. Only Debrief's own pages are answered:
 * another extension, or a page, gets nothing. The sample is taken when asked, from the page as it
 * is then; taking it never throws (a failure is answered as such).
 */
export function answerSampleRequests(options: {
  take: () => string;
  signal: AbortSignal;
  runtime?: Runtime;
}): void {
  const runtime =
    options.runtime ?? (globalThis as { chrome?: { runtime?: Runtime } }).chrome?.runtime;
  if (!runtime?.onMessage) return;
  const listener: Listener = (message, sender, sendResponse) => {
    if ((message as { type?: unknown } | null)?.type !== "pageSample") return undefined;
    if (!fromDebrief(runtime, sender)) return undefined;
    try {
      sendResponse({ sample: options.take() });
    } catch (error) {
      sendResponse({ failed: error instanceof Error ? error.message : String(error) });
    }
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  options.signal.addEventListener("abort", () => runtime.onMessage.removeListener(listener), {
    once: true,
  });
}

function fromDebrief(runtime: Runtime, sender: { id?: string; url?: string }): boolean {
  if (!runtime.id || sender.id !== runtime.id) return false;
  return typeof sender.url === "string" && sender.url.startsWith(runtime.getURL(""));
}
