import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyByRules } from "../../src/core/detect";
import { modelRoom } from "../../src/core/detect/classify";
import { type Features, featuresOf } from "../../src/core/detect/model/features";
import {
  type DetectorModel,
  encodeWeights,
  type ModelFile,
  scoreWith,
} from "../../src/core/detect/model/model";
import {
  type EmailInput,
  MODEL_ROOMS,
  type ModelRoom,
  type ModelThresholds,
} from "../../src/core/detect/types";
import { type LabelledEmail, parseLabelledLine } from "./detect-jsonl";

/**
 * Training the detector's learned model: logistic regression on the hashed features of
 * `features.ts`, by full-batch gradient descent from zero, so the same emails always give the same
 * weights. The weights are then pruned to the strongest quarter and stored as 8-bit integers. The
 * thresholds are chosen on the training emails alone: each is scored by a model trained without its
 * fold (cross-validation), and the thresholds are set so that at most 1% of the look-alikes pass.
 * A look-alike passes when the model would turn it into a rejection: the rules leave the model room
 * (`modelRoom`) and its score reaches that room's threshold; one the rules already read as an
 * acknowledgement, an offer or a refusal of a grant can never be added, whatever it scores. The 1%
 * is shared out between the two rooms where it adds the most held-out rejections; `unnamed` is
 * never trusted below the `job` room's threshold.
 */

export interface TrainingOptions {
  bits: number;
  /** L2 penalty. */
  lambda: number;
  epochs: number;
  learningRate: number;
  /** Share of slots kept after pruning, by the size of their weight. */
  keep: number;
  folds: number;
  /** Seeds the fold assignment; training itself has no randomness. */
  seed: number;
  /** At most this share of training look-alikes may pass the threshold. */
  negativePass: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  bits: 16,
  lambda: 3e-5,
  epochs: 300,
  learningRate: 2,
  keep: 0.5,
  folds: 5,
  seed: 12,
  negativePass: 0.01,
};

/** The lowest threshold the model is ever trusted at, whatever the folds say. */
const MIN_THRESHOLD = 0.5;

interface Example {
  email: LabelledEmail;
  features: Features;
  target: 0 | 1;
}

/** The labelled emails the model learns from: the tuning files and train/, never blind/ nor the shared corpus. */
export function trainingEmails(fixtureDir: string): LabelledEmail[] {
  const files = [
    ...readdirSync(fixtureDir)
      .filter((file) => file.endsWith(".jsonl"))
      .map((file) => join(fixtureDir, file)),
    ...listJsonl(join(fixtureDir, "train")),
  ].sort();
  const emails: LabelledEmail[] = [];
  for (const path of files) {
    const lines = readFileSync(path, "utf8").split("\n");
    lines.forEach((line, index) => {
      if (line.trim() === "") return;
      const parsed = parseLabelledLine(line);
      if (!parsed.ok) throw new Error(`${path}:${index + 1}: ${parsed.error}`);
      if (!parsed.value.ambiguous) emails.push(parsed.value);
    });
  }
  return emails;
}

function listJsonl(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith(".jsonl"))
      .map((file) => join(dir, file));
  } catch {
    return [];
  }
}

function examplesOf(emails: readonly LabelledEmail[], bits: number): Example[] {
  return emails.map((email) => ({
    email,
    features: featuresOf(email.input, bits),
    target: email.label === "rejection" ? 1 : 0,
  }));
}

/**
 * Float weights and bias minimising the mean log-loss plus the L2 penalty: full-batch gradient
 * descent with Nesterov momentum, from zero, in a fixed order (so the same emails give the same
 * weights, bit for bit).
 */
function fitWeights(
  examples: readonly Example[],
  options: TrainingOptions,
): { w: Float64Array; b: number } {
  const size = 1 << options.bits;
  const w = new Float64Array(size);
  const previous = new Float64Array(size);
  const look = new Float64Array(size);
  const gradient = new Float64Array(size);
  let b = 0;
  let previousB = 0;
  const n = examples.length;
  if (n === 0) return { w, b };
  const rate = options.learningRate;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const momentum = epoch / (epoch + 3);
    for (let slot = 0; slot < size; slot++) {
      look[slot] = (w[slot] ?? 0) + momentum * ((w[slot] ?? 0) - (previous[slot] ?? 0));
    }
    const lookB = b + momentum * (b - previousB);
    gradient.fill(0);
    let gradientB = 0;
    for (const { features, target } of examples) {
      let z = lookB;
      for (let i = 0; i < features.slots.length; i++) {
        z += (look[features.slots[i] ?? 0] ?? 0) * (features.values[i] ?? 0);
      }
      const error = 1 / (1 + Math.exp(-z)) - target;
      gradientB += error;
      for (let i = 0; i < features.slots.length; i++) {
        const slot = features.slots[i] ?? 0;
        gradient[slot] = (gradient[slot] ?? 0) + error * (features.values[i] ?? 0);
      }
    }
    previous.set(w);
    previousB = b;
    for (let slot = 0; slot < size; slot++) {
      const at = look[slot] ?? 0;
      w[slot] = at - rate * ((gradient[slot] ?? 0) / n + options.lambda * at);
    }
    b = lookB - (rate * gradientB) / n;
  }
  return { w, b };
}

