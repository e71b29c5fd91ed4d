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
  newestExpandedMessage,
  type OutlookOpenMessage,
  senderElementOf,
  subjectTitleOf,
} from "./message";
import * as outlook from "./selectors";

export { outlookItemIdFromPath } from "./message";

/** Finds and reads the newest expanded message of the conversation open in Outlook on the web. */
export const outlookAdapter: HostAdapter = {
  host: "outlook",
  findOpenMessage: (doc, url) => safely(() => findOutlook(doc, url)),
};

function findOutlook(doc: Document, url: URL): Found {
  const open = newestExpandedMessage(doc, url);
  if ("kind" in open) return open.kind === "none" ? NONE : unrecognised(open.part);
  return foundMessage(open.id, () => readOutlook(open));
}

function readOutlook(open: OutlookOpenMessage): ReadResult {
  const missed: string[] = [];
  if (!open.subjectElement) missed.push("subject");
  const subject = open.subjectElement ? subjectOf(open.subjectElement) : "";

  // Without an address, matching by sender is off and the greeting comes from the sign-off.
  const from = senderOf(open.message);
  if (!from) missed.push("sender");
  else if (!from.address) missed.push("sender address");

  const bodyElement = bodyElementOf(open.message);
  if (!bodyElement) return unrecognised("body");
  const body = messageText(bodyElement, { skip: outlook.quotedText, cutAt: outlook.quoteStart });

  const email: OpenedEmail = {
    host: "outlook",
    messageId: open.id,
    threadId: open.threadId,
    subject,
    from: from ?? { name: "", address: "" },
    body,
  };
  return { kind: "email", email, missed };
}

/** A subject heading's full text: its `title`, a child's, or what it shows. */
function subjectOf(element: Element): string {
  return oneLine(subjectTitleOf(element) ?? "") || oneLine(messageText(element));
}

function senderOf(message: Element): OpenedEmail["from"] | null {
  const element = senderElementOf(message);
  if (!element) return null;
  // Forms seen: text "Name <address>", text "Name" with the address in the label, label
  // "From: address". The label's first word is localised ("From:", "Von:"), so it is cut at the colon.
  const texts: string[] = [withoutLabelWord(oneLine(messageText(element)))];
  for (const carrier of [element, ...element.querySelectorAll("[aria-label], [title]")].slice(
    0,
    8,
  )) {
    const label = carrier.getAttribute("aria-label");
    if (label) texts.push(withoutLabelWord(label));
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

/**
 * A sender's label or text without the localised "From:" it may start with ("Von:", "De :", "Da:",
 * "Van:", "发件人:"): cut at the first colon, whatever the language, when no name or address stands before it.
 */
function withoutLabelWord(text: string): string {
  return text.replace(/^[^:<>@]{1,24}[:：]\s*/, "");
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
