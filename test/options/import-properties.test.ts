import "../setup/i18n";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyTables } from "../../src/db/tables";
import { checkImport, type ImportCheck, parseImport } from "../../src/options/import-data";
import { hostileText, hugeText, RUNS } from "../setup/hostile-strings";

/*
 * The import checker on hostile files. It relies only on the checker's contract: it never throws;
 * garbage gets `{ ok: false }` with at least one problem to show; a file as Debrief writes it gets
 * `{ ok: true }`. The valid files stay small and plain, so limits on size or count never refuse them.
 */

function expectRefused(result: ImportCheck): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem).toBe("string");
    expect(problem.trim()).not.toBe("");
  }
}

const word = fc.constantFrom(
  "Lumen",
  "Analytics",
  "Zoë",
  "Ærø",
  "Data",
  "Ops",
  "東京",
  "Café",
  "42",
);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => list.join(" "));
const maybe = (arbitrary: fc.Arbitrary<string>) => fc.oneof(fc.constant(""), arbitrary);
const day = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2100-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const moment = fc
  .date({
    min: new Date("2020-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hour, minute]) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`);

const interviewer = fc.record({
  name: words,
  email: maybe(fc.constantFrom("maya@lumen.example", "t.ferreira@cobalt-pine.example")),
  title: maybe(words),
});

const interviewFields = fc.record({
  company: words,
  role: maybe(words),
  round: maybe(words),
  date: day,
  time: maybe(clock),
  interviewers: fc.array(interviewer, { maxLength: 3 }),
  postingUrl: maybe(fc.constantFrom("https://jobs.example/analyst", "http://careers.example/1")),
  notes: maybe(words),
  status: fc.constantFrom("active", "offer", "rejected", "withdrawn", "no_answer"),
  threads: fc.array(fc.record({ host: fc.constantFrom("gmail", "outlook"), threadId: words }), {
    maxLength: 2,
  }),
  createdAt: moment,
  updatedAt: moment,
});

/** A small export as Debrief writes it: a few interviews, the other tables empty. */
const validFile = fc.array(interviewFields, { minLength: 1, maxLength: 4 }).map((interviews) => ({
  format: "debrief-export",
  version: 1,
  exportedAt: "2026-10-23T09:12:00.000Z",
  data: {
    ...emptyTables(),
    interviews: interviews.map((fields, index) => ({ id: index + 1, ...fields })),
  },
}));

describe("the import checker, on hostile files", () => {
  it("takes a file as Debrief writes it", () => {
    fc.assert(
      fc.property(validFile, (file) => {
        expect(parseImport(JSON.stringify(file)).ok).toBe(true);
      }),
      { numRuns: RUNS.hostile },
    );
  });

  it("refuses hostile text, with a problem to show, and never throws", () => {
    fc.assert(
      fc.property(hostileText, (text) => expectRefused(parseImport(text))),
      { numRuns: RUNS.hostile },
    );
  });

  it("refuses huge text and deeply nested JSON", () => {
    const nested = fc
      .tuple(fc.constantFrom("[", '{"a":', '{"data":'), fc.integer({ min: 1_000, max: 100_000 }))
      .map(([open, depth]) => open.repeat(depth));
    fc.assert(
      fc.property(fc.oneof(hugeText, nested), (text) => expectRefused(parseImport(text))),
      { numRuns: RUNS.huge * 2 },
    );
  });

  it("refuses any JSON value that is not an export", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expectRefused(checkImport(value));
        const text = JSON.stringify(value);
        if (text !== undefined) expectRefused(parseImport(text));
      }),
      { numRuns: RUNS.hostile },
    );
  });

  it("refuses an export whose interview holds a field of the wrong kind", () => {
    const notText = fc.anything().filter((value) => typeof value !== "string");
    fc.assert(
      fc.property(
        validFile,
        fc.constantFrom("company", "date", "status", "createdAt"),
        notText,
        (file, field, value) => {
          const [first] = file.data.interviews;
          if (first) Object.assign(first, { [field]: value });
          // What JSON cannot hold (undefined, a function) drops the field: still refused.
          expectRefused(parseImport(JSON.stringify(file)));
        },
      ),
      { numRuns: RUNS.hostile },
    );
  });

  it("never throws on garbage in an export's tables, and gives problems whenever it refuses", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (data) => {
        const result = checkImport({ format: "debrief-export", version: 1, data });
        if (!result.ok) expectRefused(result);
      }),
      { numRuns: RUNS.hostile },
    );
  });
});
