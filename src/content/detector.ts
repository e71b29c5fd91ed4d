// The detector's modules are imported one by one, not through `core/detect/index.ts`: that index
// builds a classifier with every language's phrases, which would put all seven books in the page.
import {
  createClassifier,
  languageOf,
  modelMayAdd,
  type PhraseBooks,
} from "../core/detect/classify";
import type { PhraseBook } from "../core/detect/phrases/types";
import type { EmailInput, Language, Verdict } from "../core/detect/types";

/** What the page says of an email it could not read: no phrases came, and the background is silent. */
const UNREAD: Omit<Verdict, "language"> = {
  verdict: "not_rejection",
  confidence: 0.5,
  kind: "other",
  reasons: [],
};

/**
 * The in-page rejection detector. The page carries the detector's code but none of its phrases:
 * the background sends a language's phrases the first time an email needs them (English first,
 * since every email is read with English beside its own language; `warmUp` asks for it when the
 * page is idle, so it is there before the user opens anything). Each language is asked for until
 * its book arrives, at most once per email; until then the email is read in English, as the
 * classifier does for any language it lacks.
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
  let books: PhraseBooks | null = null;
  let classify: ((email: EmailInput) => Verdict) | null = null;
  const asked = new Map<Language, Promise<void>>();

  const load = (language: Language): Promise<void> => {
    let pending = asked.get(language);
    if (!pending) {
      const forget = () => {
        // Asked again with the next email: a worker stopped mid-answer must not cost the page
        // its own reading for good.
        if (asked.get(language) === pending) asked.delete(language);
      };
      pending = options.askPhraseBook(language).then((book) => {
        if (!book) return forget();
        if (books) books[language] = book;
        else {
          // English comes first, and the classifier with it; see below.
          books = { en: book };
          classify = createClassifier(books);
        }
      }, forget);
      asked.set(language, pending);
    }
    return pending;
  };

  /** The background's rejection for `email`, or `verdict` when it has none. */
  const orBackground = async (email: Email, verdict: Verdict): Promise<Verdict> => {
    if (!options.askModel) return verdict;
    const added = await options.askModel(email).catch(() => null);
    return added?.verdict === "rejection" ? added : verdict;
  };

  return async (email) => {
    await load("en");
    const language = languageOf(email);
    // Without English phrases the page reads nothing itself: the background's detector, which
    // has every book, is the one to ask, and no other book is fetched for nothing.
    if (!classify) return orBackground(email, { ...UNREAD, language });
    if (language !== "en" && !books?.[language]) await load(language);
    const verdict = classify(email);
    return modelMayAdd(verdict) ? orBackground(email, verdict) : verdict;
  };
}
