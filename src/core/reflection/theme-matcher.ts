import { type Tokens, tokenize } from "../detect/tokens";
import {
  compileSteps,
  FirstWordIndex,
  matchFrom,
  type Step,
  WordClass,
} from "../detect/word-patterns";
import type { ThemePhraseBook } from "./theme-phrases";
import type { Theme } from "./themes";

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
  return { id, theme, topic, source, steps: compileSteps(source, negations) };
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
  private readonly index = new FirstWordIndex<Pattern>();
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
      if (first) this.index.add(pattern, first.accepts);
    }
    this.patterns = patterns;
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
      for (const pattern of this.index.startingAt(word)) {
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
