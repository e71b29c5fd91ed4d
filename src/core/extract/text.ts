/** The part of a body extraction reads: company, role, names and dates stand near the top or the sign-off. */
export const MAX_BODY = 20_000;

/**
 * Lower case without accents, one character for one character, so that an offset into the folded
 * text is an offset into the text: `Grüße` → `gruße`, `İ` → `i`.
 */
export function fold(text: string): string {
  return text.replace(/[A-Z]|[^\0-\x7f]/g, (c) => c.normalize("NFD").toLowerCase()[0] ?? c);
}

/**
 * The body cut to `MAX_BODY`, markup blanked out with spaces of the same length, so offsets into the
 * result are offsets into the body as given. Quoted history is the host adapter's to leave out.
 */
export function readableBody(body: string): string {
  return body.slice(0, MAX_BODY).replace(/<[^<>]{0,300}>|&nbsp;|\r/g, (m) => " ".repeat(m.length));
}

/** Non-empty trimmed lines. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** A key to compare names by: `Lumen Analytics GmbH` and `lumen-analytics` give `lumenanalytics`. */
export function nameKey(name: string): string {
  // Words first, so that only a separate word counts as a legal form: "Lisa" keeps its "sa".
  return fold(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(
      / (?:gmbh|ag|se|inc|ltd|llc|b ?v|n ?v|s ?a|sas|s ?l|s ?p ?a|s ?r ?l|ltda|lda|plc|kg|co)$/,
      "",
    )
    .replace(/ /g, "");
}

/** A capitalised word of a name: `Tomás`, `Anne-Marie`, `O'Neil`, `McKay`. */
export const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*\\p{Ll}";

/** Each match of the sticky `capture`, read on `text`, where a match of `trigger` on `folded` ends. */
export function captureAfter(
  text: string,
  folded: string,
  trigger: RegExp,
  capture: RegExp,
): { trigger: string; match: RegExpExecArray }[] {
  const found: { trigger: string; match: RegExpExecArray }[] = [];
  for (const m of folded.matchAll(trigger)) {
    capture.lastIndex = m.index + m[0].length;
    const match = capture.exec(text);
    if (match) found.push({ trigger: m[0].trim(), match });
  }
  return found;
}
