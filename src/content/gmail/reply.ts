import type { ReplyResult } from "../host";
import { asEditor, isShown } from "../reply/editor-checks";
import { type ReplyTiming, replyAndType } from "../reply/open-reply";
import { closestFirst, type Selector } from "../select";
import { messageWithId } from "./message";
import * as gmail from "./selectors";

/** What the request goes above in a Gmail reply body: the signature, then quoted history. */
const REPLY_TAIL: readonly Selector[] = [...gmail.replySignature, ...gmail.quotedText];

/**
 * Opens the reply to the Gmail message with this id (`msg-f:…` or the legacy hex id), or uses the
 * reply box already open in its conversation, and types `text` into it above the signature and the
 * quote, keeping what the user wrote (rule in reply/insertion-point.ts). Never sends, never throws.
 * `timing` is for tests.
 */
export function gmailReplyWith(
  doc: Document,
  messageId: string,
  text: string,
  signal: AbortSignal,
  timing?: ReplyTiming,
): Promise<ReplyResult> {
  return replyAndType(
    doc,
    {
      openEditor: () => gmailOpenEditor(doc, messageId),
      replyControl: () => {
        const message = messageWithId(doc, messageId);
        return message ? gmailReplyControl(message) : null;
      },
      tail: REPLY_TAIL,
    },
    text,
    signal,
    timing,
  );
}

/**
 * The message's reply control: the bottom "Reply" of the reply row when the message has it (the
 * newest one), else the header's reply button. Only a shown one: Gmail's A/B tests can draw the
 * reply row twice, and hides the row while a reply box is open.
 */
export function gmailReplyControl(message: Element): Element | null {
  for (const selector of gmail.replyControl) {
    for (const control of message.querySelectorAll(selector.css)) {
      if (isShown(control)) return control;
    }
  }
  return null;
}

/**
 * The editor of the reply box open for the message: its own inline reply (`.ip.adB`) first, else a
 * reply box below it in the conversation (Gmail puts the reply to the newest message at the foot of
 * the thread). A box above it answers an older message and is left alone. Null when none is open.
 */
export function gmailOpenEditor(doc: Document, messageId: string): HTMLElement | null {
  const message = messageWithId(doc, messageId);
  if (!message) return null;
  const own = editorInBoxes(message);
  if (own) return own;
  const thread = closestFirst(message, gmail.threadView);
  return thread ? editorInBoxes(thread, message) : null;
}

/** The editable body inside a reply or compose box (never the hidden plain-text textarea). */
export function gmailEditorIn(box: ParentNode): HTMLElement | null {
  for (const selector of gmail.editableBody) {
    for (const element of box.querySelectorAll(selector.css)) {
      const editor = asEditor(element);
      if (editor && isShown(editor)) return editor;
    }
  }
  return null;
}

function editorInBoxes(root: Element, below?: Element): HTMLElement | null {
  for (const selector of gmail.replyBox) {
    for (const box of root.querySelectorAll(selector.css)) {
      if (!isShown(box)) continue;
      if (below && !(below.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING))
        continue;
      const editor = gmailEditorIn(box);
      if (editor) return editor;
    }
  }
  return null;
}
