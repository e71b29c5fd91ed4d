import { describe, expect, it } from "vitest";
import { classify } from "../../../src/core/detect";
import type { EmailInput } from "../../../src/core/detect/types";

// Deterministic pseudo-random numbers, so a failure can be replayed.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const WORDS = [
  "not",
  "no",
  "move",
  "forward",
  "with",
  "other",
  "candidates",
  "if",
  "unfortunately",
  "position",
  "filled",
  "regret",
  "to",
  "inform",
  "you",
  "\n",
  ".",
  "<div>",
  ">",
  "On",
  "wrote:",
  "nicht",
  "für",
  "andere",
  "Kandidaten",
  "*",
  "/",
  "+",
];

function expectVerdict(email: EmailInput): void {
  const verdict = classify(email);
  expect(["rejection", "not_rejection"]).toContain(verdict.verdict);
  expect(verdict.confidence).toBeGreaterThanOrEqual(0);
  expect(verdict.confidence).toBeLessThanOrEqual(1);
}

describe("the detector on any input", () => {
  it("answers for empty and missing fields", () => {
    expectVerdict({ subject: "", body: "" });
    expectVerdict({ subject: undefined, body: null } as unknown as EmailInput);
    expectVerdict(null as unknown as EmailInput);
    expectVerdict({ subject: 42, body: { text: "x" } } as unknown as EmailInput);
  });

  it("still finds a rejection in 5 MB of text, and answers for binary junk", () => {
    const long = classify({
      subject: "Your application",
      body: `Thank you for applying for the Analyst position. ${"We have decided not to move forward. ".repeat(140_000)}`,
    });
    expect(long.verdict).toBe("rejection");
    expect(long.reasons.some((reason) => reason.phrase.includes("not to move forward"))).toBe(true);
    const next = random(7);
    const junk = Array.from({ length: 1_000_000 }, () =>
      String.fromCharCode(Math.floor(next() * 0xffff)),
    ).join("");
    expectVerdict({ subject: junk.slice(0, 5000), body: junk });
  });

  it("answers for HTML left in the text, without reading the markup as words", () => {
    const verdict = classify({
      subject: "Update",
      body: '<div class="not move forward other candidates"><p>Thanks for your interest in the role.</p></div>',
    });
    expect(verdict.verdict).toBe("not_rejection");
  });

  it("answers for patterns built to make a matcher backtrack", () => {
    expectVerdict({ subject: "", body: `${"not ".repeat(200_000)}move` });
    expectVerdict({ subject: "", body: `${"move forward with ".repeat(50_000)}x` });
    expectVerdict({ subject: "", body: "a".repeat(2_000_000) });
    expectVerdict({ subject: "", body: `${"<".repeat(100_000)}${">".repeat(100_000)}` });
    expectVerdict({ subject: "", body: "<a".repeat(200_000) });
    // A rejection after a page of junk markup is still read.
    const afterJunk = classify({
      subject: "Your application",
      body: `${"<a".repeat(3000)}\n\nThank you for applying for the role. We have decided not to move forward with your application.`,
    });
    expect(afterJunk.verdict).toBe("rejection");
    expectVerdict({ subject: "", body: "On \n".repeat(100_000) });
    expectVerdict({ subject: "", body: "From: x\n".repeat(100_000) });
  });

  it("answers for a thousand random mixes of its own trigger words", () => {
    const next = random(42);
    for (let i = 0; i < 1000; i++) {
      const length = Math.floor(next() * 300);
      const body = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ");
      expectVerdict({ subject: body.slice(0, 40), body });
    }
  });
});
