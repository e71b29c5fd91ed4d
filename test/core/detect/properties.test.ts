import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classify } from "../../../src/core/detect";
import {
  type EmailInput,
  type EmailKind,
  LANGUAGES,
  type Verdict,
} from "../../../src/core/detect/types";
import { hostileText, hugeText, RUNS } from "../../setup/hostile-strings";

/** Every kind the detector may give; typed, so a kind added to `EmailKind` must be added here. */
const KINDS: Record<EmailKind, true> = {
  rejection_after_application: true,
  rejection_after_interview: true,
  position_filled: true,
  application_received: true,
  interview_invite: true,
  offer: true,
  recruiter_outreach: true,
  job_alert: true,
  other: true,
};

/** What every verdict holds, whatever it read: known values, a confidence in [0, 1], reasons inside the text. */
function expectSane(verdict: Verdict, email: { subject: unknown; body: unknown }): void {
  expect(["rejection", "not_rejection"]).toContain(verdict.verdict);
  expect(Object.hasOwn(KINDS, verdict.kind)).toBe(true);
  expect(LANGUAGES).toContain(verdict.language);
  expect(Number.isFinite(verdict.confidence)).toBe(true);
  expect(verdict.confidence).toBeGreaterThanOrEqual(0);
  expect(verdict.confidence).toBeLessThanOrEqual(1);
  for (const reason of verdict.reasons) {
    const field = reason.field === "subject" ? email.subject : email.body;
    expect(typeof field).toBe("string");
    expect(reason.start).toBeGreaterThanOrEqual(0);
    expect(reason.end).toBeGreaterThanOrEqual(reason.start);
    expect(reason.end).toBeLessThanOrEqual((field as string).length);
    expect(Number.isFinite(reason.weight)).toBe(true);
  }
}

const email = (text: fc.Arbitrary<string>): fc.Arbitrary<EmailInput> =>
  fc.record({
    subject: text,
    body: text,
    from: fc.record({ name: text, address: text }, { requiredKeys: [] }),
  });

describe("the detector, on hostile mail", () => {
  it("never throws, and its verdict is always a sane one", () => {
    fc.assert(
      fc.property(email(hostileText), (input) => {
        expectSane(classify(input), input);
      }),
      { numRuns: RUNS.hostile },
    );
  });

  it("reads huge mail, in the subject or the body", () => {
    fc.assert(
      fc.property(email(hugeText), (input) => {
        expectSane(classify(input), input);
      }),
      { numRuns: RUNS.huge },
    );
  });

  it("takes anything at all for an email without throwing", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (subject, body) => {
        expectSane(classify({ subject, body } as unknown as EmailInput), {
          subject: typeof subject === "string" ? subject : "",
          body: typeof body === "string" ? body : "",
        });
      }),
      { numRuns: RUNS.hostile },
    );
  });
});
