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
  /** How many words the newest message has (within what is read). */
  words: number;
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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;
// The hashes of each feature kind's prefix ("w ", "b ", "c "), where every feature's hash starts.
const WORD_START = fnvStep(fnvStep(FNV_OFFSET, "w".charCodeAt(0)), SPACE);
const PAIR_START = fnvStep(fnvStep(FNV_OFFSET, "b".charCodeAt(0)), SPACE);
const PIECE_START = fnvStep(fnvStep(FNV_OFFSET, "c".charCodeAt(0)), SPACE);
const OPEN = "<".charCodeAt(0);
const CLOSE = ">".charCodeAt(0);

function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

function fnvMore(hash: number, text: string): number {
  let state = hash;
  for (let i = 0; i < text.length; i++) state = fnvStep(state, text.charCodeAt(i));
  return state;
}

/**
 * Every feature of the email's fields (`modelFields`), in reading order, with where it comes from:
 * an object the visitor reads at once and does not keep, as it changes with the next feature.
 * Hashes are built a character at a time (FNV-1a of "w <word>", "b <word> <next>", "c <piece of
 * <word>>"), so no string is made for a feature.
 */
export function visitFields(
  fields: readonly Field[],
  bits: number,
  visit: (slot: number, origin: FeatureOrigin) => void,
): void {
  const mask = (1 << bits) - 1;
  for (const field of fields) {
    const { words, sentences } = field.tokens;
    const origin: FeatureOrigin = { block: 0, field, first: 0, last: 0 };
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? "";
      origin.block = 0;
      origin.first = i;
      origin.last = i;
      visit((fnvMore(WORD_START, word) >>> 0) & mask, origin);
      if (i + 1 < words.length && sentences[i + 1] === sentences[i]) {
        const pair = fnvMore(fnvStep(fnvMore(PAIR_START, word), SPACE), words[i + 1] ?? "");
        origin.last = i + 1;
        visit((pair >>> 0) & mask, origin);
        origin.last = i;
      }
      origin.block = 1;
      // The pieces of "<word>", 3 to 5 characters long, by where they start.
      const length = word.length + 2;
      for (let j = 0; j + 3 <= length; j++) {
        let hash = PIECE_START;
        for (let k = j; k < j + 5 && k < length; k++) {
          const code = k === 0 ? OPEN : k === length - 1 ? CLOSE : word.charCodeAt(k - 1);
          hash = fnvStep(hash, code);
          if (k - j + 1 >= 3) visit((hash >>> 0) & mask, origin);
        }
      }
    }
  }
}

/**
 * Which blocks each slot is in for the email being read (bit 1: words, bit 2: letter pieces), in a
 * table reused from email to email and cleared behind it, so reading allocates no table.
 */
let blocksOf = new Uint8Array(0);

/** The features of `email` (or of its fields, when already read) in a table of 2^`bits` slots. */
export function featuresOf(
  email: EmailInput,
  bits: number,
  fields: readonly Field[] = modelFields(email),
): Features {
  const size = 1 << bits;
  if (blocksOf.length !== size) blocksOf = new Uint8Array(size);
  const table = blocksOf;
  const touched: number[] = [];
  const counts = [0, 0];
  let bodyWords = 0;
  visitFields(fields, bits, (slot, origin) => {
    if (origin.field.field === "body" && origin.last >= bodyWords) bodyWords = origin.last + 1;
    const bit = origin.block === 0 ? 1 : 2;
    const had = table[slot] ?? 0;
    if (had & bit) return;
    if (had === 0) touched.push(slot);
    table[slot] = had | bit;
    counts[origin.block] = (counts[origin.block] ?? 0) + 1;
  });
  // Each block scaled to length one; a slot both blocks use gets both values.
  const wordValue = counts[0] ? 1 / Math.sqrt(counts[0]) : 0;
  const pieceValue = counts[1] ? 1 / Math.sqrt(counts[1]) : 0;
  const slots = Int32Array.from(touched).sort();
  const values = new Float32Array(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] ?? 0;
    const mask = table[slot] ?? 0;
    values[i] = (mask & 1 ? wordValue : 0) + (mask & 2 ? pieceValue : 0);
    table[slot] = 0;
  }
  return { slots, values, words: bodyWords };
}
