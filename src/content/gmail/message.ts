import { gmailThreadKey } from "../../core/gmail-ids";
import {
  closestFirst,
  firstShown,
  isShownByMarkup,
  matchesAny,
  queryAllEach,
  queryFirst,
  type Selector,
} from "../select";
import * as gmail from "./selectors";

/**
 * Gmail's message, said once: which message is the newest expanded one, its id, its parts, and
 * whether it is on screen. The reader, the banner's placement and the reply all find "the message"
 * here, so they cannot disagree about which one is meant, and a markup change is one edit.
 *
 * On screen means not hidden by markup: Gmail keeps earlier views in the page with `display: none`.
 * That test needs no layout, so it is cheap enough for every look at the page.
 */

/**
 * The thread id in a Gmail address such as `#inbox/FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG` or
 * `#label/Jobs/18c2f0a1b2c3d4e5`: the last path segment, when it looks like an id rather than a
 * page (`#inbox/p2`) or a search (`#search/lumen+analytics`).
 */
export function gmailThreadIdFromHash(hash: string): string | null {
  const path = hash.replace(/^#/, "").split("?")[0] ?? "";
  const last = path.split("/").pop() ?? "";
  if (path.indexOf("/") === -1) return null;
  // Legacy ids are 16 hex digits; current ones are long mixed-case letters and digits.
  if (/^[0-9a-f]{16}$/.test(last)) return last;
  if (/^[A-Za-z0-9]{20,}$/.test(last) && /[A-Z]/.test(last) && /[a-z]/.test(last)) return last;
  return null;
}

/** The conversation on screen and its newest expanded message. */
export interface GmailOpenMessage {
  thread: Element;
  /** The message's list item (`.h7`), which carries its view state. */
  item: Element;
  /**
   * The message's own id; or, when the page shows none, `<conversation key>#<place>` from its place
   * in the conversation (oldest first, so it stays put as replies arrive), with `placeId` true.
   */
  id: string;
  placeId: boolean;
  /** Its place among the conversation's shown messages, oldest first. */
  index: number;
}

/** Why no open message was found: nothing open, or a named part of the markup not found. */
export type GmailNotFound = { kind: "none" } | { kind: "missing"; part: string };

/**
 * The newest expanded message of the conversation on screen. `idInAddress`, the conversation the
 * address names, separates "the inbox" from "the markup changed".
 */
export function newestExpandedMessage(
  doc: Document,
  idInAddress: string | null,
): GmailOpenMessage | GmailNotFound {
  const notFound = (part: string): GmailNotFound =>
    idInAddress ? { kind: "missing", part } : { kind: "none" };
  const thread = firstShown(doc, gmail.threadView);
  if (!thread) return notFound("thread view");
  const items = messageItems(thread);
  if (items.length === 0) return notFound("message");
  // Gmail lists a conversation oldest first, so the newest expanded message is the last one.
  const item = items.filter(isExpanded).pop();
  if (!item) return { kind: "missing", part: "expanded message" };
  // The id is an attribute of the message item: found without looking into the body.
  const id = messageIdOf(item);
  const index = items.indexOf(item);
  if (id) return { thread, item, id, placeId: false, index };
  const place = placeIdOf(doc, thread, index, idInAddress);
  if (!place) return { kind: "missing", part: "message id" };
  return { thread, item, id: place, placeId: true, index };
}

/** `<conversation key>#<place>`: the id of a message that shows none, or null with no conversation key. */
function placeIdOf(
  doc: Document,
  thread: Element,
  index: number,
  idInAddress: string | null,
): string | null {
  const conversation = threadIdOf(thread, subjectElementOf(doc, thread), idInAddress);
  return conversation ? `${conversation}#${index}` : null;
}

/**
 * The shown list item of the message with this id (in either of Gmail's forms, or a place id the
 * reader gave a message showing none), or null. Looked up afresh each time: Gmail redraws the
 * conversation when a reply opens, leaving old elements detached.
 */
export function messageWithId(doc: Document, id: string): Element | null {
  if (id.includes("#")) {
    // A place id names no attribute: the message is the newest expanded one while it keeps its
    // place, even once its own id has arrived (Gmail can add ids after drawing a message).
    const idInAddress = gmailThreadIdFromHash(new URL(doc.URL).hash);
    const open = newestExpandedMessage(doc, idInAddress);
    if ("kind" in open) return null;
    return placeIdOf(doc, open.thread, open.index, idInAddress) === id ? open.item : null;
  }
  for (const selector of gmail.messageIdCarrier) {
    for (const carrier of doc.querySelectorAll(selector.css)) {
      if (!carries(carrier, id) || !isShownByMarkup(carrier)) continue;
      return closestFirst(carrier, gmail.messageItem) ?? carrier;
    }
  }
  return null;
}

/** The message element (`div.adn`) inside a message's item: what the banner goes before. */
export function messageElementOf(item: Element): Element {
  const carrier = selfOrFirst(item, gmail.messageIdCarrier) ?? item;
  return closestFirst(carrier, gmail.bannerAnchor) ?? carrier;
}

/** The conversation's subject heading on screen, if any. */
export function subjectElementOf(doc: Document, thread: Element): Element | null {
  return firstShown(thread, gmail.subject) ?? firstShown(doc, gmail.subject);
}

/** The shown body of a message, if any. */
export function bodyElementOf(item: Element): Element | null {
  return firstShown(item, gmail.body);
}

/** The element naming a message's sender (`span[email]`), if any. */
export function senderElementOf(item: Element): Element | null {
  return queryFirst(item, gmail.sender);
}

/**
 * The conversation's id, the same on every visit (see `gmailThreadKey`): from the ids the subject
 * heading or the thread carries, else from the address.
 */
export function threadIdOf(
  thread: Element,
  subjectElement: Element | null,
  idInAddress: string | null,
): string | null {
  const legacy = idAttribute(thread, subjectElement, "data-legacy-thread-id", gmail.threadLegacyId);
  const perm = idAttribute(thread, subjectElement, "data-thread-perm-id", gmail.threadPermId);
  return gmailThreadKey({ legacy, perm, address: idInAddress });
}

/**
 * A message's id: `msg-f:<decimal>` from `data-message-id` (Gmail's `#` stripped, as InboxSDK
 * does), else the legacy hex id, which can be missing right after a send (InboxSDK polls for it).
 */
export function messageIdOf(item: Element): string | null {
  const carrier = selfOrFirst(item, gmail.messageIdCarrier);
  return carrier ? idOfCarrier(carrier) : null;
}

const MESSAGE_ID_ATTRIBUTES = ["data-message-id", "data-legacy-message-id"] as const;

function idOfCarrier(carrier: Element): string | null {
  for (const name of MESSAGE_ID_ATTRIBUTES) {
    const id = usableId(carrier.getAttribute(name));
    if (id) return id;
  }
  return null;
}

function carries(carrier: Element, id: string): boolean {
  return MESSAGE_ID_ATTRIBUTES.some((name) => usableId(carrier.getAttribute(name)) === id);
}

/**
 * Message list items inside the thread, in document order, leaving out hidden ones. Every carrier
 * counts, so a message whose id is missing is still seen (and never mistaken for an older one).
 */
function messageItems(thread: Element): Element[] {
  const items = new Set<Element>();
  for (const carrier of queryAllEach(thread, gmail.messageIdCarrier)) {
    const item = closestFirst(carrier, gmail.messageItem) ?? carrier;
    if (matchesAny(item, gmail.messageState.hidden) || !isShownByMarkup(item)) continue;
    items.add(item);
  }
  return [...items];
}

function isExpanded(item: Element): boolean {
  if (matchesAny(item, gmail.messageState.expanded)) return true;
  if (matchesAny(item, gmail.messageState.collapsed)) return false;
  // Unknown state classes (a Gmail rename): a message showing its body is open.
  return bodyElementOf(item) !== null;
}

function idAttribute(
  thread: Element,
  subjectElement: Element | null,
  name: string,
  carriers: readonly Selector[],
): string | null {
  const carrier = subjectElement?.hasAttribute(name)
    ? subjectElement
    : queryFirst(thread, carriers);
  return usableId(carrier?.getAttribute(name) ?? null);
}

/** An id attribute's value without Gmail's leading `#`; Gmail writes the string "undefined" when it has none. */
function usableId(value: string | null): string | null {
  const id = value?.trim().replace(/^#/, "") ?? "";
  return id && id !== "undefined" && id !== "null" ? id : null;
}

function selfOrFirst(element: Element, selectors: readonly Selector[]): Element | null {
  return matchesAny(element, selectors) ? element : queryFirst(element, selectors);
}
