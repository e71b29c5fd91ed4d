import { type Decider, type LearnedModel, modelRoom } from "./classify";

/**
 * The rules decide; the learned model can only add a rejection they missed, when it is at least
 * as sure as its room's threshold, and never for an email the rules find about another dealing (a
 * prize, a course, a flat). The banner's More then shows the email's words that weighed most in the model.
 */
export function withLearnedModel(model: LearnedModel): Decider {
  return (rules, email, fields) => {
    const { verdict } = rules;
    const room = modelRoom(verdict);
    if (room === null) return verdict;
    const threshold = model.thresholds[room];
    const { probability, reasons } = model.score(email, threshold, fields);
    if (!(probability >= threshold)) return verdict;
    return {
      verdict: "rejection",
      confidence: Math.round(probability * 1000) / 1000,
      kind: rules.kindIfRejection,
      language: verdict.language,
      reasons: [...reasons, ...verdict.reasons.filter((reason) => reason.weight > 0)],
      about: verdict.about,
      decidedBy: "model",
    };
  };
}
