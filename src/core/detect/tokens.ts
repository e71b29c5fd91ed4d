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
  /** The sentences that end with a question mark: "Not selected? Here are new roles" asks, it does not say. */
  asked: Set<number>;
}

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
  const tokens: Tokens = {
    words: [],
    starts: [],
    ends: [],
    sentences: [],
    quoted: [],
    asked: new Set(),
  };
  let sentence = 0;
  let quoted = false;
  // Quotation marks of the seven languages, each kind open or not: "…", “…”, „…“, «…», »…«, ‚…‘.
  let straight = false;
  let curly = false;
  let low = false;
  let angled = 0;
  let reversed = 0;
  let lowSingle = false;
  // Single quotation marks are apostrophes too: one opens a quotation only before a word and after
  // none, and closes it only after a word or a stop and before none.
  let singleQuoted = false;
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
      tokens.quoted.push(quoted || singleQuoted);
      atLineStart = false;
      continue;
    }
    const mark = folded.charAt(i);
    // German ‚…‘ closes on the mark folding writes as an apostrophe.
    if (mark === "'" && lowSingle) lowSingle = false;
    else if (mark === "'") {
      const before = i > 0 ? folded.charCodeAt(i - 1) : 32;
      const after = folded.charCodeAt(i + 1);
      if (!singleQuoted && !isWordChar(before) && isWordChar(after) && !elided(folded, i + 1)) {
        singleQuoted = true;
      } else if (singleQuoted && !isWordChar(after)) {
        singleQuoted = false;
      }
    } else if (mark === '"') straight = !straight;
    else if (mark === "“") {
      // Opens in English, closes „…“ in German.
      if (low) low = false;
      else curly = !curly;
    } else if (mark === "„") low = true;
    else if (mark === "”") {
      if (curly) curly = false;
      else low = false;
    } else if (mark === "«" || mark === "‹") {
      // «…» opens with «; German also writes »…«, which opens with ».
      if (reversed > 0) reversed--;
      else angled++;
    } else if (mark === "»" || mark === "›") {
      if (angled > 0) angled--;
      else reversed++;
    } else if (mark === "‚") lowSingle = true;
    // Each kind of mark opens and closes its own quotation, so one nests inside another:
    // «… "we chose another candidate" …» is quoted from « to ».
    quoted = straight || curly || low || lowSingle || angled > 0 || reversed > 0;
    if (code === 10) {
      // A blank line ends a sentence, as does a line that ends without punctuation but is followed by
      // a capitalised line: greetings and sign-offs are their own sentences.
      // An unclosed quotation ends with its paragraph.
      if (atLineStart) {
        sentence++;
        quoted = straight = curly = low = false;
        angled = reversed = 0;
        lowSingle = false;
        singleQuoted = false;
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
      // . ! ? ; • |  — but not the dot inside "3.5" or an address, nor one that ends an
      // abbreviation or an ordinal within a sentence ("Dr. Weiss", "z. B.", "zum 1. Oktober").
      const next = folded.charCodeAt(i + 1);
      if (!isWordChar(next) && !(code === 46 && continuesSentence(folded, tokens, i))) {
        if (code === 63 && !tagQuestion(folded, tokens)) tokens.asked.add(sentence);
        sentence++;
      }
    } else if (code !== 32 && code !== 9 && code !== 13) {
      atLineStart = false;
    }
    i++;
  }
  return tokens;
}

/**
 * Words a dot abbreviates without ending the sentence: titles and the short forms of the seven
 * languages ("Dr.", "Nr.", "bzw.", "Sra.", "Dott.", "ca.").
 */
const ABBREVIATIONS = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "mx",
  "prof",
  "st",
  "jr",
  "sr",
  "sra",
  "srta",
  "dra",
  "dott",
  "dottssa",
  "sig",
  "ing",
  "avv",
  "mme",
  "mlle",
  "fr",
  "nr",
  "nro",
  "bzw",
  "ca",
  "ggf",
  "evtl",
  "inkl",
  "zzgl",
  "vgl",
  "sog",
  "ref",
  "tel",
  "vs",
  "approx",
  "dhr",
  "mevr",
  "mw",
  "ir",
  "drs",
]);

/**
 * Whether the dot at `dot` sits inside a sentence: after an abbreviation, an initial ("J. Smith",
 * "z. B.") or a day's ordinal ("am 12. Mai"), with the sentence going on on the same line.
 */
function continuesSentence(text: string, tokens: Tokens, dot: number): boolean {
  const last = tokens.words.length - 1;
  if (last < 0 || tokens.ends[last] !== dot) return false;
  // The sentence goes on: a space, then a word on the same line.
  if (text.charCodeAt(dot + 1) !== 32 || !isWordChar(text.charCodeAt(dot + 2))) return false;
  const word = tokens.words[last] ?? "";
  if (ABBREVIATIONS.has(word)) return true;
  // "Roll No. 2204518", "n. 12": a number's mark before the number.
  if ((word === "no" || word === "n") && /\d/.test(text.charAt(dot + 2))) return true;
  if (word.length === 1 && !/\d/.test(word)) return true;
  // A day or an ordinal, as German and Dutch write them: "1.", "12." before the month or noun.
  return /^\d{1,2}$/.test(word);
}

/**
 * Tags that make a statement into a question only in form: "Não foi dessa vez, tá?", "…, ok?",
 * "…, right?". Such a sentence says what it says.
 */
const QUESTION_TAGS = new Set([
  "ok",
  "okay",
  "certo",
  "oke",
  "right",
  "ta",
  "ne",
  "hein",
  "vale",
  "eh",
  "ja",
  "nicht",
  "gell",
  "oder",
  "hoor",
  "toch",
  "va",
  "vero",
  "si",
  "non",
]);

function tagQuestion(text: string, tokens: Tokens): boolean {
  const last = tokens.words.length - 1;
  if (last < 1) return false;
  const word = tokens.words[last] ?? "";
  if (!QUESTION_TAGS.has(word)) return false;
  // The tag stands after a comma (or a dash): ", tá?", " – ok?".
  let i = (tokens.starts[last] ?? 0) - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const before = text.charAt(i);
  return before === "," || before === "-";
}

/** Words that begin with an apostrophe, which opens no quotation: Dutch "'s avonds", "'t", English "'90s". */
const ELIDED = new Set(["s", "t", "n", "k", "m", "em", "til", "cause"]);

function elided(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  const word = text.slice(start, end);
  return ELIDED.has(word) || /^\d/.test(word);
}
