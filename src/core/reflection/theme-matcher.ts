import { type Tokens, tokenize } from "../detect/tokens";
import type { ThemePhraseBook } from "./theme-phrases";
import type { Theme } from "./themes";

/** Words given as `word` (exactly) or `word+` (any word that starts so). */
class WordClass {
  private readonly words = new Set<string>();
  private readonly prefixes: string[] = [];

  constructor(sources: Iterable<string>) {
    for (const source of sources) {
      if (source.endsWith("+")) this.prefixes.push(source.slice(0, -1));
      else this.words.add(source);
    }
  }

  has(word: string): boolean {
    if (this.words.has(word)) return true;
    for (const prefix of this.prefixes) if (word.startsWith(prefix)) return true;
    return false;
  }

  /** Keys to index a pattern starting with this class by: each word, and each prefix's first letters. */
  keys(): { words: Iterable<string>; prefixes: readonly string[] } {
    return { words: this.words, prefixes: this.prefixes };
  }
}

interface Step {
  accepts: WordClass;
  /** How many words may stand between the previous step and this one. */
  gap: number;
}

interface Pattern {
  id: number;
  theme: Theme;
  /** Topic patterns count only where the clause does not simply praise. */
  topic: boolean;
  source: string;
  steps: readonly Step[];
}

/** Where a theme was found: the words as they stand in the text, and their offsets. */
export interface ThemeEvidence {
  theme: Theme;
  /** The words matched, as written in the text. */
  phrase: string;
  start: number;
  end: number;
}

const PREFIX_KEY = 3;
/** Feedback worth reading fits in far less; longer pastes are read this far, in linear time. */
export const FEEDBACK_READ_LIMIT = 20_000;
/** Between these words a clause ends even within a sentence: praise before them stays there. */
const CLAUSE_MARKS = /[,:;()[\]–—]/;

function compile(
  source: string,
  theme: Theme,
  topic: boolean,
  id: number,
  negations: WordClass,
): Pattern {
  const steps: Step[] = [];
  let gap = 0;
  for (const part of source.split(" ")) {
    if (part === "") continue;
    if (part === "*") {
      gap = 3;
      continue;
    }
    steps.push({ accepts: part === "NOT" ? negations : new WordClass(part.split("/")), gap });
    gap = 0;
  }
  return { id, theme, topic, source, steps };
}

/** The index of the last word when `steps[k..]` match after the word at `at`, else -1. */
function matchFrom(steps: readonly Step[], k: number, at: number, tokens: Tokens): number {
  const step = steps[k];
  if (!step) return at;
  const sentence = tokens.sentences[at];
  for (let next = at + 1; next <= at + 1 + step.gap && next < tokens.words.length; next++) {
    if (tokens.sentences[next] !== sentence) break;
    if (step.accepts.has(tokens.words[next] ?? "")) {
      const last = matchFrom(steps, k + 1, next, tokens);
      if (last !== -1) return last;
    }
  }
  return -1;
}

/** Where the word at `i` starts, taking in a word it is elided from: "didn't", not "t". */
function wordStart(text: string, tokens: Tokens, i: number): number {
  const start = tokens.starts[i] ?? 0;
  const before = tokens.ends[i - 1];
  return i > 0 && before === start - 1 && /['’]/.test(text.charAt(before))
    ? (tokens.starts[i - 1] ?? start)
    : start;
}

/**
 * Every language's theme patterns, indexed by their first word so each word of the feedback is
 * compared only with the patterns that can start there: the work grows with the text's length.
 */
export class ThemeMatcher {
  private readonly byWord = new Map<string, Pattern[]>();
  private readonly byPrefix = new Map<string, Pattern[]>();
  private readonly praise: WordClass;
  private readonly criticism: WordClass;
  private readonly contrast: WordClass;
  readonly patterns: readonly Pattern[];

  constructor(books: readonly ThemePhraseBook[]) {
    const negations = new WordClass(books.flatMap((book) => book.negations));
    this.praise = new WordClass(books.flatMap((book) => book.praise));
    this.criticism = new WordClass(books.flatMap((book) => book.criticism));
    this.contrast = new WordClass(books.flatMap((book) => book.contrast));
    const patterns: Pattern[] = [];
    for (const book of books) {
      for (const [theme, lists] of Object.entries(book.themes) as [
        Theme,
        ThemePhraseBook["themes"][Theme],
      ][]) {
        for (const source of lists.critical)
          patterns.push(compile(source, theme, false, patterns.length, negations));
        for (const source of lists.topic)
          patterns.push(compile(source, theme, true, patterns.length, negations));
      }
    }
    for (const pattern of patterns) {
      const first = pattern.steps[0];
      if (!first) continue;
      const { words, prefixes } = first.accepts.keys();
      for (const word of words) this.add(this.byWord, word, pattern);
      for (const prefix of prefixes) this.add(this.byPrefix, prefix.slice(0, PREFIX_KEY), pattern);
    }
    this.patterns = patterns;
  }

  private add(map: Map<string, Pattern[]>, key: string, pattern: Pattern): void {
    const list = map.get(key);
    if (list) {
      if (!list.includes(pattern)) list.push(pattern);
    } else map.set(key, [pattern]);
  }

  /**
   * The clause of each word, and whether each clause praises without asking for more. A clause ends
   * with its sentence, at a comma, colon or bracket, and before a word like "but".
   */
  private praisedClauses(text: string, tokens: Tokens): { clauses: number[]; praised: boolean[] } {
    const clauses: number[] = [];
    const praise: boolean[] = [];
    const criticism: boolean[] = [];
    let clause = -1;
    for (let i = 0; i < tokens.words.length; i++) {
      const word = tokens.words[i] ?? "";
      const newClause =
        i === 0 ||
        tokens.sentences[i] !== tokens.sentences[i - 1] ||
        this.contrast.has(word) ||
        CLAUSE_MARKS.test(text.slice(tokens.ends[i - 1] ?? 0, tokens.starts[i] ?? 0));
      if (newClause) {
        clause++;
        praise.push(false);
        criticism.push(false);
      }
      clauses.push(clause);
      if (this.praise.has(word)) praise[clause] = true;
      if (this.criticism.has(word)) criticism[clause] = true;
    }
    return { clauses, praised: praise.map((praised, at) => praised && !criticism[at]) };
  }

  /** The first place each theme is named in `text`, in the order the text names them. */
  find(text: string): ThemeEvidence[] {
    const source = text.length > FEEDBACK_READ_LIMIT ? text.slice(0, FEEDBACK_READ_LIMIT) : text;
    const tokens = tokenize(source);
    const { clauses, praised } = this.praisedClauses(source, tokens);
    const found = new Map<Theme, ThemeEvidence>();
    const { words } = tokens;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? "";
      const candidates = [
        ...(this.byWord.get(word) ?? []),
        ...(word.length >= PREFIX_KEY ? (this.byPrefix.get(word.slice(0, PREFIX_KEY)) ?? []) : []),
      ];
      for (const pattern of candidates) {
        if (found.has(pattern.theme)) continue;
        const first = pattern.steps[0];
        if (!first?.accepts.has(word)) continue;
        if (pattern.topic && praised[clauses[i] ?? -1]) continue;
        const last = matchFrom(pattern.steps, 1, i, tokens);
        if (last === -1) continue;
        const start = wordStart(source, tokens, i);
        const end = tokens.ends[last] ?? start;
        found.set(pattern.theme, {
          theme: pattern.theme,
          phrase: source.slice(start, end),
          start,
          end,
        });
      }
    }
    return [...found.values()];
  }
}
