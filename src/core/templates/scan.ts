import { PLACEHOLDERS, type PlaceholderName, type TemplateProblem } from "./types";

/**
 * A template's text, read once from left to right. The syntax:
 * - `{{name}}`: the value, or nothing (the space around it tidied) when there is none;
 * - `{{name|fallback}}`: the value, or the fallback text when there is none;
 * - `[[ on {{interviewDate}}]]`: an optional part, left out whole unless every placeholder in it has
 *   a value. It keeps the little words a value needs ("on", "am", "du") out of a sentence that has
 *   no value to give them, which a fallback cannot do in every language.
 * Placeholders and optional parts do not span lines. Anything malformed stays as written.
 */

export type Piece =
  | { type: "text"; text: string }
  | {
      type: "placeholder";
      /** The known name this is, or null for an unknown one. */
      name: PlaceholderName | null;
      fallback: string;
      /** The placeholder as written, `{{` to `}}`. */
      source: string;
    }
  | { type: "optional"; pieces: Piece[] };

export interface ScannedTemplate {
  pieces: Piece[];
  problems: TemplateProblem[];
}

const KNOWN = new Map<string, PlaceholderName>(
  PLACEHOLDERS.map((name) => [name.toLowerCase(), name]),
);

export function knownPlaceholder(name: string): PlaceholderName | null {
  return KNOWN.get(name.trim().toLowerCase()) ?? null;
}

/** Where the `}}` closing a `{{` at `from` is: -1 when a newline, another `{{` or the end comes first. */
function closingBraces(text: string, from: number): number {
  for (let i = from; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    if (pair === "}}") return i;
    if (pair === "{{" || text[i] === "\n") return -1;
  }
  return -1;
}

/** Linear in the text's length: each character is looked at a bounded number of times. Never throws. */
export function scanTemplate(text: string): ScannedTemplate {
  const top: Piece[] = [];
  const problems: TemplateProblem[] = [];
  // The optional part open on this line, with where its `[[` stands and the pieces before it.
  let optional: { start: number; outer: Piece[]; pieces: Piece[] } | null = null;
  let pieces = top;
  let literal = "";
  const flush = () => {
    if (literal !== "") pieces.push({ type: "text", text: literal });
    literal = "";
  };
  // An optional part still open at a line's end was not one: its `[[` is plain text.
  const abandonOptional = () => {
    if (optional === null) return;
    flush();
    problems.push({ kind: "unclosedOptional", start: optional.start, end: optional.start + 2 });
    optional.outer.push({ type: "text", text: "[[" }, ...optional.pieces);
    pieces = optional.outer;
    optional = null;
  };

  let i = 0;
  while (i < text.length) {
    const pair = text.slice(i, i + 2);
    if (pair === "{{") {
      const close = closingBraces(text, i + 2);
      if (close < 0) {
        problems.push({ kind: "unclosedPlaceholder", start: i, end: i + 2 });
        literal += "{{";
        i += 2;
        continue;
      }
      const inner = text.slice(i + 2, close);
      const bar = inner.indexOf("|");
      const name = (bar < 0 ? inner : inner.slice(0, bar)).trim();
      const fallback = bar < 0 ? "" : inner.slice(bar + 1).trim();
      const source = text.slice(i, close + 2);
      const known = knownPlaceholder(name);
      if (name === "") problems.push({ kind: "emptyPlaceholder", start: i, end: close + 2 });
      else if (known === null)
        problems.push({
          kind: "unknownPlaceholder",
          name,
          suggestion: null,
          start: i,
          end: close + 2,
        });
      if (name === "") literal += source;
      else {
        flush();
        pieces.push({ type: "placeholder", name: known, fallback, source });
      }
      i = close + 2;
    } else if (pair === "[[") {
      if (optional !== null) {
        problems.push({ kind: "nestedOptional", start: i, end: i + 2 });
        literal += "[[";
      } else {
        flush();
        optional = { start: i, outer: pieces, pieces: [] };
        pieces = optional.pieces;
      }
      i += 2;
    } else if (pair === "]]") {
      if (optional === null) {
        problems.push({ kind: "unopenedOptional", start: i, end: i + 2 });
        literal += "]]";
      } else {
        flush();
        optional.outer.push({ type: "optional", pieces: optional.pieces });
        pieces = optional.outer;
        optional = null;
      }
      i += 2;
    } else {
      if (text[i] === "\n") abandonOptional();
      literal += text[i];
      i += 1;
    }
  }
  abandonOptional();
  flush();
  return { pieces: top, problems };
}
