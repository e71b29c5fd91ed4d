import { beforeEach, describe, expect, it, vi } from "vitest";
import { classifyLines, type TextSink } from "../../scripts/classify";
import type { EmailInput, Verdict } from "../../src/core/detect/types";

// The CLI is tested on its own: the detector is replaced by one that records what it was given.
const calls = vi.hoisted((): EmailInput[] => []);
vi.mock("../../src/core/detect", () => ({
  classify: (email: EmailInput): Verdict => {
    calls.push(email);
    if (email.subject === "make it throw") throw new Error("boom");
    const rejected = /regret/i.test(email.body);
    return {
      verdict: rejected ? "rejection" : "not_rejection",
      confidence: rejected ? 0.876543 : 0.9,
      kind: rejected ? "rejection_after_application" : "other",
      language: "en",
      reasons: rejected
        ? [{ phrase: "regret", field: "body", start: 3, end: 9, signal: "rejection", weight: 2 }]
        : [],
    };
  },
}));

function sink(): TextSink & { text: () => string } {
  const chunks: string[] = [];
  return { write: (chunk) => chunks.push(chunk) > 0, text: () => chunks.join("") };
}

async function* linesOf(...lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

async function run(...lines: string[]) {
  const out = sink();
  const err = sink();
  const code = await classifyLines(linesOf(...lines), out, err);
  const results = out
    .text()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code, results, errors: err.text() };
}

const line = (fields: Record<string, unknown>) => JSON.stringify(fields);

beforeEach(() => {
  calls.length = 0;
});

describe("npm run classify", () => {
  it("writes one verdict a line, with exactly the fields promised, and exits 0", async () => {
    const { code, results, errors } = await run(
      line({ id: "a", subject: "Your application", body: "We regret to tell you…" }),
      line({ id: "b", subject: "Interview", body: "See you on Monday" }),
    );
    expect(code).toBe(0);
    expect(errors).toBe("");
    expect(results).toEqual([
      {
        id: "a",
        verdict: "rejection",
        confidence: 0.877,
        kind: "rejection_after_application",
        language: "en",
        reasons: [
          { phrase: "regret", field: "body", start: 3, end: 9, signal: "rejection", weight: 2 },
        ],
      },
      {
        id: "b",
        verdict: "not_rejection",
        confidence: 0.9,
        kind: "other",
        language: "en",
        reasons: [],
      },
    ]);
    expect(Object.keys(results[0] ?? {})).toEqual([
      "id",
      "verdict",
      "confidence",
      "kind",
      "language",
      "reasons",
    ]);
  });

  it("reports a broken line by its number, classifies the others, and exits 1", async () => {
    const { code, results, errors } = await run(
      line({ id: "1", subject: "s", body: "b" }),
      "",
      '{"id": "2", "subject": "s", "body": ',
      "   ",
      line({ id: "3", subject: "s", body: "b" }),
    );
    expect(code).toBe(1);
    expect(results.map((result) => result.id)).toEqual(["1", "3"]);
    expect(errors).toMatch(/^line 3: not valid JSON/);
    expect(errors.trim().split("\n")).toHaveLength(1);
  });

  it("names the missing or mistyped field", async () => {
    const { code, results, errors } = await run(
      line({ id: "ok", subject: "s", body: "b" }),
      line({ id: "no-body", subject: "s" }),
      line({ id: 7, subject: "s", body: "b" }),
      line({ id: "x", subject: null, body: "b" }),
      line({ id: "y", subject: "s", body: "b", from_name: 3 }),
      "[1, 2]",
    );
    expect(code).toBe(1);
    expect(results.map((result) => result.id)).toEqual(["ok"]);
    expect(errors.trim().split("\n")).toEqual([
      'line 2: "body" is missing',
      'line 3: "id" must be a string, found a number',
      'line 4: "subject" must be a string, found null',
      'line 5: "from_name" must be a string, found a number',
      "line 6: expected a JSON object, found an array",
    ]);
  });

  it("passes the detector only subject, body and sender, never a label or any other field", async () => {
    const { code } = await run(
      line({
        id: "en-001",
        label: "rejection",
        kind: "rejection_after_interview",
        lang: "en",
        hard_negative: false,
        ambiguous: false,
        note: "a label the detector must not see",
        subject: "Your interview",
        body: "Thanks for coming in.",
        from_name: "Ana Ruiz",
        from_address: "ana@fernleaf.example",
      }),
      line({ id: "no-sender", subject: "Hi", body: "Hello", label: "not_rejection" }),
      line({ id: "name-only", subject: "Hi", body: "Hello", from_name: "Bo", from_address: null }),
    );
    expect(code).toBe(0);
    expect(calls).toEqual([
      {
        subject: "Your interview",
        body: "Thanks for coming in.",
        from: { name: "Ana Ruiz", address: "ana@fernleaf.example" },
      },
      { subject: "Hi", body: "Hello" },
      { subject: "Hi", body: "Hello", from: { name: "Bo" } },
    ]);
  });

  it("drops a byte-order mark and accepts Windows line ends left in a line", async () => {
    const { code, results } = await run(`\uFEFF${line({ id: "bom", subject: "s", body: "b" })}\r`);
    expect(code).toBe(0);
    expect(results.map((result) => result.id)).toEqual(["bom"]);
  });

  it("keeps going when the detector throws, and exits 1", async () => {
    const { code, results, errors } = await run(
      line({ id: "bad", subject: "make it throw", body: "" }),
      line({ id: "good", subject: "s", body: "b" }),
    );
    expect(code).toBe(1);
    expect(results.map((result) => result.id)).toEqual(["good"]);
    expect(errors).toBe("line 1: the detector threw: boom\n");
  });

  it("writes nothing and exits 0 for an empty input", async () => {
    expect(await run()).toEqual({ code: 0, results: [], errors: "" });
  });
});
