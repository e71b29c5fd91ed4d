import { matchesAny, type Selector } from "../select";

/**
 * Where the feedback request goes in a reply box (the user-text rule), found by reading only:
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

/** The first signature or quote element in the editor, lifted to the wrapper with nothing before it. */
export function findTail(editor: Element, selectors: readonly Selector[]): Element | null {
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

export function isBlank(node: Node): boolean {
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
export function topLevelChild(editor: Element, node: Node): Node | null {
  let current: Node | null = node;
  while (current && current.parentNode !== editor) current = current.parentNode;
  return current && current !== editor ? current : null;
}
