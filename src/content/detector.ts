// The detector's modules are imported one by one, not through `core/detect/index.ts`: that index
// builds a classifier with every language's phrases, which would put all seven books in the page.
import { createClassifier, type PhraseBooks, READ_LIMIT } from "../core/detect/classify";
import { guessLanguage } from "../core/detect/language";
import { newestMessageEnd } from "../core/detect/newest-message";
import { en } from "../core/detect/phrases/en";
import type { PhraseBook } from "../core/detect/phrases/types";
import { tokenize } from "../core/detect/tokens";
import type { EmailInput, Language, Verdict } from "../core/detect/types";

/**
 * The in-page rejection detector. It carries the English phrases only; the first time an email in
 * another language is opened, it asks the background for that language's phrases (once per
 * language, whatever the answer), then reads the email with them. Until a book arrives, or when
 * none comes, the email is read in English, as the classifier does for any language it lacks.
 */
export function createDetector(options: {
  /** The background's `phraseBook` answer; null when it has none or could not be reached. */
  askPhraseBook: (language: Language) => Promise<PhraseBook | null>;
}): (email: EmailInput) => Promise<Verdict> {
  const books: PhraseBooks = { en };
  const classify = createClassifier(books);
  const asked = new Map<Language, Promise<void>>();

  const load = (language: Language): Promise<void> => {
    let pending = asked.get(language);
    if (!pending) {
      pending = options.askPhraseBook(language).then(
        (book) => {
          if (book) books[language] = book;
        },
        () => {},
      );
      asked.set(language, pending);
    }
    return pending;
  };

  return async (email) => {
    const language = languageOf(email);
    if (language !== "en" && !books[language]) await load(language);
    return classify(email);
  };
}

/** The language the classifier will read `email` in, guessed the way it guesses. */
export function languageOf(email: EmailInput): Language {
  const subject = typeof email.subject === "string" ? email.subject.slice(0, 1000) : "";
  const body = typeof email.body === "string" ? email.body : "";
  const newestEnd = newestMessageEnd(
    body.length > READ_LIMIT * 2 ? body.slice(0, READ_LIMIT * 2) : body,
  );
  return guessLanguage([tokenize(subject), tokenize(body, Math.min(newestEnd, READ_LIMIT))]);
}
