import type { Selector } from "../select";
import {
  findInsertionPoint,
  findTail,
  type InsertionPoint,
  isBlank,
  topLevelChild,
} from "./insertion-point";

/**
 * Typing the feedback request into a reply box the way a person would, so the mail client takes it
 * for typing: it saves the draft, Ctrl+Z takes it back, and Trusted Types never come into it (no
 * markup is written). Where it goes is insertion-point.ts's rule.
 */

/** How the text got in: by editing commands (real typing), or by the node fallback. */
export type TypeOutcome = "typed" | "inserted" | "partly-inserted" | "not-inserted";

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
