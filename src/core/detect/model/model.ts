import { type Field, readFields } from "../fields";
import type { EmailInput, ModelThresholds, Reason } from "../types";
import { type FeatureLog, featuresOf, modelFields } from "./features";

/**
 * The learned model beside the rules (`withModel` in classify.ts says how they combine): one weight
 * per feature slot, pruned and stored as 8-bit integers times `scale`, plus a bias. `thresholds` are
 * the probabilities above which the model's "rejection" is trusted, one for each room the rules
 * leave it: chosen on the training emails alone, so that at most one in a hundred of their
 * look-alikes passes any (scripts/train-detector.ts). The `job` room's is the model's own verdict.
 */
export interface DetectorModel {
  bits: number;
  scale: number;
  bias: number;
  thresholds: ModelThresholds;
  weights: Int8Array;
}

/** The weights file as it ships (src/core/detect/model/weights.json). */
export interface ModelFile {
  format: 2;
  bits: number;
  scale: number;
  bias: number;
  thresholds: ModelThresholds;
  /** The 8-bit weights, base64. */
  weights: string;
}

/** The fewest words of the newest message the model scores; fewer, and it says nothing. */
export const MIN_WORDS = 12;

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Each base64 character's value by its code; -1 for a character that is none. */
const BASE64_VALUES = Int8Array.from({ length: 128 }, (_, code) =>
  BASE64.indexOf(String.fromCharCode(code)),
);

export function encodeWeights(weights: Int8Array): string {
  const bytes = new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += BASE64[(n >> 18) & 63];
    out += BASE64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? BASE64[n & 63] : "=";
  }
  return out;
}

function decodeWeights(text: string, length: number): Int8Array | null {
  const clean = text.replace(/=+$/, "");
  if (clean.length !== Math.ceil((length * 4) / 3)) return null;
  const out = new Uint8Array(length);
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const digit = code < 128 ? (BASE64_VALUES[code] ?? -1) : -1;
    if (digit < 0) return null;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (at < length) out[at++] = (value >> bits) & 255;
    }
  }
  return at === length ? new Int8Array(out.buffer) : null;
}

/** The model in a weights file, or null when the file is not one this code reads. */
export function decodeModel(file: unknown): DetectorModel | null {
  if (typeof file !== "object" || file === null) return null;
  const { format, bits, scale, bias, thresholds, weights } = file as Partial<ModelFile>;
  if (format !== 2 || typeof weights !== "string") return null;
  if (typeof bits !== "number" || !Number.isInteger(bits) || bits < 8 || bits > 20) return null;
  if (typeof thresholds !== "object" || thresholds === null) return null;
  const { job, unnamed } = thresholds;
  for (const number of [scale, bias, job, unnamed]) {
    if (typeof number !== "number" || !Number.isFinite(number)) return null;
  }
  const table = decodeWeights(weights, 1 << bits);
  if (!table) return null;
  return {
    bits,
    scale: scale as number,
    bias: bias as number,
    thresholds: { job, unnamed },
    weights: table,
  };
}

/**
 * The model's probability that `email` is a job rejection; and, when it reaches `threshold` (the
 * `job` room's unless said), the email's words that weighed most for it (for the banner's More). `read` is the
 * email's words as the rules read them, when they have.
 */
export function scoreWith(
  model: DetectorModel,
  email: EmailInput,
  threshold: number = model.thresholds.job,
  read: readonly Field[] = readFields(email).fields,
): { probability: number; reasons: Reason[] } {
  const fields = modelFields(read);
  const features = featuresOf(email, model.bits, fields, log);
  // A line or two says too little for the model to be sure of: "Thanks for your interest."
  if (features.words < MIN_WORDS) return { probability: 0, reasons: [] };
  let sum = model.bias;
  for (let i = 0; i < features.slots.length; i++) {
    sum += (model.weights[features.slots[i] ?? 0] ?? 0) * model.scale * (features.values[i] ?? 0);
  }
  const probability = 1 / (1 + Math.exp(-sum));
  return {
    probability,
    reasons: probability >= threshold ? strongestPhrases(model, email, features, fields) : [],
  };
}

let slotValue = new Float32Array(0);
let slotSeen = new Uint32Array(0);
/** Each feature of the email being scored, in reading order, for the banner's More to explain. */
const log: FeatureLog = { entries: new Int32Array(4096), length: 0 };

