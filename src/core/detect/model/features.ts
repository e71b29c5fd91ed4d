import { newestMessageEnd } from "../newest-message";
import { type Tokens, tokenize } from "../tokens";
import type { EmailInput } from "../types";

/**
 * What the learned model sees of an email: the subject and the newest message's first
 * `MODEL_READ_LIMIT` characters, folded (lower case, no accents), as two blocks of hashed features:
 * words and word pairs, and the 3- to 5-letter pieces of each word. Each feature is present or not;
 * each block is scaled to length 1, so a long email weighs no more than a short one. Hashing
 * (32-bit FNV-1a) puts any word, in any language, in one of 2^bits slots: nothing to look up.
 */

export const MODEL_READ_LIMIT = 3_000;
const SUBJECT_LIMIT = 1_000;

/** One email's features: slot numbers, each once and in order, with their values. */
export interface Features {
  slots: Int32Array;
  values: Float32Array;
  /** Where in the email each slot's first feature comes from, for "Why?". */
  sources: Map<number, FeatureSource>;
  /** How many words the newest message has (within what is read). */
  words: number;
}

export interface FeatureSource {
  field: "subject" | "body";
  start: number;
  end: number;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface Field {
  field: "subject" | "body";
  tokens: Tokens;
}

/** The fields the model reads, tokenised as the rules tokenise them (quoted lines left out). */
export function modelFields(email: EmailInput): Field[] {
  const subject = typeof email?.subject === "string" ? email.subject.slice(0, SUBJECT_LIMIT) : "";
  const body = typeof email?.body === "string" ? email.body : "";
  const head = body.length > MODEL_READ_LIMIT * 4 ? body.slice(0, MODEL_READ_LIMIT * 4) : body;
  const end = Math.min(newestMessageEnd(head), MODEL_READ_LIMIT);
  return [
    { field: "subject", tokens: tokenize(subject) },
    { field: "body", tokens: tokenize(body, end) },
  ];
}

/** Where a feature comes from: its block (0: words and pairs, 1: letter pieces) and its words. */
export interface FeatureOrigin {
  block: 0 | 1;
  field: Field;
  /** The word it comes from, and for a pair the next one too. */
  first: number;
  last: number;
}

/** Every feature of the email, in reading order, with where it comes from. */
export function visitFeatures(
  email: EmailInput,
  bits: number,
  visit: (slot: number, origin: FeatureOrigin) => void,
): void {
  const mask = (1 << bits) - 1;
  for (const field of modelFields(email)) {
    const { words, sentences } = field.tokens;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? "";
      const one: FeatureOrigin = { block: 0, field, first: i, last: i };
      visit(fnv1a(`w ${word}`) & mask, one);
      if (i + 1 < words.length && sentences[i + 1] === sentences[i]) {
        visit(fnv1a(`b ${word} ${words[i + 1]}`) & mask, { ...one, last: i + 1 });
      }
      const pieces: FeatureOrigin = { ...one, block: 1 };
      const padded = `<${word}>`;
      for (let n = 3; n <= 5; n++) {
        for (let j = 0; j + n <= padded.length; j++) {
          visit(fnv1a(`c ${padded.slice(j, j + n)}`) & mask, pieces);
        }
      }
    }
  }
}

/** The features of `email` in a table of 2^`bits` slots. */
export function featuresOf(email: EmailInput, bits: number): Features {
  const sources = new Map<number, FeatureSource>();
  const blocks: Set<number>[] = [new Set(), new Set()];
  let bodyWords = 0;
  visitFeatures(email, bits, (slot, origin) => {
    blocks[origin.block]?.add(slot);
    if (origin.field.field === "body") bodyWords = Math.max(bodyWords, origin.last + 1);
    if (!sources.has(slot)) {
      const { starts, ends } = origin.field.tokens;
      sources.set(slot, {
        field: origin.field.field,
        start: starts[origin.first] ?? 0,
        end: ends[origin.last] ?? 0,
      });
    }
  });
  const weights = new Map<number, number>();
  for (const block of blocks) {
    if (block.size === 0) continue;
    const value = 1 / Math.sqrt(block.size);
    for (const slot of block) weights.set(slot, (weights.get(slot) ?? 0) + value);
  }
  const slots = Int32Array.from(weights.keys()).sort();
  const values = Float32Array.from(slots, (slot) => weights.get(slot) ?? 0);
  return { slots, values, sources, words: bodyWords };
}
