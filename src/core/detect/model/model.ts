import type { EmailInput, Reason } from "../types";
import { type Field, featuresOf, visitFeatures } from "./features";

/**
 * The learned model beside the rules (`withModel` in classify.ts says how they combine): one weight per feature slot,
 * pruned and stored as 8-bit integers times `scale`, plus a bias. `threshold` is the probability
 * above which the model's "rejection" is trusted: chosen on the training emails alone, so that at
 * most one in a hundred of their look-alikes passes it (scripts/train-detector.ts).
 */
export interface DetectorModel {
  bits: number;
  scale: number;
  bias: number;
  threshold: number;
  weights: Int8Array;
}

/** The weights file as it ships (src/core/detect/model/weights.json). */
export interface ModelFile {
  format: 1;
  bits: number;
  scale: number;
  bias: number;
  threshold: number;
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
  const { format, bits, scale, bias, threshold, weights } = file as Partial<ModelFile>;
  if (format !== 1 || typeof weights !== "string") return null;
  if (typeof bits !== "number" || !Number.isInteger(bits) || bits < 8 || bits > 20) return null;
  for (const number of [scale, bias, threshold]) {
    if (typeof number !== "number" || !Number.isFinite(number)) return null;
  }
  const table = decodeWeights(weights, 1 << bits);
  if (!table) return null;
  return {
    bits,
    scale: scale as number,
    bias: bias as number,
    threshold: threshold as number,
    weights: table,
  };
}

/**
 * The model's probability that `email` is a job rejection; and, when it reaches the threshold, the
 * email's words that weighed most for it (for "Why?").
 */
export function scoreWith(
  model: DetectorModel,
  email: EmailInput,
): { probability: number; reasons: Reason[] } {
  const features = featuresOf(email, model.bits);
  // A line or two says too little for the model to be sure of: "Thanks for your interest."
  if (features.words < MIN_WORDS) return { probability: 0, reasons: [] };
  let sum = model.bias;
  for (let i = 0; i < features.slots.length; i++) {
    sum += (model.weights[features.slots[i] ?? 0] ?? 0) * model.scale * (features.values[i] ?? 0);
  }
  const probability = 1 / (1 + Math.exp(-sum));
  return {
    probability,
    reasons: probability >= model.threshold ? strongestPhrases(model, email, features) : [],
  };
}

let slotValue = new Float32Array(0);
let slotSeen = new Uint32Array(0);

/** How many of the email's phrases "Why?" quotes for the model, and the longest of them in words. */
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
): Reason[] {
  // Tables of 2^bits slots, reused from email to email and cleared behind it, as a Map per email
  // would cost more than the scoring itself.
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
  // One reading of the features, kept in order: how often each slot is used, and where each came from.
  const fields: Field[] = [];
  const at: number[] = [];
  visitFeatures(email, model.bits, (slot, origin) => {
    seen[slot] = (seen[slot] ?? 0) + 1;
    let index = fields.indexOf(origin.field);
    if (index === -1) index = fields.push(origin.field) - 1;
    at.push(slot, index, origin.first, origin.last);
  });
  const scores = new Map<Field, number[]>();
  for (let k = 0; k < at.length; k += 4) {
    const slot = at[k] ?? 0;
    const weight = (model.weights[slot] ?? 0) * model.scale;
    if (weight === 0) continue;
    const field = fields[at[k + 1] ?? 0];
    if (!field) continue;
    const first = at[k + 2] ?? 0;
    const last = at[k + 3] ?? first;
    // A slot that several features share weighs once, split between them.
    const share = (weight * (value[slot] ?? 0)) / (seen[slot] || 1);
    let words = scores.get(field);
    if (!words) {
      words = new Array<number>(field.tokens.words.length).fill(0);
      scores.set(field, words);
    }
    const span = last - first + 1;
    for (let i = first; i <= last; i++) words[i] = (words[i] ?? 0) + share / span;
  }

  for (const slot of features.slots) {
    value[slot] = 0;
    seen[slot] = 0;
  }

  const candidates: { field: Field; at: number; score: number }[] = [];
  for (const [field, words] of scores) {
    words.forEach((score, at) => {
      if (score > 0) candidates.push({ field, at, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score);
  const used = new Map<Field, Set<number>>();
  const reasons: Reason[] = [];
  for (const { field, at } of candidates) {
    if (reasons.length >= REASONS) break;
    const taken = used.get(field) ?? new Set<number>();
    used.set(field, taken);
    if (taken.has(at)) continue;
    const words = scores.get(field) ?? [];
    const { sentences, starts, ends } = field.tokens;
    let first = at;
    let last = at;
    const widen = (next: number) =>
      next >= 0 &&
      next < words.length &&
      !taken.has(next) &&
      sentences[next] === sentences[at] &&
      (words[next] ?? 0) > 0 &&
      last - first + 1 < PHRASE_WORDS;
    for (;;) {
      const before = widen(first - 1) ? (words[first - 1] ?? 0) : -1;
      const after = widen(last + 1) ? (words[last + 1] ?? 0) : -1;
      if (before < 0 && after < 0) break;
      if (before >= after) first -= 1;
      else last += 1;
    }
    let weight = 0;
    for (let i = first; i <= last; i++) {
      taken.add(i);
      weight += words[i] ?? 0;
    }
    const text = field.field === "subject" ? email.subject : email.body;
    const start = starts[first] ?? 0;
    const end = ends[last] ?? start;
    reasons.push({
      phrase: typeof text === "string" ? text.slice(start, end) : "",
      field: field.field,
      start,
      end,
      signal: "model",
      weight: Math.round(weight * 100) / 100,
    });
  }
  return reasons;
}
