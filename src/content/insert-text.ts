import type { ReplyResult } from "./host";
import { isShownByMarkup, matchesAny, type Selector } from "./select";
import { waitFor, whenQuiet } from "./wait-for";

/**
 * Typing the feedback request into a reply box the way a person would, so the mail client takes it
 * for typing: it saves the draft, Ctrl+Z takes it back, and Trusted Types never come into it (no
 * markup is written). Shared by the Gmail and Outlook reply steps, which only say where things are.
 *
 * Where the request goes (the user-text rule):
 * - The reply body is split at its *tail*: the first signature or quoted-history element (from the
 *   host's selectors), lifted to the wrapper that holds nothing before it. The tail is never touched.
 * - When nothing above the tail is the user's (no text, no image), the request goes at the very
 *   start: on the box's first line, above the signature and the quote.
 * - When the user already wrote something above the tail, their words stay where they are, as they
 *   are: the request goes after their last word, after a blank line, and still above the tail.
 * - When no blank line would separate the request from the tail, one is added after the request.
 */

/** Where the caret goes before typing, and what surrounds that place. */
export interface InsertionPoint {
  /** `start`: the box holds nothing of the user's; `after-user-text`: after the user's last word. */
  at: "start" | "after-user-text";
  node: Node;
  offset: number;
  /** The first element of the signature or quoted history (lifted to its wrapper), if any. */
  tail: Element | null;
  /** Whether a blank line already stands between this place and the tail. */
  blankLineBelow: boolean;
}

/** How the text got in: by editing commands (real typing), or by the node fallback. */
export type TypeOutcome = "typed" | "inserted" | "partly-inserted" | "not-inserted";

const VOID_ELEMENTS = new Set(["BR", "IMG", "HR", "INPUT", "WBR"]);

/** Finds where the request goes in `editor` under the rule above. Reads only; changes nothing. */
export function findInsertionPoint(
  editor: Element,
  tailSelectors: readonly Selector[],
): InsertionPoint {
  const tail = findTail(editor, tailSelectors);
  const lastWord = lastUserContent(editor, tail);
  if (lastWord) {
    const point = afterNode(lastWord);
    return {
      at: "after-user-text",
      ...point,
      tail,
      blankLineBelow: hasBlankLine(editor, point, tail, false),
    };
  }
  const point = firstLine(editor, tail);
  return { at: "start", ...point, tail, blankLineBelow: hasBlankLine(editor, point, tail, true) };
}

/** The request as the lines to type: line breaks normalised, blank lines at either end dropped. */
export function requestLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd());
  while (lines.length > 0 && lines[0] === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * Types `text` into `editor` at the place the rule gives: focuses it, puts the caret there, and
 * runs `insertText` line by line with `insertParagraph` between lines (Firefox needs it; Chrome
 * takes it too). Then checks the text is there. When the editing commands are missing or refused
 * and changed nothing, inserts text nodes with a Range instead and fires `input`, then checks
 * again. When the commands typed only part of it, it stops there rather than typing it twice.
 */
export function typeIntoEditor(
  editor: HTMLElement,
  text: string,
  tailSelectors: readonly Selector[],
): TypeOutcome {
  const lines = requestLines(text);
  if (!lines.some((line) => line.trim() !== "")) return "not-inserted";
  const doc = editor.ownerDocument;
  const point = findInsertionPoint(editor, tailSelectors);
  // Only the part above the tail is read: the quoted history below can be megabytes long.
  const before = textAbove(editor, point.tail);
  const now = () => textAbove(editor, findTail(editor, tailSelectors));

  editor.focus();
  placeCaret(doc, point.node, point.offset);
  // Any change the commands made, wherever the client put the caret (inside the quote, say), is
  // noticed without reading the whole reply again.
  const changes = new MutationObserver(() => undefined);
  changes.observe(editor, { subtree: true, childList: true, characterData: true });
  const typed = typeWithCommands(doc, editor, point, lines);
  const changed = changes.takeRecords().length > 0;
  changes.disconnect();
  if (typed === "all" && landed(before, now(), lines)) return "typed";
  // Some of it went in: a second copy from the fallback would be worse than stopping.
  if (typed === "some" || changed || now() !== before) return "partly-inserted";

  insertAsNodes(editor, findInsertionPoint(editor, tailSelectors), lines);
  return landed(before, now(), lines) ? "inserted" : "not-inserted";
}

/**
 * The text of the editor's nodes that come before `tail` (all of it when there is none): the
 * user's words and the request, never the signature and quoted history the tail starts.
 */
function textAbove(editor: Element, tail: Element | null): string {
  const parts: string[] = [];
  let node: Node | null = editor.firstChild;
  while (node && node !== tail) {
    if (node.nodeType === 3) parts.push((node as CharacterData).data);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== editor && !node.nextSibling) node = node.parentNode;
    node = node && node !== editor ? node.nextSibling : null;
  }
  return parts.join("");
}

