import { MAX_BODY_CHARS } from "../core/email";
import { isHiddenByMarkup, matchesAny, type Selector } from "./select";

/**
 * Plain text of a rendered email body, as a reader sees it: paragraphs and `<br>` become line
 * breaks, quoted history and hidden parts are left out. Walks the DOM itself because `innerText`
 * needs layout, which happy-dom (the unit tests) does not have, and because it lets the walk skip
 * quotes and stop early on huge mail. One pass over the nodes, and a bounded one: however large
 * the message, the walk reads at most RAW_TEXT_FACTOR × `maxChars` characters of its text (a huge
 * text node is read only as far as that, through `substringData`) and looks at most `maxNodes`
 * nodes, so a 5 MB email costs what its first pages cost.
 */

export interface MessageTextOptions {
  /** Host-specific elements to leave out with everything inside them (from the host's selectors). */
  skip?: readonly Selector[];
  /** Where to stop cutting: these elements and everything after them are left out. */
  cutAt?: readonly Selector[];
  /** Longest text returned; defaults to MAX_BODY_CHARS. */
  maxChars?: number;
  /** Most nodes the walk looks at before it stops; defaults to MAX_BODY_NODES. */
  maxNodes?: number;
}

/**
 * How many nodes of a body the walk looks at. Real mail, even a long newsletter of nested tables,
 * has a few thousand; a body with more is cut there, as it is at `maxChars`.
 */
export const MAX_BODY_NODES = 25_000;

/**
 * How much raw text the walk reads for each character it may return: white space collapses, so a
 * pretty-printed body holds more raw text than it shows, but rarely four times more.
 */
const RAW_TEXT_FACTOR = 4;

/** Room for white space that tidying removes at the end. */
const SLACK = 1024;

// The quoting conventions below are written by the *sender's* mail client into the email itself,
// so they show up in either web client. Both clients rewrite names in received HTML (Gmail adds an
// `m_<number>` prefix to classes, Outlook adds `x_` to ids and classes), hence the substring tests.

/** Classes of quoted history: Gmail (`gmail_quote`, `gmail_quote_container`, `gmail_attr`), Yahoo, Thunderbird. */
const QUOTE_CLASS = /gmail_quote|yahoo_quoted|moz-cite-prefix/;
/** Gmail's 2012–2017 composer wrapped signature and quote in `.gmail_extra`; only a wrapper holding a quote is skipped. */
const LEGACY_GMAIL_EXTRA = /gmail_extra/;
/**
 * Outlook's reply header block, and the new Outlook's container of the message being answered.
 * The quoted message follows the header as siblings, so both end the new text.
 */
const QUOTE_ID = /divRplyFwdMsg$|mail-editor-reference-message-container/;
/** Outlook puts `#appendonsend` right before the quoted history, which runs to the end of the body. */
const CUT_ID = /appendonsend$/;

const NOT_RENDERED = new Set([
  "SCRIPT",
  "STYLE",
  "TEMPLATE",
  "NOSCRIPT",
  "HEAD",
  "TITLE",
  "META",
  "LINK",
  "IFRAME",
  "OBJECT",
  "SVG",
  "CANVAS",
  "AUDIO",
  "VIDEO",
  "SELECT",
  "TEXTAREA",
  "INPUT",
  "BUTTON",
]);

/** Blocks that the browser sets apart with a blank line (margins), per the `innerText` algorithm. */
const PARAGRAPH = new Set(["P", "BLOCKQUOTE", "PRE", "H1", "H2", "H3", "H4", "H5", "H6", "HR"]);
const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "CENTER",
  "DD",
  "DETAILS",
  "DIALOG",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "HEADER",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "THEAD",
  "TFOOT",
  "TR",
  "UL",
  "CAPTION",
]);
const CELL = new Set(["TD", "TH"]);

/** What the walk does with an element: read it, leave it out with its content, or stop there. */
type NodeTreatment = "keep" | "skip" | "cut";

function classOf(element: Element): string {
  // SVG elements have an SVGAnimatedString className; the attribute is always a string.
  return element.getAttribute("class") ?? "";
}

/** What the walk knows as it goes. */
interface WalkState {
  /**
   * The outermost legacy `.gmail_extra` being read, found to hold no quote: a wrapper inside it holds
   * none either, so each is not searched again (nested wrappers would make that quadratic).
   */
  quoteFreeExtra: Element | null;
}

function treatmentOf(
  element: Element,
  options: MessageTextOptions,
  state: WalkState,
): NodeTreatment {
  const id = element.id;
  if (id && (CUT_ID.test(id) || QUOTE_ID.test(id))) return "cut";
  if (matchesAny(element, options.cutAt)) return "cut";
  if (NOT_RENDERED.has(element.tagName.toUpperCase())) return "skip";
  if (element.tagName.toUpperCase() === "BLOCKQUOTE") return "skip";
  if (isHiddenByMarkup(element)) return "skip";
  const className = classOf(element);
  let quoteFreeExtra = false;
  if (className) {
    if (QUOTE_CLASS.test(className)) return "skip";
    if (LEGACY_GMAIL_EXTRA.test(className) && state.quoteFreeExtra === null) {
      if (element.querySelector("[class*=gmail_quote]")) return "skip";
      quoteFreeExtra = true;
    }
  }
  if (matchesAny(element, options.skip)) return "skip";
  if (quoteFreeExtra) state.quoteFreeExtra = element;
  return "keep";
}

/**
 * Output pieces: text; a block's request for at least this many line breaks (a run of requests
 * collapses to the largest, like `innerText`); or LINE_BREAK for a `<br>`, which adds one line.
 */
type Piece = string | number;
const LINE_BREAK = -1;

