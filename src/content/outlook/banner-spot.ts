import { closestFirst, firstShown, isShownByMarkup, queryAllFirst } from "../select";
import { outlookAdapter } from "./read";
import * as outlook from "./selectors";

/**
 * Where the banner goes in Outlook: before the wrapper of the open message, in the reading pane
 * or the full view. Outlook's messages carry no id in the page (the reader derives it from the
 * address and the message's place), so the spot is given only while the reader still finds the
 * message with this id open. Never throws.
 */
export function outlookBannerSpot(doc: Document, messageId: string): Element | null {
  try {
    const url = new URL(doc.location.href);
    const found = outlookAdapter.findOpenMessage(doc, url);
    if (found.kind !== "message" || found.messageId !== messageId) return null;
    const pane = firstShown(doc, outlook.readingPane);
    if (!pane) return null;
    const subject = firstShown(pane, outlook.subject);
    const bodies = queryAllFirst(pane, outlook.body).filter((body) => isShownByMarkup(body));
    // Newest on top, and collapsed messages have no body: the first open body is the newest
    // expanded message, the one the reader found.
    const body = bodies.find((each) => !closestFirst(each, outlook.collapsedMessage));
    if (!body) return null;
    return (
      closestFirst(body, outlook.messageContainer) ?? outermostOwn(body, pane, bodies, subject)
    );
  } catch {
    return null;
  }
}

/** The body's outermost ancestor below `pane` that holds neither another message nor the subject. */
function outermostOwn(
  body: Element,
  pane: Element,
  bodies: readonly Element[],
  subject: Element | null,
): Element {
  let node = body;
  for (let parent = node.parentElement; parent && parent !== pane; parent = parent.parentElement) {
    if (subject && parent.contains(subject)) break;
    if (bodies.some((other) => other !== body && parent.contains(other))) break;
    node = parent;
  }
  return node;
}
