import type { ReplyResult } from "../host";
import type { Selector } from "../select";
import { waitFor, whenQuiet } from "../wait-for";
import { typeIntoEditor } from "./type-text";

/**
 * Opening the reply: the step both mail clients share, from the reply box already open or the
 * control that opens one, to the editor settled and typed into. The clients' reply modules only
 * say where things are.
 */

/** What a host's reply step knows how to find, for `replyAndType`. */
export interface ReplySteps {
  /** The editor of a reply box already open for this message's conversation, if any. */
  openEditor(): HTMLElement | null;
  /** The control that opens the reply to the message; null when the message is not on screen. */
  replyControl(): Element | null;
  /** The signature and quoted-history elements of the host's reply body. */
  tail: readonly Selector[];
}

export interface ReplyTiming {
  /** How long to wait for the editor after pressing reply. */
  editorTimeoutMs?: number;
  /** How long a freshly opened editor must stay unchanged before typing, and the cap on that wait. */
  settleQuietMs?: number;
  settleMaxMs?: number;
}

export const DEFAULT_TIMING: Required<ReplyTiming> = {
  editorTimeoutMs: 5000,
  settleQuietMs: 80,
  settleMaxMs: 800,
};

/**
 * The reply step both hosts share: use the reply box already open, else press the reply control and
 * wait for the editor; then type the request. Never sends, never throws.
 */
export async function replyAndType(
  doc: Document,
  steps: ReplySteps,
  text: string,
  signal: AbortSignal,
  timing: ReplyTiming = {},
): Promise<ReplyResult> {
  const { editorTimeoutMs, settleQuietMs, settleMaxMs } = { ...DEFAULT_TIMING, ...timing };
  let stage: "control" | "editor" | "typing" = "control";
  try {
    if (signal.aborted) return ABORTED;
    let editor = steps.openEditor();
    if (!editor) {
      const control = steps.replyControl();
      if (!control) return { ok: false, reason: "no-reply-control" };
      stage = "editor";
      press(control);
      editor = await waitFor(doc, () => steps.openEditor(), { signal, timeoutMs: editorTimeoutMs });
      if (signal.aborted) return ABORTED;
      if (!editor) return { ok: false, reason: "no-editor" };
      await whenQuiet(editor, { signal, quietMs: settleQuietMs, maxMs: settleMaxMs });
      if (signal.aborted) return ABORTED;
      // The client may have redrawn the box while it settled.
      if (!editor.isConnected) editor = steps.openEditor();
      if (!editor) return { ok: false, reason: "no-editor" };
    }
    stage = "typing";
    const outcome = typeIntoEditor(editor, text, steps.tail);
    return outcome === "not-inserted" || outcome === "partly-inserted"
      ? { ok: false, reason: outcome }
      : { ok: true };
  } catch {
    // A page torn down or redrawn under us: report the step that failed, as the contract asks.
    if (signal.aborted) return ABORTED;
    if (stage === "control") return { ok: false, reason: "no-reply-control" };
    return { ok: false, reason: stage === "editor" ? "no-editor" : "not-inserted" };
  }
}

const ABORTED: ReplyResult = { ok: false, reason: "aborted" };

/**
 * Presses a control as a mouse does: Gmail's Closure buttons act on mousedown/mouseup rather than
 * on click (InboxSDK's simulateClick sends all three), Outlook's React buttons on click.
 */
export function press(control: Element): void {
  const Mouse = control.ownerDocument.defaultView?.MouseEvent ?? MouseEvent;
  for (const type of ["mousedown", "mouseup", "click"]) {
    control.dispatchEvent(
      new Mouse(type, { bubbles: true, cancelable: true, button: 0, detail: 1 }),
    );
  }
}
