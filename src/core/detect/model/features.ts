import { type Field, readFields } from "../fields";
import type { Tokens } from "../tokens";
import type { EmailInput } from "../types";

/**
 * What the learned model sees of an email: the subject and the newest message's first
 * `MODEL_READ_LIMIT` characters, folded (lower case, no accents), as two blocks of hashed features:
 * words and word pairs, and the 3- to 5-letter pieces of each word. Each feature is present or not;
 * each block is scaled to length 1, so a long email weighs no more than a short one. Hashing
 * (32-bit FNV-1a) puts any word, in any language, in one of 2^bits slots: nothing to look up.
 */

export const MODEL_READ_LIMIT = 3_000;

/** One email's features: slot numbers, each once and in order, with their values. */
export interface Features {
  slots: Int32Array;
  values: Float32Array;
  /** How many words the newest message has (within what is read). */
  words: number;
}

/**
 * The fields the model reads, from the words the rules read (`readFields`): the subject, and the
 * body's words that end within its first `MODEL_READ_LIMIT` characters.
 */
export function modelFields(fields: readonly Field[]): Field[] {
  return fields.map((field) => {
    const { tokens } = field;
    if (field.field === "subject") return field;
    let count = tokens.ends.length;
    while (count > 0 && (tokens.ends[count - 1] ?? 0) > MODEL_READ_LIMIT) count--;
    if (count === tokens.ends.length) return field;
    const head: Tokens = {
      words: tokens.words.slice(0, count),
      starts: tokens.starts.slice(0, count),
      ends: tokens.ends.slice(0, count),
      sentences: tokens.sentences.slice(0, count),
      quoted: tokens.quoted.slice(0, count),
      asked: tokens.asked,
    };
    return { field: field.field, tokens: head };
  });
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

/**
 * Every feature read, in reading order, four numbers each: slot, field index, first and last word.
 * Kept by whoever asks for it (see `featuresOf`) and reused from email to email: `length` says how
 * much of `entries` is this email's.
 */
export interface FeatureLog {
  entries: Int32Array;
  length: number;
}

/**
 * The features of `email` (or of its fields, when already read) in a table of 2^`bits` slots; with
 * `log`, each feature's origin is written there too, so explaining them needs no second reading.
 */
export function featuresOf(
  email: EmailInput,
  bits: number,
  fields: readonly Field[] = modelFields(readFields(email).fields),
  log?: FeatureLog,
): Features {
  const size = 1 << bits;
  if (blocksOf.length !== size) blocksOf = new Uint8Array(size);
  const table = blocksOf;
  const touched: number[] = [];
  const counts = [0, 0];
  let bodyWords = 0;
  let visiting = fields[0];
  let fieldIndex = 0;
  if (log) log.length = 0;
  visitFields(fields, bits, (slot, origin) => {
    if (origin.field.field === "body" && origin.last >= bodyWords) bodyWords = origin.last + 1;
    if (log) {
      if (origin.field !== visiting) {
        visiting = origin.field;
        fieldIndex = fields.indexOf(visiting);
      }
      if (log.length + 4 > log.entries.length) {
        const grown = new Int32Array(Math.max(4096, log.entries.length * 2));
        grown.set(log.entries);
        log.entries = grown;
      }
      const at = log.length;
      log.entries[at] = slot;
      log.entries[at + 1] = fieldIndex;
      log.entries[at + 2] = origin.first;
      log.entries[at + 3] = origin.last;
      log.length = at + 4;
    }
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
