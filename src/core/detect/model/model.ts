import type { EmailInput, Reason } from "../types";
import { featuresOf } from "./features";

/**
 * The learned model the rules are checked against (see `combine.ts`): one weight per feature slot,
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
  for (const ch of clean) {
    const digit = BASE64.indexOf(ch);
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

/** The model's probability that `email` is a job rejection, and the words that weighed most for it. */
export function scoreWith(
  model: DetectorModel,
  email: EmailInput,
): { probability: number; reasons: Reason[] } {
  const features = featuresOf(email, model.bits);
  // A line or two says too little for the model to be sure of: "Thanks for your interest."
  if (features.words < MIN_WORDS) return { probability: 0, reasons: [] };
  let sum = model.bias;
  const contributions: [number, number][] = [];
  for (let i = 0; i < features.slots.length; i++) {
    const slot = features.slots[i] ?? 0;
    const weight = (model.weights[slot] ?? 0) * model.scale;
    if (weight === 0) continue;
    const contribution = weight * (features.values[i] ?? 0);
    sum += contribution;
    if (contribution > 0) contributions.push([slot, contribution]);
  }
  const probability = 1 / (1 + Math.exp(-sum));
  return { probability, reasons: strongestWords(email, features.sources, contributions) };
}

/** The email's own words behind the strongest contributions, each once, strongest first. */
function strongestWords(
  email: EmailInput,
  sources: ReturnType<typeof featuresOf>["sources"],
  contributions: [number, number][],
): Reason[] {
  const byWords = new Map<string, Reason>();
  for (const [slot, contribution] of contributions) {
    const source = sources.get(slot);
    if (!source) continue;
    const text = source.field === "subject" ? email.subject : email.body;
    const key = `${source.field}:${source.start}:${source.end}`;
    const known = byWords.get(key);
    if (known) known.weight += contribution;
    else
      byWords.set(key, {
        phrase: typeof text === "string" ? text.slice(source.start, source.end) : "",
        field: source.field,
        start: source.start,
        end: source.end,
        signal: "model",
        weight: contribution,
      });
  }
  return [...byWords.values()]
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, 3)
    .map((reason) => ({ ...reason, weight: Math.round(reason.weight * 100) / 100 }));
}