/**
 * The fallback: the request as text nodes in `div` lines (an empty line is a `<br>`), put in place
 * with `Range.insertNode` the way typing would leave them (the first line fills the box's empty
 * first line), then an `input` event so the editor notices. The client may not record an undo
 * step or save the draft for it; that is why it is only the fallback. Exported for tests.
 */
export function insertAsNodes(
  editor: HTMLElement,
  point: InsertionPoint,
  lines: readonly string[],
): void {
  const doc = editor.ownerDocument;
  const line = (content: string) => {
    const block = doc.createElement("div");
    block.append(content === "" ? doc.createElement("br") : doc.createTextNode(content));
    return block;
  };
  const top = topLevelChild(editor, point.node);
  // The line holding the caret also holds the tail (everything in one block): the lines go right
  // at the caret, still above the tail. Otherwise whole lines go between the editor's own lines.
  const sharesTail = top !== null && point.tail !== null && top.contains(point.tail);
  const fillsEmptyLine =
    point.at === "start" && top !== null && point.node !== editor && !sharesTail && isBlank(top);

  const inserted: Node[] = [];
  const place = (nodes: Node[], where: (range: Range) => void) => {
    const fragment = doc.createDocumentFragment();
    fragment.append(...nodes);
    const range = doc.createRange();
    where(range);
    range.collapse(true);
    range.insertNode(fragment);
    inserted.push(...nodes);
  };
  const gap = point.tail && !point.blankLineBelow ? [line("")] : [];
  if (fillsEmptyLine && top) {
    const [first = "", ...rest] = lines;
    place([doc.createTextNode(first)], (range) => range.setStart(point.node, point.offset));
    place([...rest.map(line), ...gap], (range) => range.setStartAfter(top));
  } else {
    const blocks = [
      ...(point.at === "after-user-text" ? [line("")] : []),
      ...lines.map(line),
      ...gap,
    ];
    place(blocks, (range) => {
      if (!top || sharesTail) range.setStart(point.node, point.offset);
      else if (point.at === "start") range.setStartBefore(top);
      else range.setStartAfter(top);
    });
  }

  const texts = inserted.map((node) => (node.nodeType === 3 ? node : node.firstChild));
  const lastText = texts.reverse().find((node) => node?.nodeType === 3);
  if (lastText) placeCaret(doc, lastText, lastText.textContent?.length ?? 0);
  const Input = doc.defaultView?.InputEvent ?? InputEvent;
  editor.dispatchEvent(
    new Input("input", { bubbles: true, inputType: "insertText", data: lines.join("\n") }),
  );
}

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

/**
 * True when the element is on screen as far as can be told: not hidden by markup, nor by a style
 * sheet (Gmail's A/B duplicate reply rows), which `checkVisibility` sees where the browser has it.
 */
export function isShown(element: Element): boolean {
  if (!isShownByMarkup(element)) return false;
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === "function" ? check.call(element) : true;
}

/** An element the user can type into, as the DOM types it. */
export function asEditor(element: Element | null): HTMLElement | null {
  if (!element) return null;
  const candidate = element as HTMLElement;
  return typeof candidate.focus === "function" &&
    candidate.getAttribute("contenteditable") !== "false"
    ? candidate
    : null;
}

// ---- Typing ----------------------------------------------------------------------------------

function typeWithCommands(
  doc: Document,
  editor: HTMLElement,
  point: InsertionPoint,
  lines: readonly string[],
): "all" | "some" | "none" {
  if (typeof doc.execCommand !== "function") return "none";
  let done = 0;
  const run = (command: string, value?: string): boolean => {
    // Never type where the caret is not: focus can move (a client's own focus handling).
    if (!caretInside(doc, editor)) return false;
    try {
      const ok = doc.execCommand(command, false, value);
      if (ok) done += 1;
      return ok;
    } catch {
      return false;
    }
  };
  const commands: [string, string?][] = [];
  if (point.at === "after-user-text") commands.push(["insertParagraph"], ["insertParagraph"]);
  lines.forEach((line, index) => {
    if (line !== "") commands.push(["insertText", line]);
    if (index < lines.length - 1) commands.push(["insertParagraph"]);
  });
  if (point.tail && !point.blankLineBelow) commands.push(["insertParagraph"]);
  for (const [command, value] of commands) {
    if (!run(command, value)) return done === 0 ? "none" : "some";
  }
  return "all";
}

/** True when every line of the request is in the text now, as many more times as it has. */
function landed(before: string, after: string, lines: readonly string[]): boolean {
  const now = flat(after);
  const was = flat(before);
  const wanted = new Map<string, number>();
  for (const line of lines.map(flat).filter(Boolean)) wanted.set(line, (wanted.get(line) ?? 0) + 1);
  for (const [line, times] of wanted) {
    if (occurrences(now, line) < occurrences(was, line) + times) return false;
  }
  return true;
}

