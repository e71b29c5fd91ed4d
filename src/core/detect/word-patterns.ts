import type { Tokens } from "./tokens";

/**
 * What the rejection detector and the feedback themes share: phrase patterns written as words
 * (`word`, `word+` for any word that starts so, `+word` for any word that ends so, `a/b` for
 * either, `*` and `**` for up to 3 or 8 words between, `NOT` for the language's negations), and an
 * index of them by their first word.
 */

/**
 * An ending is filed under its last letters, and a word looked up by as many: German and Dutch
 * build compounds whose last part names the thing ("Literaturpreis", "subsidieaanvraag").
 */
const SUFFIX_KEY = 3;

/** Words given as `word` (exactly), `word+` (any word that starts so) or `+word` (that ends so). */
export class WordClass {
  readonly words = new Set<string>();
  readonly prefixes: string[] = [];
  readonly suffixes: string[] = [];

  constructor(sources: Iterable<string>) {
    for (const source of sources) {
      if (source.endsWith("+")) this.prefixes.push(source.slice(0, -1));
      else if (source.startsWith("+") && source.length > SUFFIX_KEY) {
        this.suffixes.push(source.slice(1));
      } else this.words.add(source);
    }
  }

  has(word: string): boolean {
    if (this.words.has(word)) return true;
    for (const prefix of this.prefixes) if (word.startsWith(prefix)) return true;
    for (const suffix of this.suffixes) if (word.endsWith(suffix)) return true;
    return false;
  }
}

export interface Step {
  accepts: WordClass;
  /** How many words may stand between the previous step and this one. */
  gap: number;
  /** A step standing for the language's negation (`NOT`). */
  negation: boolean;
}

/** A pattern's steps, from its source as a phrase book writes it. */
export function compileSteps(source: string, negations: WordClass): Step[] {
  const steps: Step[] = [];
  let gap = 0;
  for (const part of source.split(" ")) {
    if (part === "") continue;
    if (part === "*" || part === "**") {
      gap = part === "*" ? 3 : 8;
      continue;
    }
    const negation = part === "NOT";
    steps.push({ accepts: negation ? negations : new WordClass(part.split("/")), gap, negation });
    gap = 0;
  }
  return steps;
}

/**
 * The index of the last word when `steps[k..]` match after the word at `at`, within its sentence,
 * else -1. After a negation step, a word of `idioms` ("can't *wait*") ends the match.
 */
export function matchFrom(
  steps: readonly Step[],
  k: number,
  at: number,
  tokens: Tokens,
  idioms?: ReadonlySet<string>,
): number {
  const step = steps[k];
  if (!step) return at;
  if (idioms && steps[k - 1]?.negation && idioms.has(tokens.words[at + 1] ?? "")) return -1;
  const sentence = tokens.sentences[at];
  for (let next = at + 1; next <= at + 1 + step.gap && next < tokens.words.length; next++) {
    if (tokens.sentences[next] !== sentence) break;
    if (step.accepts.has(tokens.words[next] ?? "")) {
      const last = matchFrom(steps, k + 1, next, tokens, idioms);
      if (last !== -1) return last;
    }
  }
  return -1;
}

/** A prefix is filed under its first letters, and a word looked up by as many. */
const PREFIX_KEY = 3;

/**
 * Patterns filed under the words their first step accepts, so each word of a text is compared only
 * with the patterns that can start there: the work grows with the text's length, never with how
 * often a pattern might backtrack.
 */
export class FirstWordIndex<P> {
  private readonly byWord = new Map<string, P[]>();
  private readonly byPrefix = new Map<string, P[]>();
  private readonly bySuffix = new Map<string, P[]>();

  /** Files `pattern` under each word, prefix and ending its first step accepts, once under each key. */
  add(pattern: P, first: WordClass): void {
    for (const word of first.words) file(this.byWord, word, pattern);
    for (const prefix of first.prefixes) file(this.byPrefix, prefix.slice(0, PREFIX_KEY), pattern);
    for (const suffix of first.suffixes) file(this.bySuffix, suffix.slice(-SUFFIX_KEY), pattern);
  }

  /** The patterns that may start at `word`. */
  startingAt(word: string): P[] {
    const exact = this.byWord.get(word) ?? [];
    const begun =
      word.length >= PREFIX_KEY ? this.byPrefix.get(word.slice(0, PREFIX_KEY)) : undefined;
    const ended =
      word.length >= SUFFIX_KEY && this.bySuffix.size > 0
        ? this.bySuffix.get(word.slice(-SUFFIX_KEY))
        : undefined;
    if (!ended) return begun ? [...exact, ...begun] : exact;
    return [...exact, ...(begun ?? []), ...ended];
  }
}

function file<P>(map: Map<string, P[]>, key: string, pattern: P): void {
  const list = map.get(key);
  if (!list) map.set(key, [pattern]);
  else if (!list.includes(pattern)) list.push(pattern);
}
