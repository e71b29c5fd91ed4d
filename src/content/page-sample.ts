import type { MailHost } from "../core/email";
import type { SelectorHits } from "../core/selector-hits";

/**
 * A page sample: what a user pastes into a bug report when Debrief cannot read their mail page,
 * and what a test fixture can be made from. Pure DOM, no browser API, so it is tested as it runs.
 *
 * The format (shared with the script that turns a sample into a fixture): one UTF-8 text,
 *   <!-- debrief-page-sample {"client","host","path","missing","version","taken","selectorHits"?,"cut"?} -->
 *   <body …><…shells of the ancestors…><the reading pane or thread view, scrubbed></…></body>
 * - path: the address's path and hash, id-like segments hashed, what follows a search or a label
 *   hashed, query keys without their values; taken: the local date, YYYY-MM-DD; cut: the pane was
 *   larger than MAX_SAMPLE_BYTES and what did not fit was left out.
 * - Text: letters become "x", digits "0", email-like runs "x@x.x"; spaces and punctuation stay.
 * - Attributes: STRUCTURAL ones kept as they are (style only for display and visibility); ids and
 *   data-…-id values hashed token by token, keeping structural words ("CONV_…_SUBJECT", "msg-f:…"),
 *   digits for digits and the same hash for the same token; aria-label, title and any attribute a
 *   reader's selector tests (`email`, `data-tooltip`…) scrubbed like text, keeping a value a selector
 *   looks for ("Email message", "true") and, before an address, another language's "From:"; the rest
 *   dropped. Scripts, styles, frames' and images' sources, and the insides of svg, iframe and media
 *   are left out.
 */

/** The most a sample holds; a larger pane is cut. */
export const MAX_SAMPLE_BYTES = 2_000_000;

export interface PageSampleOptions {
  client: MailHost;
  /** The page's address: only its path and hash go in, with ids hashed and no query values. */
  url: URL;
  /** What the reader could not find, or "" when it read the page. */
  missing: string;
  version: string;
  taken: Date;
  selectorHits?: SelectorHits;
  /** The part to sample (the reading pane, the thread view); the page's body when null. */
  root: Element | null;
  /**
   * The readers' selectors: attributes they test are kept (scrubbed), and the values they look
   * for ("Email message", "true") kept as they are, so each selector that matched the page still
   * matches the sample and a sample can become a test fixture.
   */
  readerSelectors?: readonly string[];
  /** Mixed into every hash; random by default, so two samples' ids cannot be matched up. */
  salt?: string;
  maxBytes?: number;
}

/** Kept as they are (ids hashed, style reduced): what the readers rely on to find things. */
const STRUCTURAL = new Set([
  "role",
  "aria-expanded",
  "aria-selected",
  "aria-level",
  "aria-multiline",
  "aria-hidden",
  "contenteditable",
  "tabindex",
  "hidden",
  "style",
  "class",
  "data-app-section",
  "data-icon-name",
  "type",
  "dir",
  "lang",
]);
/** Values that could name someone's message: hashed, keeping their structural words. */
const IDENTIFYING = new Set([
  "id",
  "data-convid",
  "data-message-id",
  "data-legacy-message-id",
  "data-thread-perm-id",
  "data-legacy-thread-id",
  "data-testid",
]);
/** Words: scrubbed like text, keeping a short "From:"-like lead. */
const WORDY = new Set(["aria-label", "title"]);
/** Elements whose contents say nothing about the page's structure, or could hold anything. */
const CONTENTS_DROPPED = new Set(["iframe", "svg", "math", "object", "video", "audio", "canvas"]);
const DROPPED = new Set(["script", "style", "noscript", "template", "link", "meta"]);
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "source",
  "track",
  "wbr",
]);
/** No attribute value longer than this is structure. */
const MAX_VALUE_CHARS = 2_000;
const MAX_ATTRIBUTES = 64;

export function takePageSample(doc: Document, options: PageSampleOptions): string {
  const maxBytes = options.maxBytes ?? MAX_SAMPLE_BYTES;
  const scrub = createScrubber(options.salt ?? randomSalt(), options.readerSelectors ?? []);
  const root = options.root ?? doc.body ?? doc.documentElement;
  const header = (cut: boolean) =>
    `<!-- debrief-page-sample ${safeJson({
      client: options.client,
      host: options.url.hostname,
      path: scrub.path(options.url),
      missing: options.missing,
      version: options.version,
      taken: localDate(options.taken),
      ...(options.selectorHits ? { selectorHits: options.selectorHits } : {}),
      ...(cut ? { cut: true } : {}),
    })} -->\n`;
  // Room for `"cut":true` is kept from the start, so adding it never passes the limit.
  const out = new Output(maxBytes - utf8Bytes(header(true)));
  if (root) writeTree(root, scrub, out);
  return header(out.cut) + out.text();
}

/** The markup, built in pieces under a byte budget that always leaves room to close what is open. */
class Output {
  private readonly pieces: string[] = [];
  private used = 0;
  /** Bytes the closing tags of the open elements will take. */
  private closing = 0;
  cut = false;
  constructor(private readonly budget: number) {}

