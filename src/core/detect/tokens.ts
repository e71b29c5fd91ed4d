import { fold, isWordChar } from "./fold";

/** The words of one field, folded, with where each stands in the original text. */
export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
  /** Sentence number of each word: patterns do not reach across sentences. */
  sentences: number[];
  /** Whether each word stands inside quotation marks: words reported, not said. */
  quoted: boolean[];
}

// Quotation marks of the seven languages. Apostrophes are left out: they are letters' business.
const QUOTE_OPEN = new Set(["«", "„", "‹"]);
const QUOTE_CLOSE = new Set(["»", "”", "›"]);

/**
 * Splits `text` (up to `limit`) into words. Markup left in the text (`<div class="x">`) is skipped,
 * as are lines that quote an earlier message (`> ...`) and the ranges in `skip`. One pass, no regex.
 */
export function tokenize(
  text: string,
  limit = text.length,
  skip: readonly [number, number][] = [],
): Tokens {
  const folded = fold(text.length > limit ? text.slice(0, limit) : text);
  const end = folded.length;
  const tokens: Tokens = { words: [], starts: [], ends: [], sentences: [], quoted: [] };
  let sentence = 0;
  let quoted = false;
  let nextClose = -1;
  let atLineStart = true;
  let skipIndex = 0;
  let i = 0;
  while (i < end) {
    while (skipIndex < skip.length && (skip[skipIndex]?.[1] ?? 0) <= i) skipIndex++;
    const range = skip[skipIndex];
    if (range && range[0] <= i) {
      i = range[1];
      sentence++;
      continue;
    }
    const code = folded.charCodeAt(i);
    if (atLineStart && code === 62 /* > */) {
      const next = folded.indexOf("\n", i);
      i = next === -1 ? end : next;
      continue;
    }
    if (code === 60 /* < */) {
      const after = folded.charCodeAt(i + 1);
      if ((after >= 97 && after <= 122) || after === 47 || after === 33) {
        // The next ">" is looked for once and remembered, so a run of "<a<a<a…" stays linear.
        if (nextClose < i) nextClose = folded.indexOf(">", i);
        if (nextClose === -1) nextClose = Number.POSITIVE_INFINITY;
        const close = nextClose;
        if (close - i < 600) {
          i = close + 1;
          continue;
        }
      }
    }
    if (isWordChar(code)) {
      const start = i;
      while (i < end && isWordChar(folded.charCodeAt(i))) i++;
      tokens.words.push(folded.slice(start, i));
      tokens.starts.push(start);
      tokens.ends.push(i);
      tokens.sentences.push(sentence);
      tokens.quoted.push(quoted);
      atLineStart = false;
      continue;
    }
    const mark = folded.charAt(i);
    if (mark === '"') quoted = !quoted;
    else if (mark === "“")
      quoted = !quoted; // opens in English, closes „…“ in German
    else if (QUOTE_OPEN.has(mark)) quoted = true;
    else if (QUOTE_CLOSE.has(mark)) quoted = false;
    if (code === 10) {
      // A blank line ends a sentence, as does a line that ends without punctuation but is followed by
      // a capitalised line: greetings and sign-offs are their own sentences.
      // An unclosed quotation ends with its paragraph.
      if (atLineStart) {
        sentence++;
        quoted = false;
      }
      atLineStart = true;
    } else if (
      code === 46 ||
      code === 33 ||
      code === 63 ||
      code === 59 ||
      code === 8226 ||
      code === 124
    ) {
      // . ! ? ; • |  — but not the dot inside "3.5" or an address.
      const next = folded.charCodeAt(i + 1);
      if (!isWordChar(next)) sentence++;
    } else if (code !== 32 && code !== 9 && code !== 13) {
      atLineStart = false;
    }
    i++;
  }
  return tokens;
}
