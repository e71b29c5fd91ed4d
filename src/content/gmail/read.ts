import type { OpenedEmail } from "../../core/email";
import type { HostAdapter, ReadResult } from "../host";
import { isShownByMarkup, messageText } from "../message-text";
import { queryAllFirst, queryFirst, type Selector } from "../select";
import * as gmail from "./selectors";

/** Reads the newest expanded message of the conversation open in Gmail. */
export const gmailAdapter: HostAdapter = {
  host: "gmail",
  readOpenEmail(doc: Document, url: URL): ReadResult {
    try {
      return readGmail(doc, url);
    } catch (error) {
      // The contract is "never throws": a page we do not understand is reported, not crashed on.
      return { kind: "unrecognised", missing: `reader error: ${describe(error)}` };
    }
  },
};

const NONE: ReadResult = { kind: "none" };

function unrecognised(missing: string): ReadResult {
  return { kind: "unrecognised", missing };
}

function readGmail(doc: Document, url: URL): ReadResult {
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

  const messageId = messageIdOf(newest);
  if (!messageId) return unrecognised("message id");

  const subjectElement = firstShown(thread, gmail.subject) ?? firstShown(doc, gmail.subject);
  if (!subjectElement) return unrecognised("subject");
  const subject = oneLine(messageText(subjectElement));

  const threadId = threadIdOf(thread, subjectElement) ?? threadInUrl;
  if (!threadId) return unrecognised("thread id");

  const from = senderOf(newest);
  if (!from) return unrecognised("sender");

  const bodyElement = firstShown(newest, gmail.body);
  if (!bodyElement) return unrecognised("body");
  const body = messageText(bodyElement, { skip: [...gmail.quotedText, ...gmail.bodyControls] });

  const email: OpenedEmail = { host: "gmail", messageId, threadId, subject, from, body };
  return { kind: "email", email };
}

/**
 * The thread id in a Gmail address such as `#inbox/FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG` or
 * `#label/Jobs/18c2f0a1b2c3d4e5`: the last path segment, when it looks like an id rather than a
 * page (`#inbox/p2`) or a search (`#search/lumen+analytics`). Exported for the navigation watcher.
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
  const address = element?.getAttribute("email")?.trim() ?? "";
  if (!element || !address) return null;
  const name = element.getAttribute("name")?.trim() || oneLine(messageText(element));
  return { name: name === address ? "" : name, address };
}

/** An id attribute's value without Gmail's leading `#`; Gmail writes the string "undefined" when it has none. */
function usableId(value: string | null): string | null {
  const id = value?.trim().replace(/^#/, "") ?? "";
  return id && id !== "undefined" && id !== "null" ? id : null;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Small selector helpers. They try each list in order, like select.ts, and add the "shown" test
// Gmail needs because of its hidden cached views.

function firstShown(root: ParentNode, selectors: readonly Selector[]): Element | null {
  for (const selector of selectors) {
    for (const element of root.querySelectorAll(selector.css)) {
      if (isShownByMarkup(element)) return element;
    }
  }
  return null;
}

function selfOrFirst(element: Element, selectors: readonly Selector[]): Element | null {
  return matchesAny(element, selectors) ? element : queryFirst(element, selectors);
}

function closestFirst(element: Element, selectors: readonly Selector[]): Element | null {
  for (const selector of selectors) {
    const found = element.closest(selector.css);
    if (found) return found;
  }
  return null;
}

function matchesAny(element: Element, selectors: readonly Selector[]): boolean {
  return selectors.some((selector) => element.matches(selector.css));
}
