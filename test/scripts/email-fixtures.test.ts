// The project's own labelled emails (test/fixtures/emails/<lang>.jsonl) are the detector's unit-test
// data and the default set of `npm run bench:detect`, with the blind split beside them: these checks
// keep them well-formed and complete.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseLabelledLine } from "../../scripts/lib/detect-jsonl";
import { LANGUAGES } from "../../src/core/detect/types";

const dir = join(import.meta.dirname, "..", "fixtures", "emails");

const REJECTION_KINDS = [
  "rejection_after_application",
  "rejection_after_interview",
  "position_filled",
];
const LOOK_ALIKE_KINDS = [
  "application_received",
  "interview_invite",
  "offer",
  "recruiter_outreach",
  "job_alert",
  "other",
];
const FIELDS = [
  "id",
  "label",
  "kind",
  "lang",
  "subject",
  "body",
  "from_name",
  "from_address",
  "hard_negative",
  "ambiguous",
];

// Where a mail client starts the quoted history, in each language (Gmail, then Outlook).
const QUOTE_HEADER =
  /^(On .+ wrote:|El .+ escribió:|Le .+ a écrit :|Am .+ schrieb .+:|Em .+ escreveu:|Op .+ schreef .+:|Il giorno .+ ha scritto:)$|^(From|De|Von|Van|Da) ?: .+\n(Sent|Enviado|Enviado el|Envoyé|Gesendet|Verzonden|Inviato) ?: /m;

type Row = Record<string, unknown>;

function rowsOf(file: string): Row[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Row);
}

// One id names one email, across the tuning files and the blind split alike.
const ids = new Set<string>();

/** The form every labelled email has, wherever it lives. */
function expectWellFormed(
  rows: Row[],
  lang: string,
  split: { idPattern: RegExp; emptySubject: boolean },
) {
  for (const [index, row] of rows.entries()) {
    const parsed = parseLabelledLine(JSON.stringify(row));
    expect(parsed, `line ${index + 1}`).toMatchObject({ ok: true });
    expect(
      Object.keys(row)
        .filter((key) => key !== "note")
        .sort(),
    ).toEqual([...FIELDS].sort());
    expect(row.id).toMatch(split.idPattern);
    expect(ids.has(row.id as string), `${row.id} is used twice`).toBe(false);
    ids.add(row.id as string);
    expect(row.lang).toBe(lang);
    expect(row.ambiguous).toBe(false);
    expect(typeof row.hard_negative).toBe("boolean");
    expect(typeof row.subject, `${row.id} subject`).toBe("string");
    const required = split.emptySubject
      ? (["body", "from_name"] as const)
      : (["subject", "body", "from_name"] as const);
    for (const key of required)
      expect((row[key] as string).trim(), `${row.id} ${key}`).not.toBe("");
    // Invented senders only: .example is reserved, so no address can ever reach a real person.
    expect(row.from_address, `${row.id}`).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.example$/);
  }
}

function expectKindsAgreeWithLabels(rejections: Row[], lookAlikes: Row[]) {
  for (const row of rejections) expect(REJECTION_KINDS, `${row.id}`).toContain(row.kind);
  for (const row of lookAlikes) expect(LOOK_ALIKE_KINDS, `${row.id}`).toContain(row.kind);
  for (const row of rejections) expect(row.hard_negative, `${row.id}`).toBe(false);
}

const quoting = (row: Row) => QUOTE_HEADER.test(row.body as string);

