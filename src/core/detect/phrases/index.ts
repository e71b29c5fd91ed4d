import type { PhraseBooks } from "../classify";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import { pt } from "./pt";

/** Every language's phrases. */
export const BOOKS: PhraseBooks = { en, es, fr, de, pt, nl, it };