/** The strongest `keep` share of the weights, as 8-bit integers and their scale. */
function quantise(w: Float64Array, keep: number): { weights: Int8Array; scale: number } {
  const magnitudes = Float64Array.from(w, Math.abs).sort();
  const cut = magnitudes[Math.floor(magnitudes.length * (1 - keep))] ?? 0;
  const largest = magnitudes[magnitudes.length - 1] ?? 0;
  const scale = largest > 0 ? largest / 127 : 1;
  const weights = new Int8Array(w.length);
  for (let slot = 0; slot < w.length; slot++) {
    const value = w[slot] ?? 0;
    if (Math.abs(value) < cut || value === 0) continue;
    weights[slot] = Math.max(-127, Math.min(127, Math.round(value / scale)));
  }
  return { weights, scale: round(scale, 9) };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function modelFrom(
  examples: readonly Example[],
  options: TrainingOptions,
  thresholds: ModelThresholds,
): DetectorModel {
  const { w, b } = fitWeights(examples, options);
  const { weights, scale } = quantise(w, options.keep);
  return { bits: options.bits, scale, bias: round(b, 6), thresholds, weights };
}

/** A number from a string and a seed, the same on every machine (for the folds). */
function seededRank(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Each email's fold: within each language and label, in seeded order, dealt out in turn. */
function foldsOf(emails: readonly LabelledEmail[], options: TrainingOptions): number[] {
  const folds = new Array<number>(emails.length).fill(0);
  const groups = new Map<string, number[]>();
  emails.forEach((email, index) => {
    const key = `${email.lang}:${email.label}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  for (const indexes of groups.values()) {
    indexes.sort(
      (a, b) =>
        seededRank(emails[a]?.id ?? "", options.seed) -
        seededRank(emails[b]?.id ?? "", options.seed),
    );
    indexes.forEach((index, turn) => {
      folds[index] = turn % options.folds;
    });
  }
  return folds;
}

export interface TrainingResult {
  model: DetectorModel;
  file: ModelFile;
  /** Each training email's probability from the model trained without its fold. */
  heldOut: { email: LabelledEmail; probability: number }[];
  options: TrainingOptions;
}

/** Trains the model on `emails`: cross-validated scores, the threshold from them, then the model on all. */
export function trainModel(
  emails: readonly LabelledEmail[],
  options: TrainingOptions = DEFAULT_TRAINING,
): TrainingResult {
  const examples = examplesOf(emails, options.bits);
  const folds = foldsOf(emails, options);
  const heldOut: TrainingResult["heldOut"] = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const model = modelFrom(
      examples.filter((_, index) => folds[index] !== fold),
      options,
      { job: 1, unnamed: 1 },
    );
    examples.forEach((example, index) => {
      if (folds[index] !== fold) return;
      heldOut.push({
        email: example.email,
        probability: scoreWith(model, example.email.input).probability,
      });
    });
  }
  heldOut.sort((a, b) => (a.email.id < b.email.id ? -1 : a.email.id > b.email.id ? 1 : 0));
  const negatives = heldOut.filter((each) => each.email.label !== "rejection").length;
  const thresholds = thresholdsFor(
    heldOut.map(({ email, probability }) => ({
      room: modelRoom(classifyByRules(email.input)),
      probability,
      rejection: email.label === "rejection",
    })),
    Math.floor(negatives * options.negativePass),
  );
  const model = modelFrom(examples, options, thresholds);
  const file: ModelFile = {
    format: 2,
    bits: model.bits,
    scale: model.scale,
    bias: model.bias,
    thresholds: model.thresholds,
    weights: encodeWeights(model.weights),
  };
  return { model, file, heldOut, options };
}

/** A held-out email as the thresholds see it: the room the rules leave, its score, its label. */
interface Scored {
  room: ModelRoom | null;
  probability: number;
  rejection: boolean;
}

/**
 * Each room's threshold: `allowed` look-alikes in all may pass, shared out between the rooms so
 * that the most held-out rejections pass (on a tie, the fewest look-alikes; then the most for `job`).
 */
function thresholdsFor(scored: readonly Scored[], allowed: number): ModelThresholds {
  const byRoom = (room: ModelRoom, rejection: boolean) =>
    scored
      .filter((each) => each.room === room && each.rejection === rejection)
      .map((each) => each.probability)
      .sort((a, b) => b - a);
  const barred = Object.fromEntries(MODEL_ROOMS.map((room) => [room, byRoom(room, false)]));
  const caught = Object.fromEntries(MODEL_ROOMS.map((room) => [room, byRoom(room, true)]));
  // Just above the highest score that must not pass, when `k` may.
  const above = (room: ModelRoom, k: number, floor: number) =>
    round(Math.max(floor, (barred[room]?.[k] ?? 0) + 1e-4), 4);
  const reaching = (scores: readonly number[] | undefined, threshold: number) =>
    (scores ?? []).filter((probability) => probability >= threshold).length;
  let best: { thresholds: ModelThresholds; added: number; passed: number } | null = null;
  for (let job = allowed; job >= 0; job--) {
    const jobThreshold = above("job", job, MIN_THRESHOLD);
    const thresholds: ModelThresholds = {
      job: jobThreshold,
      unnamed: above("unnamed", allowed - job, jobThreshold),
    };
    const added = MODEL_ROOMS.reduce(
      (sum, room) => sum + reaching(caught[room], thresholds[room]),
      0,
    );
    const passed = MODEL_ROOMS.reduce(
      (sum, room) => sum + reaching(barred[room], thresholds[room]),
      0,
    );
    if (!best || added > best.added || (added === best.added && passed < best.passed)) {
      best = { thresholds, added, passed };
    }
  }
  return best?.thresholds ?? { job: 1, unnamed: 1 };
}

/** The model's own verdict on an email: a rejection when its probability reaches the threshold. */
export function modelSaysRejection(model: DetectorModel, email: EmailInput): boolean {
  return scoreWith(model, email).probability >= model.thresholds.job;
}
