import { useEffect, useState } from "preact/hooks";
import { sendMessage, type UnreadablePageState } from "../messages";
import { activeTabId } from "../ui/extension-api";

/**
 * The mail page in the current tab that shows a message Debrief could not read, as the background
 * last heard of it from the content script; null while asking, when there is none, or when the
 * background does not answer. Asked as `useOpenEmail` asks for the open email.
 */
export function useUnreadablePage(): UnreadablePageState | null {
  const [page, setPage] = useState<UnreadablePageState | null>(null);
  useEffect(() => {
    let current = true;
    (async () => {
      try {
        const reply = await sendMessage({
          type: "getUnreadablePage",
          tabId: await activeTabId().catch(() => null),
        });
        if (current) setPage(reply ?? null);
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
