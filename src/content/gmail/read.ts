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
  gmailThreadIdFromHash,
  newestExpandedMessage,
  senderElementOf,
  subjectElementOf,
  threadIdOf,
} from "./message";
import * as gmail from "./selectors";

export { gmailThreadIdFromHash } from "./message";

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

function senderOf(item: Element): OpenedEmail["from"] | null {
  const element = senderElementOf(item);
  if (!element) return null;
  const address = element.getAttribute("email")?.trim() ?? "";
  const name = element.getAttribute("name")?.trim() || oneLine(messageText(element));
  return { name: name === address ? "" : name, address };
}
