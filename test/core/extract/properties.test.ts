import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EmailInput } from "../../../src/core/detect/types";
import { type Extraction, extract } from "../../../src/core/extract";
import { isCalendarDate } from "../../../src/core/interview-draft";
import { hostileText, hugeText, RUNS } from "../../setup/hostile-strings";

const NOW = new Date("2026-10-23T09:12:00");

/** What every extraction holds: text fields, people with names, real dates at offsets inside the body. */
function expectSane(extraction: Extraction, body: string): void {
  for (const field of ["company", "role", "senderFirstName", "recipientFirstName"] as const)
    expect(typeof extraction[field]).toBe("string");
  for (const person of extraction.people) expect(typeof person.name).toBe("string");
  for (const mentioned of extraction.dates) {
    expect(isCalendarDate(mentioned.date)).toBe(true);
    if (mentioned.time !== undefined) expect(mentioned.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    expect(mentioned.start).toBeGreaterThanOrEqual(0);
    expect(mentioned.end).toBeGreaterThan(mentioned.start);
    expect(mentioned.end).toBeLessThanOrEqual(body.length);
  }
  if (extraction.interviewDate)
    expect(extraction.dates.map((mentioned) => mentioned.date)).toContain(
      extraction.interviewDate.date,
    );
}

const email = (text: fc.Arbitrary<string>): fc.Arbitrary<EmailInput> =>
  fc.record({
    subject: text,
    body: text,
    from: fc.record({ name: text, address: text }, { requiredKeys: [] }),
  });

describe("the extractor, on hostile mail", () => {
  it("never throws, and what it gives is well formed", () => {
    fc.assert(
      fc.property(email(hostileText), (input) => {
        expectSane(extract(input, { now: NOW }), input.body);
      }),
      { numRuns: RUNS.hostile },
    );
  });

  it("reads huge mail", () => {
    fc.assert(
      fc.property(email(hugeText), (input) => {
        expectSane(extract(input, { now: NOW }), input.body);
      }),
      { numRuns: RUNS.huge },
    );
  });

  it("takes anything at all for an email, or for its options, without throwing", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const body =
          typeof (input as EmailInput | null)?.body === "string" ? (input as EmailInput).body : "";
        expectSane(extract(input as EmailInput, options as { now?: Date }), body);
      }),
      { numRuns: RUNS.hostile },
    );
  });
});