  /** Adds `piece` if it fits; says whether it did. */
  add(piece: string, closingAfter = 0): boolean {
    const bytes = utf8Bytes(piece);
    if (this.cut || this.used + bytes + this.closing + closingAfter > this.budget) {
      this.cut = true;
      return false;
    }
    this.pieces.push(piece);
    this.used += bytes;
    this.closing += closingAfter;
    return true;
  }

  /** Closes an element opened with `add(…, closing)`: its bytes were already counted. */
  close(piece: string): void {
    const bytes = utf8Bytes(piece);
    this.pieces.push(piece);
    this.used += bytes;
    this.closing -= bytes;
  }

  /** Bytes left for text, after what must still be closed. */
  room(): number {
    return this.cut ? 0 : this.budget - this.used - this.closing;
  }

  text(): string {
    return this.pieces.join("");
  }
}

/** Writes `root`'s ancestors (from the body) as bare shells around `root` and all it holds. */
function writeTree(root: Element, scrub: Scrubber, out: Output): void {
  const shells: Element[] = [];
  const body = root.ownerDocument.body;
  for (let node = root.parentElement; node && body?.contains(node); node = node.parentElement)
    shells.push(node);
  shells.reverse();
  const closers: string[] = [];
  for (const shell of shells) {
    const closer = `</${shell.localName}>`;
    if (!out.add(openTag(shell, scrub), utf8Bytes(closer))) break;
    closers.push(closer);
  }
  if (closers.length === shells.length) writeSubtree(root, scrub, out);
  for (const closer of closers.reverse()) out.close(closer);
}

/** Depth-first without recursion: a page may nest elements deeper than the call stack goes. */
function writeSubtree(root: Element, scrub: Scrubber, out: Output): void {
  const stack: { node: Node; closer: string | null }[] = [{ node: root, closer: null }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: Node; closer: string | null };
    if (top.closer !== null) {
      stack.pop();
      out.close(top.closer);
      continue;
    }
    stack.pop();
    if (out.cut) continue;
    const node = top.node;
    if (node.nodeType === 3) {
      const room = out.room();
      const value = node.nodeValue ?? "";
      // Scrubbing keeps the length (but for addresses), so text beyond the room is not even read.
      const text = escapeText(scrub.text(value.length > room ? value.slice(0, room) : value));
      if (!out.add(text) || value.length > room) out.cut = true;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const name = element.localName;
    if (DROPPED.has(name)) continue;
    const isVoid = VOID.has(name);
    const closer = isVoid ? "" : `</${name}>`;
    if (!out.add(openTag(element, scrub), utf8Bytes(closer))) continue;
    if (isVoid) continue;
    stack.push({ node: element, closer });
    if (CONTENTS_DROPPED.has(name)) continue;
    const children = element.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push({ node: child, closer: null });
    }
  }
}

function openTag(element: Element, scrub: Scrubber): string {
  let tag = `<${element.localName}`;
  const attributes = element.attributes;
  let kept = 0;
  for (let index = 0; index < attributes.length && kept < MAX_ATTRIBUTES; index++) {
    const attribute = attributes[index];
    if (!attribute) continue;
    const value = scrub.attribute(attribute.name, attribute.value.slice(0, MAX_VALUE_CHARS));
    if (value === null) continue;
    tag += value === "" ? ` ${attribute.name}` : ` ${attribute.name}="${escapeAttribute(value)}"`;
    kept++;
  }
  return `${tag}>`;
}

interface Scrubber {
  text(value: string): string;
  /** The value to keep for this attribute, or null to drop it. */
  attribute(name: string, value: string): string | null;
  path(url: URL): string;
}

