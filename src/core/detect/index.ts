import { createClassifier, type LearnedModel } from "./classify";
import { kindOf } from "./kind";
import { type DetectorModel, decodeModel, scoreWith } from "./model/model";
import weights from "./model/weights.json";
import { BOOKS } from "./phrases";
import type { ModelThresholds } from "./types";
import { withLearnedModel } from "./with-model";

export { createClassifier, type KindNamer, type LearnedModel, type PhraseBooks } from "./classify";
export { kindOf } from "./kind";
export type {
  EmailInput,
  EmailKind,
  Language,
  ModelRoom,
  ModelThresholds,
  Reason,
  Subject,
  Verdict,
} from "./types";
export { withLearnedModel } from "./with-model";

let shipped: DetectorModel | null | undefined;

/**
 * The learned model that ships, or null when its file is not one this code reads. Decoded the first
 * time an email needs it, not when the background wakes: most of its answers never do.
 */
export function shippedModel(): DetectorModel | null {
  if (shipped === undefined) shipped = decodeModel(weights);
  return shipped;
}

/** Thresholds no probability reaches: a weights file this code cannot read adds nothing. */
const NEVER: ModelThresholds = {
  job: Number.POSITIVE_INFINITY,
  unnamed: Number.POSITIVE_INFINITY,
};

const learned: LearnedModel = {
  get thresholds() {
    return shippedModel()?.thresholds ?? NEVER;
  },
  score(email, threshold, fields) {
    const model = shippedModel();
    return model ? scoreWith(model, email, threshold, fields) : { probability: 0, reasons: [] };
  },
};

/** The detector with every language's phrases and the learned model, for Node, the command line and the background. */
export const classify = createClassifier(BOOKS, withLearnedModel(learned), kindOf);

/** The rules alone, without the model: for the benchmark's side-by-side figures and training's report. */
export const classifyByRules = createClassifier(BOOKS, null, kindOf);
