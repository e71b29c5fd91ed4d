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
  bodyElementOf,
  type GmailOpenMessage,
  newestExpandedMessage,
  senderElementOf,
  subjectElementOf,
  threadIdOf,
} from "./message";
import * as gmail from "./selectors";

/** Finds and reads the newest expanded message of the conversation open in Gmail. */
export const gmailAdapter: HostAdapter = {
  host: "gmail",
  findOpenMessage: (doc, url) => safely(() => findGmail(doc, url)),
};

function findGmail(doc: Document, url: URL): Found {
  // The address says whether a conversation *should* be on screen.
  const threadInUrl = gmailThreadIdFromHash(url.hash);
  const open = newestExpandedMessage(doc, threadInUrl);
  if ("kind" in open) return open.kind === "none" ? NONE : unrecognised(open.part);
  return foundMessage(open.id, () => readGmail(doc, open, threadInUrl));
}

function readGmail(doc: Document, open: GmailOpenMessage, threadInUrl: string | null): ReadResult {
  const missed: string[] = open.placeId ? ["message id"] : [];
  const subjectElement = subjectElementOf(doc, open.thread);
  if (!subjectElement) missed.push("subject");
  const subject = subjectElement ? oneLine(messageText(subjectElement)) : "";

  const threadId = threadIdOf(open.thread, subjectElement, threadInUrl);
  if (!threadId) missed.push("thread id");

  // Without an address, matching by sender is off and the greeting comes from the sign-off.
  const from = senderOf(open.item);
  if (!from?.address) missed.push(from?.name ? "sender address" : "sender");

  const bodyElement = bodyElementOf(open.item);
  if (!bodyElement) return unrecognised("body");
  const body = messageText(bodyElement, { skip: [...gmail.quotedText, ...gmail.bodyControls] });

  const email: OpenedEmail = {
    host: "gmail",
    messageId: open.id,
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

function senderOf(item: Element): OpenedEmail["from"] | null {
  const element = senderElementOf(item);
  if (!element) return null;
  const address = element.getAttribute("email")?.trim() ?? "";
  const name = element.getAttribute("name")?.trim() || oneLine(messageText(element));
  return { name: name === address ? "" : name, address };
}
