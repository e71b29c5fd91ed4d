import { useEffect, useState } from "preact/hooks";
import { sendMessage, type UnreadablePageState } from "../messages";
import { activeTabId } from "../ui/extension-api";

/**
 * The mail page in the current tab that shows a message Debrief could not read, as the background
 * last heard of it from the content script (or, when this tab is no mail page, the latest other
 * tab's, with `inThisTab` false); null while asking, when there is none, or when the background
 * does not answer. Asked as `useOpenEmail` asks for the open email.
 */
export function useUnreadablePage(): (UnreadablePageState & { inThisTab: boolean }) | null {
  const [page, setPage] = useState<(UnreadablePageState & { inThisTab: boolean }) | null>(null);
  useEffect(() => {
    let current = true;
    (async () => {
      try {
        const tabId = await activeTabId().catch(() => null);
        const reply = await sendMessage({ type: "getUnreadablePage", tabId });
        // The background may answer with another tab's page when this one is no mail page.
        if (current) setPage(reply ? { ...reply, inThisTab: reply.tabId === tabId } : null);
      } catch {
        // No background to answer: nothing to say about the page.
      }
    })();
    return () => {
      current = false;
    };
  }, []);
  return page;
}
