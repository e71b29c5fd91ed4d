import { messageWithId, messageWrapperOf } from "./message";

/**
 * Where the banner goes in Outlook: before the wrapper of the open message, in the reading pane
 * or the full view. Outlook's messages carry no id in the page, so the spot is given only while
 * the message with this id is still the one open. Never throws.
 */
export function outlookBannerSpot(doc: Document, messageId: string): Element | null {
  try {
    const open = messageWithId(doc, messageId);
    return open ? messageWrapperOf(open) : null;
  } catch {
    return null;
  }
}
