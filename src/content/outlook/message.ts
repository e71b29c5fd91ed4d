import {
  closestFirst,
  firstShown,
  isShownByMarkup,
  matchesAny,
  queryAllFirst,
  queryFirst,
} from "../select";
import * as outlook from "./selectors";

/**
 * Outlook's message, said once: which message is the newest expanded one, the id Debrief gives it,
 * its parts, and whether it is on screen. The reader, the banner's placement and the reply all find
 * "the message" here, so they cannot disagree about which one is meant, and a markup change is one
 * edit.
 *
 * On screen means not hidden by markup (Outlook keeps views it is leaving in the page for a moment):
 * a test that needs no layout, cheap enough for every look at the page.
 */

/** The newest expanded message of the conversation on screen, and what it was found from. */
export interface OutlookOpenMessage {
  /** The reading pane, or the full view of a message when the reading pane is off. */
  pane: Element;
  /** The conversation's messages on screen, in document order. */
  messages: readonly Element[];
  /** The newest expanded one. */
  message: Element;
  subjectElement: Element | null;
  /** The id the reader gives the email: the item id from the address, or `<item or conversation id>#<index>`. */
  id: string;
  threadId: string;
}

/** Why no open message was found: nothing open, or a named part of the markup not found. */
export type OutlookNotFound = { kind: "none" } | { kind: "missing"; part: string };

/**
 * The newest expanded message in `doc`. The address says whether a message *should* be open, which
 * separates "nothing selected" from "Outlook changed its markup".
 */
export function newestExpandedMessage(
  doc: Document,
  url: URL,
): OutlookOpenMessage | OutlookNotFound {
  const itemId = outlookItemIdFromPath(url.pathname);
  const notFound = (part: string): OutlookNotFound =>
    itemId ? { kind: "missing", part } : { kind: "none" };
  const pane = firstShown(doc, outlook.readingPane);
  if (!pane) return notFound("reading pane");
  const messages = messageElements(pane);
  if (messages.length === 0) return notFound("message");

  // Outlook's default puts the newest message on top ("Newest message on top" in Settings >
  // Mail > Layout), so the first expanded one is the newest. With the other order the user chose,
  // this still reads an open message, just possibly not the newest of several open ones.
  const position = messages.findIndex(isExpanded);
  const message = messages[position];
  if (!message) return { kind: "missing", part: "expanded message" };

  // Messages have no id in the page: the id comes from the address, the conversation and the
  // message's place in it, none of which needs the body.
  const subjectElement = firstShown(pane, outlook.subject) ?? firstShown(doc, outlook.subject);
  const threadId = conversationIdOf(doc, subjectElement) ?? itemId;
  // With neither a conversation nor an item id, no id would stay the same on the next visit.
  if (!threadId) return { kind: "missing", part: subjectElement ? "thread id" : "subject" };

  // Index from the oldest message, so it stays put when replies arrive on top.
  const chronologicalIndex = messages.length - 1 - position;
  const id = itemId && position === 0 ? itemId : `${itemId ?? threadId}#${chronologicalIndex}`;
  return { pane, messages, message, subjectElement, id, threadId };
}

/** The open message when it is the one with this id; null when another message, or none, is open. */
export function messageWithId(doc: Document, id: string): OutlookOpenMessage | null {
  const open = newestExpandedMessage(doc, new URL(doc.URL));
  return "kind" in open || open.id !== id ? null : open;
}

/**
 * What the banner goes before: the message's outermost wrapper (`.aVla3`), else its outermost
 * ancestor in the pane that holds neither another message nor the subject.
 */
export function messageWrapperOf(open: OutlookOpenMessage): Element {
  const known = closestFirst(open.message, outlook.messageContainer);
  if (known) return known;
  let node = open.message;
  for (
    let parent = node.parentElement;
    parent && parent !== open.pane;
    parent = parent.parentElement
  ) {
    if (open.subjectElement && parent.contains(open.subjectElement)) break;
    if (open.messages.some((other) => other !== open.message && parent.contains(other))) break;
    node = parent;
  }
  return node;
}

/** The shown body of a message, if any; collapsed messages have none. */
export function bodyElementOf(message: Element): Element | null {
  return firstShown(message, outlook.body);
}

/** The element naming a message's sender, if any. */
export function senderElementOf(message: Element): Element | null {
  return queryFirst(message, outlook.sender);
}

/** Where a subject heading keeps its full text when it shows it cut short: a child's `title`. */
export function subjectTitleOf(subjectElement: Element): string | null {
  return (
    subjectElement.getAttribute("title") ??
    queryFirst(subjectElement, outlook.subjectFullText)?.getAttribute("title") ??
    null
  );
}

/**
 * The item id in an Outlook address: `/mail/inbox/id/<ItemId>`, `/mail/0/inbox/id/<ItemId>`
 * (second account) or `/mail/deeplink/read/<ItemId>`, URL-decoded (ids are base64 with `+/=`).
 */
export function outlookItemIdFromPath(pathname: string): string | null {
  const match =
    /\/mail\/(?:[^?#]*\/)?id\/([^/?#]+)/.exec(pathname) ??
    /\/deeplink\/read\/([^/?#]+)/.exec(pathname);
  const raw = match?.[1];
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    // A malformed escape is still an id the user navigated to; keep it as written.
    return raw;
  }
}

/**
 * The conversation's messages in document order. The known message selectors are a localised
 * label and a hashed class; when both miss, each body's nearest ancestor holding a sender stands
 * for its message (collapsed messages have no body and are then not seen, which is fine here).
 */
function messageElements(pane: Element): Element[] {
  const known = queryAllFirst(pane, outlook.message).filter((element) => isShownByMarkup(element));
  if (known.length > 0) return outermostOnly(known);
  const derived: Element[] = [];
  for (const body of queryAllFirst(pane, outlook.body)) {
    for (
      let node = body.parentElement;
      node && node !== pane.parentElement;
      node = node.parentElement
    ) {
      if (senderElementOf(node)) {
        if (!derived.includes(node) && isShownByMarkup(node)) derived.push(node);
        break;
      }
    }
  }
  return derived;
}

/** Drops matches nested in other matches, so one message is never counted twice. */
function outermostOnly(elements: readonly Element[]): Element[] {
  return elements.filter(
    (element) => !elements.some((other) => other !== element && other.contains(element)),
  );
}

function isExpanded(message: Element): boolean {
  // The labelled element sits inside the wrapper; `.aVla3` sits just outside it.
  const stateCarrier =
    closestFirst(message, outlook.messageStateCarrier) ??
    [...message.children].find((child) => matchesAny(child, outlook.messageStateCarrier));
  if (stateCarrier && matchesAny(stateCarrier, outlook.collapsedMessage)) return false;
  // Collapsed messages have no body in the page; an open one shows it.
  return bodyElementOf(message) !== null;
}

/** The selected row of the message list names the conversation; else the subject's id does. */
function conversationIdOf(doc: Document, subjectElement: Element | null): string | null {
  const selected = queryFirst(doc, outlook.selectedConversation)
    ?.getAttribute("data-convid")
    ?.trim();
  if (selected) return selected;
  // With no list on screen (full view, deep link), the subject's id names the conversation.
  const fromSubject = subjectElement ? /^CONV_(.+)_SUBJECT$/.exec(subjectElement.id)?.[1] : null;
  return fromSubject || null;
}
