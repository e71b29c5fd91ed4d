import { createClassifier, type LearnedModel } from "./classify";
import { type DetectorModel, decodeModel, scoreWith } from "./model/model";
import weights from "./model/weights.json";
import { BOOKS } from "./phrases";

export { createClassifier, type LearnedModel, type PhraseBooks } from "./classify";
export type { EmailInput, EmailKind, Language, Reason, Subject, Verdict } from "./types";

let shipped: DetectorModel | null | undefined;

/**
 * The learned model that ships, or null when its file is not one this code reads. Decoded the first
 * time an email needs it, not when the background wakes: most of its answers never do.
 */
export function shippedModel(): DetectorModel | null {
  if (shipped === undefined) shipped = decodeModel(weights);
  return shipped;
}

const learned: LearnedModel = {
  get threshold() {
    return shippedModel()?.threshold ?? Number.POSITIVE_INFINITY;
  },
  score(email) {
    const model = shippedModel();
    return model ? scoreWith(model, email) : { probability: 0, reasons: [] };
  },
};

/** The detector with every language's phrases and the learned model, for Node, the command line and the background. */
export const classify = createClassifier(BOOKS, learned);

/** The rules alone, without the model: for the benchmark's side-by-side figures and training's report. */
export const classifyByRules = createClassifier(BOOKS);
