import { closestFirst, isShownByMarkup, type Selector } from "../select";
import * as gmail from "./selectors";

const ANY_ID_CARRIER = gmail.messageIdCarrier.map((selector: Selector) => selector.css).join(", ");

/**
 * Where the banner goes in Gmail: before the message element (`div.adn`) of the message with this
 * id, inside its list item, so it stands just above that message and leaves with it. Gmail keeps
 * earlier views in the page, hidden, so only a shown copy of the message counts. Never throws.
 */
export function gmailBannerSpot(doc: Document, messageId: string): Element | null {
  try {
    for (const carrier of doc.querySelectorAll(ANY_ID_CARRIER)) {
      if (idOf(carrier) !== messageId || !isShownByMarkup(carrier)) continue;
      return closestFirst(carrier, gmail.bannerAnchor) ?? carrier;
    }
  } catch {
    // A page torn down mid-look: no spot.
  }
  return null;
}

/** The id the reader gives a message: `data-message-id` without Gmail's `#`, else the legacy id. */
function idOf(carrier: Element): string | null {
  for (const name of ["data-message-id", "data-legacy-message-id"]) {
    const id = carrier.getAttribute(name)?.trim().replace(/^#/, "") ?? "";
    if (id && id !== "undefined" && id !== "null") return id;
  }
  return null;
}
