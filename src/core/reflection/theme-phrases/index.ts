import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { pt } from "./pt";
import type { ThemePhraseBook } from "./types";

export type { ThemePatterns, ThemePhraseBook } from "./types";

/**
 * The languages feedback is read in. All are read at once: feedback is short, often mixes languages
 * ("le fit culturel"), and guessing its language first would only lose words.
 */
export const THEME_BOOKS: readonly ThemePhraseBook[] = [en, es, fr, de, pt];