function breaksBefore(tag: string): number {
  if (PARAGRAPH.has(tag)) return 2;
  if (BLOCK.has(tag)) return 1;
  return 0;
}

/**
 * Plain text of `root`'s content. Never throws: on any failure it returns what it had read so far
 * (possibly ""). `root` itself is read even if hidden, since the caller chose it.
 */
export function messageText(
  root: Node | null | undefined,
  options: MessageTextOptions = {},
): string {
  const limit = Math.max(0, options.maxChars ?? MAX_BODY_CHARS);
  const maxNodes = Math.max(1, options.maxNodes ?? MAX_BODY_NODES);
  const pieces: Piece[] = [];
  let textLength = 0;
  let preDepth = 0;
  // What is left to read of the raw text, before any processing.
  let rawLeft = limit * RAW_TEXT_FACTOR + SLACK;
  let nodesLeft = maxNodes;
  const state: WalkState = { quoteFreeExtra: null };
  const leave = (element: Element) => {
    close(element, pieces);
    if (element.tagName.toUpperCase() === "PRE") preDepth--;
    if (element === state.quoteFreeExtra) state.quoteFreeExtra = null;
  };
  try {
    if (!root) return "";
    if (root.nodeType === 3) {
      pieces.push(collapse(prefixOf(root as CharacterData, rawLeft), false));
    } else {
      // Iterative walk over firstChild/nextSibling: no recursion depth limit on deeply nested mail.
      let node: Node | null = root.firstChild;
      walk: while (node) {
        if (--nodesLeft < 0) break;
        let descend = false;
        if (node.nodeType === 3) {
          const data = node as CharacterData;
          const raw = prefixOf(data, rawLeft);
          rawLeft -= raw.length;
          const text = collapse(raw, preDepth > 0);
          if (text) {
            pieces.push(text);
            textLength += text.length;
            if (textLength > limit + SLACK) break;
          }
          // Cut short: the raw text to read is used up.
          if (raw.length < data.length) break;
        } else if (node.nodeType === 1) {
          const element = node as Element;
          const treatment = treatmentOf(element, options, state);
          if (treatment === "cut") break;
          if (treatment === "keep") {
            descend = open(element, pieces);
            if (element.tagName.toUpperCase() === "PRE") preDepth++;
          }
        }
        if (descend && node.firstChild) {
          node = node.firstChild;
          continue;
        }
        if (descend) leave(node as Element);
        // Climb until a next sibling exists, closing the elements we leave.
        while (node && node !== root && !node.nextSibling) {
          node = node.parentNode;
          if (!node || node === root) break walk;
          leave(node as Element);
        }
        if (!node || node === root) break;
        node = node.nextSibling;
      }
    }
  } catch {
    // Fall through with what was read: a partial body beats none, and callers must never see a throw.
  }
  try {
    return tidy(join(pieces), limit);
  } catch {
    return "";
  }
}

/**
 * The first `max` characters of a text node, read without taking the whole of a huge one, and
 * never ending on half of a surrogate pair.
 */
function prefixOf(node: CharacterData, max: number): string {
  if (max <= 0) return "";
  if (node.length <= max) return node.data;
  const prefix = node.substringData(0, max);
  const last = prefix.charCodeAt(prefix.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? prefix.slice(0, -1) : prefix;
}

/** Emits what comes before an element's content; says whether to read inside it. */
function open(element: Element, pieces: Piece[]): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === "BR") {
    pieces.push(LINE_BREAK);
    return false;
  }
  if (tag === "IMG") {
    // Gmail draws emoji as images carrying the character (`img[data-emoji]`, InboxSDK gmail-thread-view.ts).
    const emoji = element.getAttribute("data-emoji");
    if (emoji) pieces.push(emoji);
    return false;
  }
  const breaks = breaksBefore(tag);
  if (breaks) pieces.push(breaks);
  return true;
}

function close(element: Element, pieces: Piece[]): void {
  const tag = element.tagName.toUpperCase();
  const breaks = breaksBefore(tag);
  if (breaks) pieces.push(breaks);
  else if (CELL.has(tag)) pieces.push(" ");
}

function collapse(text: string, preformatted: boolean): string {
  const spaced = text.replace(/\u00a0/g, " ").replace(/[\u200b\u2060\ufeff\u00ad]/g, "");
  if (preformatted) return spaced.replace(/\r\n?/g, "\n");
  return spaced.replace(/[ \t\n\r\f]+/g, " ");
}

/**
 * Resolves line breaks: a run of block requests becomes the largest; a `<br>` adds one more, so
 * `<div><br></div>` between lines is a blank line while a `<br>` ending a block adds nothing
 * (as browsers render it). No breaks at either end.
 */
function join(pieces: readonly Piece[]): string {
  const out: string[] = [];
  let pending = 0;
  let started = false;
  for (const piece of pieces) {
    if (piece === LINE_BREAK) {
      if (started) pending += 1;
      continue;
    }
    if (typeof piece === "number") {
      pending = Math.max(pending, piece);
      continue;
    }
    if (!piece) continue;
    // Whitespace between blocks (source indentation) is not text: it would become a blank line.
    if ((pending || !started) && piece.trim() === "") continue;
    if (pending) out.push("\n".repeat(pending));
    pending = 0;
    out.push(piece);
    started = true;
  }
  return out.join("");
}

function tidy(text: string, limit: number): string {
  const lines = text.split("\n").map((line) => line.replace(/[ \t\f\v]+/g, " ").trim());
  const joined = lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (joined.length <= limit) return joined;
  let cut = joined.slice(0, limit);
  // Never leave half of a surrogate pair (an emoji) at the end.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/** Text of a single-line field (a subject, a name): all white space folded to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
