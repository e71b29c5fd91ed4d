import { createClassifier, type LearnedModel } from "./classify";
import { decodeModel, scoreWith } from "./model/model";
import weights from "./model/weights.json";
import { BOOKS } from "./phrases";

export { createClassifier, type LearnedModel, type PhraseBooks } from "./classify";
export type { EmailInput, EmailKind, Language, Reason, Subject, Verdict } from "./types";

/** The learned model that ships, or null when its file is not one this code reads. */
export const MODEL = decodeModel(weights);

const learned: LearnedModel | null = MODEL && {
  threshold: MODEL.threshold,
  score: (email) => scoreWith(MODEL, email),
};

/** The detector with every language's phrases and the learned model, for Node, the command line and the background. */
export const classify = createClassifier(BOOKS, learned);

/** The rules alone, without the model: for the benchmark's side-by-side figures and training's report. */
export const classifyByRules = createClassifier(BOOKS);
