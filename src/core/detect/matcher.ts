import { type PhraseBook, type Signal, WORD_LISTS } from "./phrases/types";
import type { Tokens } from "./tokens";
import { compileSteps, FirstWordIndex, matchFrom, type Step, WordClass } from "./word-patterns";

/**
 * Words that turn a negation into warmth or a generality: "we can't wait to move forward", "don't
 * worry, we'll move forward", "not everyone is invited". A negation followed by one of them negates
 * nothing the pattern means.
 */
const NEGATION_IDIOMS = new Set([
  "wait",
  "worry",
  "hesitate",
  "only",
  "just",
  "forget",
  "miss",
  // "Not all of you will…", "nicht alle", "pas tous": a general word, not a verdict on the reader.
  "all",
  "everyone",
  "everybody",
  "alle",
  "iedereen",
  "tous",
  "toutes",
  "todos",
  "todas",
  "tutti",
  "tutte",
]);

export interface Pattern {
  id: number;
  signal: Signal;
  steps: readonly Step[];
}

export interface Match {
  pattern: Pattern;
  /** Index of the first and last word matched. */
  first: number;
  last: number;
}

const MAX_PLACES = 3;

/**
 * All patterns of the given phrase books, indexed by their first word so each word of an email is
 * compared only with the patterns that can start there: the work grows with the email's length,
 * never with how often a pattern might backtrack.
 */
export class PhraseIndex {
  private readonly index = new FirstWordIndex<Pattern>();
  readonly size: number;

  constructor(books: readonly PhraseBook[]) {
    let id = 0;
    for (const book of books) {
      const negations = new WordClass(book.negations);
      for (const [signal, sources] of Object.entries(book) as [string, readonly string[]][]) {
        if (WORD_LISTS.has(signal)) continue;
        for (const source of sources) {
          const pattern = {
            id: id++,
            signal: signal as Signal,
            steps: compileSteps(source, negations),
          };
          const first = pattern.steps[0];
          if (first) this.index.add(pattern, first.accepts);
        }
      }
    }
    this.size = id;
  }

  /** Every pattern found in `tokens`, each at its first place only. */
  find(tokens: Tokens): Match[] {
    const found: Match[] = [];
    // A pattern is kept at up to three places: the first may be set aside later (inside a
    // condition or a quotation) while a later one stands.
    const places = new Map<number, number>();
    const { words } = tokens;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? "";
      for (const pattern of this.index.startingAt(word)) {
        const count = places.get(pattern.id) ?? 0;
        if (count >= MAX_PLACES) continue;
        if (!pattern.steps[0]?.accepts.has(word)) continue;
        const last = matchFrom(pattern.steps, 1, i, tokens, NEGATION_IDIOMS);
        if (last !== -1) {
          places.set(pattern.id, count + 1);
          found.push({ pattern, first: i, last });
        }
      }
    }
    return found;
  }
}
