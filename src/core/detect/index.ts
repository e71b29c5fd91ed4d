import { createClassifier } from "./classify";
import { BOOKS } from "./phrases";

export { createClassifier, type PhraseBooks } from "./classify";
export type { EmailInput, EmailKind, Language, Reason, Verdict } from "./types";

/** The detector with every language's phrases, for Node, the command line and the background. */
export const classify = createClassifier(BOOKS);
