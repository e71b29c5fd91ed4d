import { type Piece, scanTemplate } from "./scan";
import type { TemplateValues } from "./types";

/** Marks where something was left out, for the tidying pass. Never in the text: it is removed first. */
const GAP = "\u0000";

/** Characters after which a left-out value leaves no space: the start of a bracket or quote. */
const OPENING = /[([{«“‘¿¡]/;
/** Characters before which a left-out value leaves no space: punctuation that closes or ends. */
const CLOSING = /[,.;:!?…)\]}»”’]/;

/** A value as it goes into a line: one line, single spaces, trimmed. */
function clean(value: string | undefined): string {
  return typeof value === "string" ? value.replaceAll(GAP, "").replace(/\s+/g, " ").trim() : "";
}

function hasEveryValue(pieces: Piece[], values: TemplateValues): boolean {
  return pieces.every(
    (piece) =>
      piece.type === "text" ||
      (piece.type === "placeholder" && piece.name !== null && clean(values[piece.name]) !== "") ||
      (piece.type === "optional" && hasEveryValue(piece.pieces, values)),
  );
}

function fill(pieces: Piece[], values: TemplateValues): string {
  let out = "";
  for (const piece of pieces) {
    if (piece.type === "text") out += piece.text;
    else if (piece.type === "optional")
      out += hasEveryValue(piece.pieces, values) ? fill(piece.pieces, values) : GAP;
    // An unknown name stays as written, so a mistake shows in the draft instead of vanishing.
    else if (piece.name === null) out += piece.source;
    else out += clean(values[piece.name]) || piece.fallback || GAP;
  }
  return out;
}

function isBlankOrGap(char: string | undefined): boolean {
  return char === " " || char === "\t" || char === GAP;
}

/**
 * What a run of gaps with the spaces and tabs around them becomes, from whether it starts and ends
 * with a space and from the characters on each side of it.
 */
function closeGap(
  spaceBefore: boolean,
  spaceAfter: boolean,
  before: string | undefined,
  after: string | undefined,
): string {
  if (before === undefined || after === undefined || OPENING.test(before)) return "";
  // Space on both sides was the writer's: one stays, even before punctuation ("Bonjour !").
  if (spaceBefore && spaceAfter) return " ";
  if (CLOSING.test(after)) return "";
  return spaceBefore || spaceAfter ? " " : "";
}

/**
 * Closes up the space a left-out value leaves: "Hi {{name}}," → "Hi,", "the {{role}} role" → "the role".
 * One pass over the line: each stretch of spaces, tabs and gaps is read once, and one holding a gap
 * is closed up; a pattern with a repeated blank run would backtrack quadratically on long spaces.
 */
function tidyLine(line: string): string {
  let out = "";
  let kept = 0;
  let i = 0;
  while (i < line.length) {
    if (!isBlankOrGap(line[i])) {
      i += 1;
      continue;
    }
    const start = i;
    let hasGap = false;
    while (i < line.length && isBlankOrGap(line[i])) {
      if (line[i] === GAP) hasGap = true;
      i += 1;
    }
    if (!hasGap) continue;
    out +=
      line.slice(kept, start) +
      closeGap(line[start] !== GAP, line[i - 1] !== GAP, line[start - 1], line[i]);
    kept = i;
  }
  return out + line.slice(kept);
}

/**
 * The template filled in with `values`: plain text, `\n` between lines. A line that held nothing
 * but left-out values goes, with the blank line it would leave doubled. Never throws.
 */
export function renderTemplate(text: string, values: TemplateValues): string {
  if (typeof text !== "string") return "";
  const filled = fill(scanTemplate(text.replaceAll(GAP, "")).pieces, values);
  const lines: string[] = [];
  let dropped = false;
  for (const line of filled.split("\n")) {
    if (!line.includes(GAP)) {
      // A blank line right after a dropped one, following another blank line, would double the gap.
      if (dropped && line.trim() === "" && (lines.at(-1) ?? "").trim() === "") continue;
      lines.push(line);
      dropped = false;
      continue;
    }
    const tidied = tidyLine(line);
    if (tidied.trim() === "") dropped = true;
    else {
      lines.push(tidied);
      dropped = false;
    }
  }
  return lines.join("\n").trimEnd();
}