/** Text compared loosely: editors turn spaces into no-break spaces to keep them visible. */
function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    count += 1;
  }
  return count;
}

function placeCaret(doc: Document, node: Node, offset: number): void {
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

function caretInside(doc: Document, editor: Element): boolean {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  return editor.contains(selection.getRangeAt(0).startContainer);
}

// ---- Where the request goes ------------------------------------------------------------------

/** The first signature or quote element in the editor, lifted to the wrapper with nothing before it. */
function findTail(editor: Element, selectors: readonly Selector[]): Element | null {
  let tail: Element | null = null;
  for (let node = editor.firstElementChild; node; node = nextElement(node, editor)) {
    if (matchesAny(node, selectors)) {
      tail = node;
      break;
    }
  }
  if (!tail) return null;
  // `<div><br><div class="gmail_signature">…</div></div>`: the wrapper belongs to the signature.
  while (tail.parentElement && tail.parentElement !== editor && nothingBefore(tail)) {
    tail = tail.parentElement;
  }
  return tail;
}

/** The next element in document order inside `root`, or null. */
function nextElement(node: Element, root: Element): Element | null {
  if (node.firstElementChild) return node.firstElementChild;
  for (
    let current: Element | null = node;
    current && current !== root;
    current = current.parentElement
  ) {
    if (current.nextElementSibling) return current.nextElementSibling;
  }
  return null;
}

/** True when everything before `element` in its parent is blank (whitespace, line breaks). */
function nothingBefore(element: Element): boolean {
  for (let node = element.previousSibling; node; node = node.previousSibling) {
    if (!isBlank(node)) return false;
  }
  return true;
}

function isBlank(node: Node): boolean {
  if (node.nodeType === 3) return !/\S/.test(node.textContent ?? "");
  if (node.nodeType !== 1) return true;
  const element = node as Element;
  if (element.tagName === "IMG") return false;
  if (element.tagName === "BR") return true;
  return [...element.childNodes].every(isBlank);
}

/** The last text or image the user put above the tail, or null when there is none. */
function lastUserContent(editor: Element, tail: Element | null): Node | null {
  let last: Node | null = null;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child === tail) return false;
      if (child.nodeType === 3 && /\S/.test(child.textContent ?? "")) last = child;
      else if (child.nodeType === 1) {
        if ((child as Element).tagName === "IMG") last = child;
        else if (!walk(child)) return false;
      }
    }
    return true;
  };
  walk(editor);
  return last;
}

/** The place right after a node: the end of a text, or just after an image. */
function afterNode(node: Node): { node: Node; offset: number } {
  if (node.nodeType === 3) return { node, offset: (node as CharacterData).length };
  let offset = 1;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) offset += 1;
  return { node: node.parentNode as Node, offset };
}

/** The start of the box's first line: down through its first blocks to before their first leaf. */
function firstLine(editor: Element, tail: Element | null): { node: Node; offset: number } {
  let container: Element = editor;
  for (;;) {
    let child = container.firstChild;
    let index = 0;
    while (child && child.nodeType !== 1 && isBlank(child)) {
      child = child.nextSibling;
      index += 1;
    }
    if (child?.nodeType !== 1) return { node: container, offset: index };
    const element = child as Element;
    if (element === tail || element.contains(tail) || VOID_ELEMENTS.has(element.tagName)) {
      return { node: container, offset: index };
    }
    container = element;
  }
}

/**
 * Whether a blank line stands between the point and the tail: a line break there beyond the one
 * that only holds an empty first line open (typing replaces that one).
 */
function hasBlankLine(
  editor: Element,
  point: { node: Node; offset: number },
  tail: Element | null,
  atStart: boolean,
): boolean {
  if (!tail) return true;
  const range = editor.ownerDocument.createRange();
  range.setStart(point.node, point.offset);
  range.setEndBefore(tail);
  let breaks = 0;
  // Only the elements before the tail, in document order: never the quoted history below it.
  for (
    let node = editor.firstElementChild;
    node && node !== tail;
    node = nextElement(node, editor)
  ) {
    if (node.tagName === "BR" && range.intersectsNode(node)) breaks += 1;
  }
  const placeholder = atStart && point.node.childNodes[point.offset]?.nodeName === "BR" ? 1 : 0;
  return breaks - placeholder >= 1;
}

/** The editor's child that holds `node`, or null when `node` is the editor itself. */
function topLevelChild(editor: Element, node: Node): Node | null {
  let current: Node | null = node;
  while (current && current.parentNode !== editor) current = current.parentNode;
  return current && current !== editor ? current : null;
}
