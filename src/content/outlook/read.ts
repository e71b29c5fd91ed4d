import type { OpenedEmail } from "../../core/email";
import {
  type Found,
  foundMessage,
  type HostAdapter,
  NONE,
  type ReadResult,
  safely,
  unrecognised,
} from "../host";
import { messageText, oneLine } from "../message-text";
import {
  closestFirst,
  firstShown,
  isShownByMarkup,
  matchesAny,
  queryAllFirst,
  queryFirst,
} from "../select";
import * as outlook from "./selectors";

/** Finds and reads the newest expanded message of the conversation open in Outlook on the web. */
export const outlookAdapter: HostAdapter = {
  host: "outlook",
  findOpenMessage: (doc, url) => safely(() => findOutlook(doc, url)),
};

function findOutlook(doc: Document, url: URL): Found {
  // The address says whether a message *should* be open, which separates "nothing selected"
  // from "Outlook changed its markup".
  const itemId = outlookItemIdFromPath(url.pathname);
  const pane = firstShown(doc, outlook.readingPane);
  if (!pane) return itemId ? unrecognised("reading pane") : NONE;

  const messages = messageElements(pane);
  if (messages.length === 0) return itemId ? unrecognised("message") : NONE;

  // Outlook's default puts the newest message on top ("Newest message on top" in Settings >
  // Mail > Layout), so the first expanded one is the newest. With the other order the user chose,
  // this still reads an open message, just possibly not the newest of several open ones.
  const position = messages.findIndex(isExpanded);
  const newest = messages[position];
  if (!newest) return unrecognised("expanded message");

  // Messages have no id in the page: the id comes from the address, the conversation and the
  // message's place in it, none of which needs the body.
  const subjectElement = firstShown(pane, outlook.subject) ?? firstShown(doc, outlook.subject);
  const threadId = (subjectElement && conversationIdOf(doc, subjectElement)) ?? itemId;
  // With neither a conversation nor an item id, no id would stay the same on the next visit.
  if (!threadId) return unrecognised(subjectElement ? "thread id" : "subject");

  // Index from the oldest message, so it stays put when replies arrive on top.
  const chronologicalIndex = messages.length - 1 - position;
  const messageId =
    itemId && position === 0 ? itemId : `${itemId ?? threadId}#${chronologicalIndex}`;

  return foundMessage(messageId, () => readOutlook(subjectElement, newest, messageId, threadId));
}

function readOutlook(
  subjectElement: Element | null,
  newest: Element,
  messageId: string,
  threadId: string,
): ReadResult {
  const missed: string[] = [];
  if (!subjectElement) missed.push("subject");
  const subject = subjectElement ? subjectOf(subjectElement) : "";

  // Without an address, matching by sender is off and the greeting comes from the sign-off.
  const from = senderOf(newest);
  if (!from) missed.push("sender");
  else if (!from.address) missed.push("sender address");

  const bodyElement = firstShown(newest, outlook.body);
  if (!bodyElement) return unrecognised("body");
  const body = messageText(bodyElement, { skip: outlook.quotedText, cutAt: outlook.quoteStart });

  const email: OpenedEmail = {
    host: "outlook",
    messageId,
    threadId,
    subject,
    from: from ?? { name: "", address: "" },
    body,
  };
  return { kind: "email", email, missed };
}

/**
 * The item id in an Outlook address: `/mail/inbox/id/<ItemId>`, `/mail/0/inbox/id/<ItemId>`
 * (second account) or `/mail/deeplink/read/<ItemId>`, URL-decoded (ids are base64 with `+/=`).
 * Exported for its tests.
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
      if (queryFirst(node, outlook.sender)) {
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
  return firstShown(message, outlook.body) !== null;
}

/** A subject heading's full text: its `title`, a child's, or what it shows. */
function subjectOf(element: Element): string {
  const title =
    element.getAttribute("title") ??
    queryFirst(element, outlook.subjectFullText)?.getAttribute("title") ??
    "";
  return oneLine(title) || oneLine(messageText(element));
}

function conversationIdOf(doc: Document, subjectElement: Element): string | null {
  const selected = queryFirst(doc, outlook.selectedConversation)
    ?.getAttribute("data-convid")
    ?.trim();
  if (selected) return selected;
  // With no list on screen (full view, deep link), the subject's id names the conversation.
  const fromSubject = /^CONV_(.+)_SUBJECT$/.exec(subjectElement.id)?.[1];
  return fromSubject || null;
}

function senderOf(message: Element): OpenedEmail["from"] | null {
  const element = queryFirst(message, outlook.sender);
  if (!element) return null;
  // Forms seen: text "Name <address>", text "Name" with the address in the label, label
  // "From: address". The label's first word is localised ("From:", "Von:"), so it is cut at the colon.
  const texts: string[] = [oneLine(messageText(element))];
  for (const carrier of [element, ...element.querySelectorAll("[aria-label], [title]")].slice(
    0,
    8,
  )) {
    const label = carrier.getAttribute("aria-label");
    if (label) texts.push(label.replace(/^[^:<>@]{1,24}:\s*/, ""));
    const title = carrier.getAttribute("title");
    if (title) texts.push(title);
  }
  let address = "";
  let name = "";
  for (const text of texts) {
    const mailbox = parseMailbox(text);
    if (!address && mailbox.address) address = mailbox.address;
    if (!name && mailbox.name) name = mailbox.name;
  }
  if (!address && !name) return null;
  // Colleagues in the same organisation, and some senders ("From: Ramp"), are shown by name only.
  return { name: name.toLowerCase() === address.toLowerCase() ? "" : name, address };
}

const ADDRESS = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[^\s<>"'(),;:]+/;

/** Splits `Name <address>`, a bare address, or a bare name. */
export function parseMailbox(text: string): { name: string; address: string } {
  const trimmed = oneLine(text);
  const angled = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(trimmed);
  if (angled) return { name: cleanName(angled[1] ?? ""), address: angled[2] ?? "" };
  const bare = ADDRESS.exec(trimmed);
  if (bare) return { name: cleanName(trimmed.replace(bare[0], "")), address: bare[0] };
  return { name: cleanName(trimmed), address: "" };
}

function cleanName(name: string): string {
  return name.replace(/^["'\s]+|["'\s<>]+$/g, "").trim();
}
