import { messageElementOf, messageWithId } from "./message";

/**
 * Where the banner goes in Gmail: before the message element (`div.adn`) of the message with this
 * id, inside its list item, so it stands just above that message and leaves with it. Null when
 * the message is no longer on screen. Never throws.
 */
export function gmailBannerSpot(doc: Document, messageId: string): Element | null {
  try {
    const item = messageWithId(doc, messageId);
    return item ? messageElementOf(item) : null;
  } catch {
    // A page torn down mid-look: no spot.
    return null;
  }
}
