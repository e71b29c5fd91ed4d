import type { PhraseBook, Signal } from "./phrases/types";
import type { Tokens } from "./tokens";

interface Step {
  /** Exact words this step accepts. */
  words: ReadonlySet<string>;
  /** Beginnings of words this step accepts (`word+`). */
  prefixes: readonly string[];
  /** How many words may stand between the previous step and this one. */
  gap: number;
  /** A step standing for the language's negation (`NOT`). */
  negation: boolean;
}

/**
 * Words that turn a negation into warmth: "we can't wait to move forward", "don't worry, we'll move
 * forward", "don't hesitate". A negation followed by one of them negates nothing the pattern means.
 */
const NEGATION_IDIOMS = new Set(["wait", "worry", "hesitate", "only", "just", "forget", "miss"]);

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

const PREFIX_KEY = 3;
const MAX_PLACES = 3;

function accepts(step: Step, word: string): boolean {
  if (step.words.has(word)) return true;
  for (const prefix of step.prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

function compile(
  source: string,
  signal: Signal,
  id: number,
  negations: readonly string[],
): Pattern {
  const steps: Step[] = [];
  let gap = 0;
  for (const part of source.split(" ")) {
    if (part === "") continue;
    if (part === "*" || part === "**") {
      gap = part === "*" ? 3 : 8;
      continue;
    }
    const negation = part === "NOT";
    const alternatives = negation ? negations : part.split("/");
    const words = new Set<string>();
    const prefixes: string[] = [];
    for (const alternative of alternatives) {
      if (alternative.endsWith("+")) prefixes.push(alternative.slice(0, -1));
      else words.add(alternative);
    }
    steps.push({ words, prefixes, gap, negation });
    gap = 0;
  }
  return { id, signal, steps };
}

/**
 * All patterns of the given phrase books, indexed by their first word so each word of an email is
 * compared only with the patterns that can start there: the work grows with the email's length,
 * never with how often a pattern might backtrack.
 */
export class PhraseIndex {
  private readonly byWord = new Map<string, Pattern[]>();
  private readonly byPrefix = new Map<string, Pattern[]>();
  readonly size: number;

  constructor(books: readonly PhraseBook[]) {
    let id = 0;
    for (const book of books) {
      for (const [signal, sources] of Object.entries(book) as [string, readonly string[]][]) {
        if (signal === "conditionals" || signal === "negations" || signal === "common") continue;
        for (const source of sources) {
          const pattern = compile(source, signal as Signal, id++, book.negations);
          const first = pattern.steps[0];
          if (!first) continue;
          for (const word of first.words) this.add(this.byWord, word, pattern);
          for (const prefix of first.prefixes)
            this.add(this.byPrefix, prefix.slice(0, PREFIX_KEY), pattern);
        }
      }
    }
    this.size = id;
  }

  private add(map: Map<string, Pattern[]>, key: string, pattern: Pattern): void {
    const list = map.get(key);
    if (list) list.push(pattern);
    else map.set(key, [pattern]);
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
      const candidates = [
        ...(this.byWord.get(word) ?? []),
        ...(word.length >= PREFIX_KEY ? (this.byPrefix.get(word.slice(0, PREFIX_KEY)) ?? []) : []),
      ];
      for (const pattern of candidates) {
        const count = places.get(pattern.id) ?? 0;
        if (count >= MAX_PLACES) continue;
        const first = pattern.steps[0];
        if (!first || !accepts(first, word)) continue;
        const last = matchFrom(pattern.steps, 1, i, tokens);
        if (last !== -1) {
          places.set(pattern.id, count + 1);
          found.push({ pattern, first: i, last });
        }
      }
    }
    return found;
  }
}

/** The index of the last word when `steps[k..]` match after the word at `at`, else -1. */
function matchFrom(steps: readonly Step[], k: number, at: number, tokens: Tokens): number {
  const step = steps[k];
  if (!step) return at;
  if (steps[k - 1]?.negation && NEGATION_IDIOMS.has(tokens.words[at + 1] ?? "")) return -1;
  const sentence = tokens.sentences[at];
  for (let next = at + 1; next <= at + 1 + step.gap && next < tokens.words.length; next++) {
    if (tokens.sentences[next] !== sentence) break;
    if (accepts(step, tokens.words[next] ?? "")) {
      const last = matchFrom(steps, k + 1, next, tokens);
      if (last !== -1) return last;
    }
  }
  return -1;
}
