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
  type Selector,
} from "../select";
import * as gmail from "./selectors";

/** Finds and reads the newest expanded message of the conversation open in Gmail. */
export const gmailAdapter: HostAdapter = {
  host: "gmail",
  findOpenMessage: (doc, url) => safely(() => findGmail(doc, url)),
};

function findGmail(doc: Document, url: URL): Found {
  // Gmail keeps earlier views in the page, hidden, so only what is shown counts; the address says
  // whether a conversation *should* be on screen, which separates "inbox" from "markup changed".
  const threadInUrl = gmailThreadIdFromHash(url.hash);
  const thread = firstShown(doc, gmail.threadView);
  if (!thread) return threadInUrl ? unrecognised("thread view") : NONE;

  const items = messageItems(thread);
  if (items.length === 0) return threadInUrl ? unrecognised("message") : NONE;

  // Gmail lists a conversation oldest first, so the newest expanded message is the last one.
  const expanded = items.filter(isExpanded);
  const newest = expanded[expanded.length - 1];
  if (!newest) return unrecognised("expanded message");

  // The id is an attribute of the message item: found without looking into the body.
  const messageId = messageIdOf(newest);
  if (!messageId) return unrecognised("message id");

  return foundMessage(messageId, () => readGmail(doc, thread, newest, messageId, threadInUrl));
}

function readGmail(
  doc: Document,
  thread: Element,
  newest: Element,
  messageId: string,
  threadInUrl: string | null,
): ReadResult {
  const missed: string[] = [];
  const subjectElement = firstShown(thread, gmail.subject) ?? firstShown(doc, gmail.subject);
  if (!subjectElement) missed.push("subject");
  const subject = subjectElement ? oneLine(messageText(subjectElement)) : "";

  const threadId = (subjectElement && threadIdOf(thread, subjectElement)) ?? threadInUrl;
  if (!threadId) missed.push("thread id");

  // Without an address, matching by sender is off and the greeting comes from the sign-off.
  const from = senderOf(newest);
  if (!from?.address) missed.push(from?.name ? "sender address" : "sender");

  const bodyElement = firstShown(newest, gmail.body);
  if (!bodyElement) return unrecognised("body");
  const body = messageText(bodyElement, { skip: [...gmail.quotedText, ...gmail.bodyControls] });

  const email: OpenedEmail = {
    host: "gmail",
    messageId,
    threadId: threadId ?? "",
    subject,
    from: from ?? { name: "", address: "" },
    body,
  };
  return { kind: "email", email, missed };
}

/**
 * The thread id in a Gmail address such as `#inbox/FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG` or
 * `#label/Jobs/18c2f0a1b2c3d4e5`: the last path segment, when it looks like an id rather than a
 * page (`#inbox/p2`) or a search (`#search/lumen+analytics`). Exported for its tests.
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

/** Message list items inside the thread, in document order, leaving out hidden ones. */
function messageItems(thread: Element): Element[] {
  const items: Element[] = [];
  const seen = new Set<Element>();
  for (const carrier of queryAllFirst(thread, gmail.messageIdCarrier)) {
    const item = closestFirst(carrier, gmail.messageItem) ?? carrier;
    if (seen.has(item)) continue;
    seen.add(item);
    if (matchesAny(item, gmail.messageState.hidden) || !isShownByMarkup(item)) continue;
    items.push(item);
  }
  return items;
}

function isExpanded(item: Element): boolean {
  if (matchesAny(item, gmail.messageState.expanded)) return true;
  if (matchesAny(item, gmail.messageState.collapsed)) return false;
  // Unknown state classes (a Gmail rename): a message showing its body is open.
  return firstShown(item, gmail.body) !== null;
}

function messageIdOf(item: Element): string | null {
  const carrier = selfOrFirst(item, gmail.messageIdCarrier);
  if (!carrier) return null;
  // `#msg-f:1780000000000000001` → `msg-f:1780000000000000001`; InboxSDK strips the `#` the same way.
  const syncId = usableId(carrier.getAttribute("data-message-id"));
  if (syncId) return syncId;
  // Legacy hex ids can be missing right after a send (InboxSDK polls for them), so they come second.
  return usableId(carrier.getAttribute("data-legacy-message-id"));
}

function threadIdOf(thread: Element, subjectElement: Element): string | null {
  const permCarrier = subjectElement.hasAttribute("data-thread-perm-id")
    ? subjectElement
    : queryFirst(thread, gmail.threadPermId);
  const perm = usableId(permCarrier?.getAttribute("data-thread-perm-id") ?? null);
  if (perm) return perm;
  const legacyCarrier = subjectElement.hasAttribute("data-legacy-thread-id")
    ? subjectElement
    : queryFirst(thread, gmail.threadLegacyId);
  return usableId(legacyCarrier?.getAttribute("data-legacy-thread-id") ?? null);
}

function senderOf(item: Element): OpenedEmail["from"] | null {
  const element = queryFirst(item, gmail.sender);
  if (!element) return null;
  const address = element.getAttribute("email")?.trim() ?? "";
  const name = element.getAttribute("name")?.trim() || oneLine(messageText(element));
  return { name: name === address ? "" : name, address };
}

/** An id attribute's value without Gmail's leading `#`; Gmail writes the string "undefined" when it has none. */
function usableId(value: string | null): string | null {
  const id = value?.trim().replace(/^#/, "") ?? "";
  return id && id !== "undefined" && id !== "null" ? id : null;
}

function selfOrFirst(element: Element, selectors: readonly Selector[]): Element | null {
  return matchesAny(element, selectors) ? element : queryFirst(element, selectors);
}
