import type { Theme } from "../themes";

/**
 * How one language's feedback names a theme. Patterns are written folded (lower case, no accents) as
 * words, as in the detector's phrase books: `a/b` is either word, `word+` any word that starts so,
 * `*` up to three words, `NOT` any negation of the five languages. A pattern never reaches across
 * sentences. Apostrophes split words: "didn't" is `didn t`, "l'entreprise" is `l entreprise`.
 */
export interface ThemePatterns {
  /** Says something was missing or went wrong: counts wherever it stands ("rambled", "more concise"). */
  critical: readonly string[];
  /**
   * Names the topic only ("technical depth", "preparation"): counts unless its clause praises and
   * nothing in it asks for more ("your preparation was excellent").
   */
  topic: readonly string[];
}

export interface ThemePhraseBook {
  themes: Record<Theme, ThemePatterns>;
  /** Single words (`word+` allowed) of praise or thanks. */
  praise: readonly string[];
  /** Single words that ask for more or say something fell short: they keep a praised clause's topics. */
  criticism: readonly string[];
  /** Words that start a new clause ("but", "however"): praise before them does not reach past them. */
  contrast: readonly string[];
  /** Words that negate, for `NOT`. */
  negations: readonly string[];
}
