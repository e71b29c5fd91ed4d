import type { ReplyResult } from "../host";
import { asEditor, isShown } from "../reply/editor-checks";
import { type ReplyTiming, replyAndType } from "../reply/open-reply";
import { closestFirst, type Selector } from "../select";
import { messageWithId } from "./message";
import * as outlook from "./selectors";

/** What the request goes above in an Outlook reply body: the signature, then quoted history. */
const REPLY_TAIL: readonly Selector[] = [
  ...outlook.replySignature,
  ...outlook.quoteStart,
  ...outlook.quotedText,
];

/**
 * Opens the reply to the Outlook message with this id (as the reader made it: the item id from
 * the address, or `<item or conversation id>#<index>`), or uses the reply box already open in the
 * reading pane, and types `text` into it above the signature and the quoted message, keeping what
 * the user wrote (rule in reply/insertion-point.ts). Never sends, never throws. `timing` is for tests.
 */
export function outlookReplyWith(
  doc: Document,
  messageId: string,
  text: string,
  signal: AbortSignal,
  timing?: ReplyTiming,
): Promise<ReplyResult> {
  return replyAndType(
    doc,
    {
      openEditor: () => outlookOpenEditor(doc, messageId),
      replyControl: () => outlookReplyControl(doc, messageId),
      tail: REPLY_TAIL,
    },
    text,
    signal,
    timing,
  );
}

/**
 * The reply button of the message: in its own toolbar (or its quick-reply row) first, else the first
 * reply button of the reading pane, which answers the newest message. Found by its icon; the button
 * enclosing the icon is what is pressed.
 */
export function outlookReplyControl(doc: Document, messageId: string): Element | null {
  const open = messageWithId(doc, messageId);
  if (!open) return null;
  for (const scope of [open.message, open.pane]) {
    for (const selector of outlook.replyControl) {
      for (const found of scope.querySelectorAll(selector.css)) {
        const control = closestFirst(found, outlook.replyControlButton) ?? found;
        if (isShown(control) && !control.hasAttribute("disabled")) return control;
      }
    }
  }
  return null;
}

/**
 * The body editor of the reply open for this message's conversation: in the reading pane (Outlook
 * opens the reply there, above the conversation), else the only compose editor in the page. Never
 * the To/Cc fields, which are contenteditable too but not multi-line.
 */
export function outlookOpenEditor(doc: Document, messageId: string): HTMLElement | null {
  const open = messageWithId(doc, messageId);
  if (!open) return null;
  const inPane = editorsIn(open.pane);
  if (inPane[0]) return inPane[0];
  const anywhere = editorsIn(doc);
  return anywhere.length === 1 ? (anywhere[0] ?? null) : null;
}

function editorsIn(root: ParentNode): HTMLElement[] {
  for (const selector of outlook.editableBody) {
    const editors = [...root.querySelectorAll(selector.css)]
      .map(asEditor)
      .filter((editor): editor is HTMLElement => editor !== null && isShown(editor));
    if (editors.length > 0) return editors;
  }
  return [];
}
