// Reading the JSON-lines files that `npm run classify` and `npm run bench:detect` take (issue #3).
import { createReadStream, openSync } from "node:fs";
import { createInterface } from "node:readline";
import type { EmailInput } from "../../src/core/detect/types";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** One email to classify: its id and only what the detector may see. */
export interface EmailRecord {
  id: string;
  input: EmailInput;
}

export type Label = "rejection" | "not_rejection";

/** One email of a labelled set, as the benchmark scores it. */
export interface LabelledEmail extends EmailRecord {
  label: Label;
  kind: string;
  lang: string;
  hardNegative: boolean;
  ambiguous: boolean;
}

/**
 * The lines of a file, or of standard input for `-` or no path, one at a time, so a large file
 * never has to fit in memory. Throws at once (not on the first read) when the file cannot be opened.
 */
export function readLines(path?: string): AsyncIterable<string> {
  const input =
    path === undefined || path === "-"
      ? process.stdin
      : createReadStream("", { fd: openSync(path, "r"), encoding: "utf8" });
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

/** Lines numbered from 1, with a byte-order mark dropped and blank lines left out. */
export async function* numberedLines(
  lines: AsyncIterable<string>,
): AsyncGenerator<{ number: number; text: string }> {
  let number = 0;
  for await (const raw of lines) {
    number++;
    const text = number === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (text.trim() !== "") yield { number, text };
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function parseObject(line: string): Parsed<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, error: `expected a JSON object, found ${describe(value)}` };
  return { ok: true, value: value as Record<string, unknown> };
}

function requiredString(object: Record<string, unknown>, key: string): Parsed<string> {
  const value = object[key];
  if (value === undefined) return { ok: false, error: `"${key}" is missing` };
  if (typeof value !== "string")
    return { ok: false, error: `"${key}" must be a string, found ${describe(value)}` };
  return { ok: true, value };
}

/** Absent and null both mean "not given"; anything else must be a string. */
function optionalString(object: Record<string, unknown>, key: string): Parsed<string | undefined> {
  const value = object[key];
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (typeof value !== "string")
    return { ok: false, error: `"${key}" must be a string, found ${describe(value)}` };
  return { ok: true, value };
}

function optionalBoolean(object: Record<string, unknown>, key: string): Parsed<boolean> {
  const value = object[key];
  if (value === undefined || value === null) return { ok: true, value: false };
  if (typeof value !== "boolean")
    return { ok: false, error: `"${key}" must be true or false, found ${describe(value)}` };
  return { ok: true, value };
}

function emailRecordOf(object: Record<string, unknown>): Parsed<EmailRecord> {
  const id = requiredString(object, "id");
  if (!id.ok) return id;
  if (id.value.trim() === "") return { ok: false, error: `"id" is empty` };
  const subject = requiredString(object, "subject");
  if (!subject.ok) return subject;
  const body = requiredString(object, "body");
  if (!body.ok) return body;
  const name = optionalString(object, "from_name");
  if (!name.ok) return name;
  const address = optionalString(object, "from_address");
  if (!address.ok) return address;

  // Built field by field, so a label or any other field of the line never reaches the detector.
  const input: EmailInput = { subject: subject.value, body: body.value };
  if (name.value !== undefined || address.value !== undefined) {
    input.from = {};
    if (name.value !== undefined) input.from.name = name.value;
    if (address.value !== undefined) input.from.address = address.value;
  }
  return { ok: true, value: { id: id.value, input } };
}

/** A line for `npm run classify`: `id`, `subject`, `body`, optionally `from_name`, `from_address`. */
export function parseEmailLine(line: string): Parsed<EmailRecord> {
  const object = parseObject(line);
  return object.ok ? emailRecordOf(object.value) : object;
}

/** A line of a labelled set: the email, plus `label`, `kind`, `lang`, `hard_negative`, `ambiguous`. */
export function parseLabelledLine(line: string): Parsed<LabelledEmail> {
  const object = parseObject(line);
  if (!object.ok) return object;
  const record = emailRecordOf(object.value);
  if (!record.ok) return record;
  const label = object.value.label;
  if (label !== "rejection" && label !== "not_rejection")
    return {
      ok: false,
      error: `"label" must be "rejection" or "not_rejection", found ${JSON.stringify(label) ?? "nothing"}`,
    };
  const kind = optionalString(object.value, "kind");
  if (!kind.ok) return kind;
  const lang = optionalString(object.value, "lang");
  if (!lang.ok) return lang;
  const hardNegative = optionalBoolean(object.value, "hard_negative");
  if (!hardNegative.ok) return hardNegative;
  const ambiguous = optionalBoolean(object.value, "ambiguous");
  if (!ambiguous.ok) return ambiguous;
  return {
    ok: true,
    value: {
      ...record.value,
      label,
      kind: kind.value || "?",
      lang: lang.value || "?",
      hardNegative: hardNegative.value,
      ambiguous: ambiguous.value,
    },
  };
}
