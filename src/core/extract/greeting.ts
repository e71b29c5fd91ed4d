import { fold, NAME_WORD } from "./text";

const GREETING =
  /^(?:dear|hi|hello|hey|hallo|liebe[rs]?|sehr geehrte[rs]?|guten tag|hola|estimad[oa]|querid[oa]|bonjour|cher|chere|salut|ola|oi|prezad[oa]|car[oa]|gentile|buongiorno|ciao|beste|geachte|hoi|dag)\b[\s,]*/;

/** Titles before a name; one of them means the name after it is a surname. */
export const HONORIFIC =
  "(?:Frau|Herrn?|Dr|Prof|Mrs?|Ms|Mme|Mlle|Madame|Monsieur|M|Sra?|Dott(?:\\.ssa)?|Dra|Mevr|Dhr|Sig(?:\\.ra)?)\\.?\\s+";

const NAME_AFTER_GREETING = new RegExp(
  `((?:${HONORIFIC}){0,3})(${NAME_WORD}(?:[ \\t]+${NAME_WORD})?)`,
  "uy",
);

/** Words a greeting uses for someone it does not name. */
const NOT_A_NAME = /^(?:candidat|applicant|bewerber|kandida|sollicit|madam|sir\b|there|all\b|team)/;

/**
 * The candidate, as the greeting names them: `first` is "" when only a title and surname are given
 * ("Sehr geehrte Frau Vogel"); `name` is what to leave out of the interviewers either way.
 */
export function greetedName(lines: string[]): { first: string; name: string } {
  for (const line of lines.slice(0, 3)) {
    const greeting = GREETING.exec(fold(line));
    if (!greeting) continue;
    NAME_AFTER_GREETING.lastIndex = greeting[0].length;
    const [, honorific, name = ""] = NAME_AFTER_GREETING.exec(line) ?? [];
    if (name === "" || NOT_A_NAME.test(fold(name))) break;
    return { first: honorific ? "" : (name.split(/\s/)[0] ?? ""), name };
  }
  return { first: "", name: "" };
}