describe("the project's labelled emails", () => {
  it("has a file for each language the detector reads", () => {
    expect(readdirSync(dir)).toEqual(
      expect.arrayContaining(LANGUAGES.map((lang) => `${lang}.jsonl`)),
    );
  });

  describe.each([...LANGUAGES])("%s", (lang) => {
    const rows = rowsOf(join(dir, `${lang}.jsonl`));
    const rejections = rows.filter((row) => row.label === "rejection");
    const lookAlikes = rows.filter((row) => row.label === "not_rejection");

    it("reads as the benchmark reads it, with the corpus's fields and nothing left ambiguous", () => {
      expectWellFormed(rows, lang, {
        idPattern: new RegExp(`^${lang}-\\d{3}$`),
        emptySubject: false,
      });
    });

    it("gives each email a kind that agrees with its label", () => {
      expectKindsAgreeWithLabels(rejections, lookAlikes);
    });

    it("holds enough rejections and look-alikes, of every kind", () => {
      expect(rejections.length).toBeGreaterThanOrEqual(lang === "en" ? 12 : 4);
      expect(lookAlikes.length).toBeGreaterThanOrEqual(lang === "en" ? 25 : 8);
      expect(new Set(rejections.map((row) => row.kind))).toEqual(new Set(REJECTION_KINDS));
      expect(new Set(lookAlikes.map((row) => row.kind))).toEqual(new Set(LOOK_ALIKE_KINDS));
      expect(lookAlikes.filter((row) => row.hard_negative).length).toBeGreaterThanOrEqual(
        lang === "en" ? 15 : 6,
      );
    });

    it("quotes earlier messages both ways: a rejection quoting a non-rejection, and the reverse", () => {
      expect(rejections.some(quoting)).toBe(true);
      expect(lookAlikes.some(quoting)).toBe(true);
    });
  });
});

// The blind split (test/fixtures/emails/blind/<lang>.jsonl) is scored by `npm run bench:detect` apart
// from the tuning files and never tuned on; the training emails (train/<lang>.jsonl) are what the
// learned model learns from, beside the tuning files, and the rules need not get them all right. So
// nothing here asks how the detector classifies either: only their form is checked, a file at a time.
describe.each([
  {
    set: "the blind split",
    folder: "blind",
    idLetter: "b",
    least: { en: 40, other: 25 },
    refusals: 8,
  },
  {
    set: "the training emails",
    folder: "train",
    idLetter: "t",
    least: { en: 40, other: 30 },
    refusals: 10,
  },
])("$set", ({ folder, idLetter, least, refusals }) => {
  const setDir = join(dir, folder);
  const files = existsSync(setDir) ? readdirSync(setDir).sort() : [];
  const languages = LANGUAGES.filter((lang) => files.includes(`${lang}.jsonl`));

  it("holds only one file per language the detector reads, for all seven", () => {
    expect(files).toEqual(LANGUAGES.map((lang) => `${lang}.jsonl`).sort());
    expect(languages).toHaveLength(LANGUAGES.length);
  });

  describe.each(languages)("%s", (lang) => {
    const rows = rowsOf(join(setDir, `${lang}.jsonl`));
    const rejections = rows.filter((row) => row.label === "rejection");
    const lookAlikes = rows.filter((row) => row.label === "not_rejection");

    it("has the tuning files' fields and ids of its own; here a subject may be empty", () => {
      expectWellFormed(rows, lang, {
        idPattern: new RegExp(`^${lang}-${idLetter}\\d{3,}$`),
        emptySubject: true,
      });
    });

    it("gives each email a kind that agrees with its label", () => {
      expectKindsAgreeWithLabels(rejections, lookAlikes);
    });

    it("holds enough rejections and look-alikes, of every kind", () => {
      const fewest = lang === "en" ? least.en : least.other;
      expect(rejections.length).toBeGreaterThanOrEqual(fewest);
      expect(lookAlikes.length).toBeGreaterThanOrEqual(fewest);
      expect(new Set(rejections.map((row) => row.kind))).toEqual(new Set(REJECTION_KINDS));
      expect(new Set(lookAlikes.map((row) => row.kind))).toEqual(new Set(LOOK_ALIKE_KINDS));
      // Refusals of things that are not a job (a grant, a flat, a manuscript) share the vocabulary.
      expect(
        lookAlikes.filter((row) => row.kind === "other" && row.hard_negative).length,
      ).toBeGreaterThanOrEqual(refusals);
    });

    it("has rejections that reply to an earlier message of the thread", () => {
      expect(rejections.some(quoting)).toBe(true);
    });
  });
});
