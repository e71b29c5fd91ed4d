// The detector's modules are imported one by one, not through `core/detect/index.ts`: that index
// builds a classifier with every language's phrases, which would put all seven books in the page.
import {
  createClassifier,
  languageOf,
  modelMayAdd,
  type PhraseBooks,
} from "../core/detect/classify";
import { en } from "../core/detect/phrases/en";
import type { PhraseBook } from "../core/detect/phrases/types";
import type { EmailInput, Language, Verdict } from "../core/detect/types";

/**
 * The in-page rejection detector. It carries the English phrases only; the first time an email in
 * another language is opened, it asks the background for that language's phrases (once per
 * language, whatever the answer), then reads the email with them. Until a book arrives, or when
 * none comes, the email is read in English, as the classifier does for any language it lacks.
 * The learned model stays in the background, so the page never loads its weights: when the rules
 * say "not a rejection" and the model may add one (`modelMayAdd`), the background is asked whether
 * it does. A rejection the rules find is decided here, at once.
 */
export function createDetector<Email extends EmailInput = EmailInput>(options: {
  /** The background's `phraseBook` answer; null when it has none or could not be reached. */
  askPhraseBook: (language: Language) => Promise<PhraseBook | null>;
  /** The background's `modelVerdict` answer: the model's rejection, or null. */
  askModel?: (email: Email) => Promise<Verdict | null>;
}): (email: Email) => Promise<Verdict> {
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
    const verdict = classify(email);
    if (!options.askModel || !modelMayAdd(verdict)) return verdict;
    const added = await options.askModel(email).catch(() => null);
    return added?.verdict === "rejection" ? added : verdict;
  };
}
