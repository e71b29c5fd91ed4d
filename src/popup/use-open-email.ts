import { useEffect, useState } from "preact/hooks";
import { type OpenEmailState, sendMessage } from "../messages";
import { activeTabId } from "../ui/extension-api";

/**
 * The email the user has open in the current tab, as the background last heard of it from the
 * content script; null while asking, when no email is open, or when the background does not answer
 * (then the popup simply has nothing to offer from mail). Asked again whenever `refresh` changes,
 * so an interview just saved from the email shows as the one it belongs to.
 */
export function useOpenEmail(refresh: unknown = null): OpenEmailState | null {
  const [open, setOpen] = useState<OpenEmailState | null>(null);
  useEffect(() => {
    let current = true;
    (async () => {
      try {
        const reply = await sendMessage({
          type: "getOpenEmail",
          tabId: await activeTabId().catch(() => null),
        });
        if (current) setOpen(reply ?? null);
      } catch {
        // No background to answer (or it was reloaded): the card is an extra, so it just stays away.
      }
    })();
    return () => {
      current = false;
    };
  }, [refresh]);
  return open;
}