/** How many of the email's phrases the banner's More quotes for the model, and the longest of them in words. */
const REASONS = 3;
const PHRASE_WORDS = 4;

/**
 * The email's phrases that weighed most: each word gets what its features weigh (a word pair's
 * weight is shared by its two words), the strongest word is widened to its neighbours that weigh
 * for a rejection too, within its sentence, and so on for the next strongest.
 */
function strongestPhrases(
  model: DetectorModel,
  email: EmailInput,
  features: ReturnType<typeof featuresOf>,
  fields: readonly Field[],
): Reason[] {
  // Tables of 2^bits slots and a buffer of features, reused from email to email and cleared
  // behind it, as a Map or an array per email would cost more than the scoring itself.
  const size = 1 << model.bits;
  if (slotValue.length !== size) {
    slotValue = new Float32Array(size);
    slotSeen = new Uint32Array(size);
  }
  const value = slotValue;
  const seen = slotSeen;
  features.slots.forEach((slot, index) => {
    value[slot] = features.values[index] ?? 0;
  });
  // How often each slot is used, from the features' log (`featuresOf`), not a second reading.
  const visited = log.entries;
  const length = log.length;
  for (let k = 0; k < length; k += 4) {
    const slot = visited[k] ?? 0;
    seen[slot] = (seen[slot] ?? 0) + 1;
  }
  const scores = fields.map((field) => new Float64Array(field.tokens.words.length));
  for (let k = 0; k < length; k += 4) {
    const slot = visited[k] ?? 0;
    const weight = (model.weights[slot] ?? 0) * model.scale;
    if (weight === 0) continue;
    const words = scores[visited[k + 1] ?? 0];
    if (!words) continue;
    const first = visited[k + 2] ?? 0;
    const last = visited[k + 3] ?? first;
    // A slot that several features share weighs once, split between them.
    const share = (weight * (value[slot] ?? 0)) / (seen[slot] || 1);
    const span = last - first + 1;
    for (let i = first; i <= last; i++) words[i] = (words[i] ?? 0) + share / span;
  }

  for (const slot of features.slots) {
    value[slot] = 0;
    seen[slot] = 0;
  }

  // The strongest word not yet quoted, then the next: as many scans as reasons, not a sort.
  const taken = fields.map(() => new Set<number>());
  const reasons: Reason[] = [];
  while (reasons.length < REASONS) {
    let best = { index: -1, at: -1, score: 0 };
    scores.forEach((words, index) => {
      words.forEach((score, at) => {
        if (score > best.score && !taken[index]?.has(at)) best = { index, at, score };
      });
    });
    const { index, at } = best;
    const field = fields[index];
    const words = scores[index];
    const used = taken[index];
    if (!field || !words || !used) break;
    const { sentences, starts, ends } = field.tokens;
    const text = field.field === "subject" ? email.subject : email.body;
    const source = typeof text === "string" ? text : "";
    // Words of one line: a phrase never runs from a signature's name into the next line.
    const oneLine = (a: number, b: number) =>
      !source.slice(ends[a] ?? 0, starts[b] ?? 0).includes("\n");
    let first = at;
    let last = at;
    const widen = (next: number) =>
      next >= 0 &&
      next < words.length &&
      !used.has(next) &&
      sentences[next] === sentences[at] &&
      (words[next] ?? 0) > 0 &&
      last - first + 1 < PHRASE_WORDS &&
      (next < first ? oneLine(next, first) : oneLine(last, next));
    for (;;) {
      const before = widen(first - 1) ? (words[first - 1] ?? 0) : -1;
      const after = widen(last + 1) ? (words[last + 1] ?? 0) : -1;
      if (before < 0 && after < 0) break;
      if (before >= after) first -= 1;
      else last += 1;
    }
    let weight = 0;
    for (let i = first; i <= last; i++) {
      used.add(i);
      weight += words[i] ?? 0;
    }
    // A phrase weighing less than half the first (the strongest word's) explains little: "des".
    if (reasons.length > 0 && weight < (reasons[0]?.weight ?? 0) / 2) break;
    const start = starts[first] ?? 0;
    const end = ends[last] ?? start;
    reasons.push({
      phrase: source.slice(start, end),
      field: field.field,
      start,
      end,
      signal: "model",
      weight: Math.round(weight * 100) / 100,
    });
  }
  return reasons;
}