function createScrubber(salt: string, readerSelectors: readonly string[]): Scrubber {
  const { names: testedNames, values: testedValues } = testedAttributes(readerSelectors);
  const hashed = new Map<string, string>();
  const hashToken = (token: string): string => {
    let known = hashed.get(token);
    if (known === undefined) {
      known = disguise(token, salt);
      hashed.set(token, known);
    }
    return known;
  };
  /** Structural words ("CONV", "SUBJECT", "UniqueMessageBody", "msg") stay; anything else is hashed. */
  const identifier = (value: string): string =>
    value
      .split(/([_\-:.#/@\s]+)/)
      .map((token, index) =>
        index % 2 === 1 || isStructuralWord(token) ? token : hashToken(token),
      )
      .join("");
  const text = (value: string) => lettersAndDigits(withoutAddresses(value));
  /**
   * A value a reader looks for stays ("Email message", "From:"). So does another language's word
   * for "From:" ("Von:", "De :"), but only before an address: a subject's first word is often
   * followed by a colon too ("Interview: Data Analyst"), and that word is the user's mail.
   */
  const words = (value: string): string => {
    let kept = "";
    for (const known of testedValues)
      if (value.startsWith(known) && known.length > kept.length) kept = known;
    if (!kept && value.includes("@") && withoutAddresses(value) !== value)
      kept = /^[\p{L}\p{M}]{1,24} ?:/u.exec(value)?.[0] ?? "";
    return kept + text(value.slice(kept.length));
  };
  return {
    text,
    attribute(name, value) {
      if (name === "style") {
        const shown = value
          .split(";")
          .filter((declaration) => /^\s*(?:display|visibility)\s*:/i.test(declaration))
          .map((declaration) => declaration.trim())
          .join("; ");
        return shown ? withoutAddresses(shown) : null;
      }
      if (IDENTIFYING.has(name) || (name.startsWith("data-") && name.endsWith("-id")))
        return identifier(withoutAddresses(value));
      if (STRUCTURAL.has(name)) return withoutAddresses(value);
      if (WORDY.has(name) || testedNames.has(name)) return words(value);
      return null;
    },
    path(url) {
      const [route = "", query] = url.hash.replace(/^#/, "").split("?");
      let afterWords = false;
      const segment = (part: string): string => {
        // What follows a search or a label is the user's own words.
        const keep = !afterWords && /^(?:[a-z][a-z-]{0,23}|\d{1,2})$/.test(part);
        if (/^(?:search|advanced-search|label|category)$/.test(part)) afterWords = true;
        if (keep || part === "") return part;
        // Hashed as the id it spells, then written back as an address writes it ("%2F", "%3D").
        let decoded = part;
        try {
          decoded = decodeURIComponent(part);
        } catch {
          // A malformed escape: hashed as written.
        }
        return encodeURIComponent(hashToken(decoded));
      };
      const path = url.pathname.split("/").map(segment).join("/");
      afterWords = false;
      const hash = route ? `#${route.split("/").map(segment).join("/")}` : "";
      const keys = query
        ? `?${[...new URLSearchParams(query).keys()]
            .map((key) => `${/^[a-z][\w-]{0,23}$/.test(key) ? key : hashToken(key)}=`)
            .join("&")}`
        : "";
      return path + hash + keys;
    },
  };
}

/** Attribute names the readers' selectors test, and the values they compare with. */
function testedAttributes(selectors: readonly string[]): { names: Set<string>; values: string[] } {
  const names = new Set<string>();
  const values = new Set<string>();
  for (const css of selectors) {
    for (const match of css.matchAll(
      /\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*(?:'([^']*)'|"([^"]*)"|([^\]\s]+)))?\s*\]/g,
    )) {
      if (match[1]) names.add(match[1]);
      const value = match[2] ?? match[3] ?? match[4];
      if (value) values.add(value);
    }
  }
  return { names, values: [...values] };
}

/** A word-shaped piece of an id ("CONV", "UniqueMessageBody", "x", "appendonsend"), not a value. */
function isStructuralWord(token: string): boolean {
  return (
    token === "" ||
    (token.length <= 32 && /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]{1,8})(?:[A-Z][a-z]+)*$/.test(token))
  );
}

/**
 * Another token of the same shape: digits for digits (hex stays hex), letters for letters of the
 * same case, anything else as it is, chosen by a hash of the token and the sample's salt.
 */
function disguise(token: string, salt: string): string {
  let state = 0x811c9dc5;
  for (const char of salt + token)
    state = Math.imul(state ^ (char.codePointAt(0) ?? 0), 0x01000193);
  const hex = /^[0-9a-f]+$/.test(token);
  let result = "";
  for (const char of token) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const pick = state >>> 0;
    if (/[0-9]/.test(char)) result += String(pick % 10);
    else if (hex) result += "0123456789abcdef"[pick % 16];
    else if (/[a-z]/.test(char)) result += String.fromCharCode(97 + (pick % 26));
    else if (/[A-Z]/.test(char)) result += String.fromCharCode(65 + (pick % 26));
    else result += char;
  }
  return result;
}

/** Letters become "x", digits "0"; spaces and punctuation stay, so the text keeps its shape. */
function lettersAndDigits(value: string): string {
  return value
    .replace(/\p{M}+/gu, "")
    .replace(/\p{L}/gu, "x")
    .replace(/\p{N}/gu, "0");
}

const ADDRESS_BOUNDARY = /[\s<>"'(),;:@[\]]/;

/**
 * Every email-like run ("name@host.tld") as "x@x.x". Found from each "@" outwards rather than by
 * one pattern, which would backtrack for ever on a long run of text with no address in it.
 */
function withoutAddresses(value: string): string {
  if (!value.includes("@")) return value;
  let result = "";
  let from = 0;
  let at = value.indexOf("@");
  while (at !== -1) {
    let start = at;
    while (start > from && !ADDRESS_BOUNDARY.test(value[start - 1] ?? "")) start--;
    let end = at + 1;
    while (end < value.length && !ADDRESS_BOUNDARY.test(value[end] ?? "")) end++;
    const domain = value.slice(at + 1, end);
    if (start < at && /[^.]\.[^.]/.test(domain)) {
      result += `${value.slice(from, start)}x@x.x`;
      from = end;
    }
    at = value.indexOf("@", Math.max(end, at + 1));
  }
  return result + value.slice(from);
}

function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;");
}

/** JSON that cannot end the comment it sits in: "-->" needs a ">". */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function randomSalt(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f) bytes += code > 0x7ff && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
