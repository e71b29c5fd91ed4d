import { describe, expect, it, vi } from "vitest";
import { createDetector } from "../../src/content/detector";
import type { EmailInput, Verdict } from "../../src/core/detect/types";

const REJECTION: EmailInput = {
  subject: "Your application",
  body: "Dear Sam,\n\nThank you for applying for the analyst position. Unfortunately we have decided not to move forward with your application.\n\nBest regards,\nPriya",
};
const PLAIN_NO: EmailInput = {
  subject: "Designer role",
  // No phrase of the rules says this no: the model is asked.
  body: "Hi Sam, thanks for the chat about the designer role. It won't work out this time, sorry. Lee",
};
const COURSE: EmailInput = {
  subject: "Your application",
  body: "Dear applicant,\n\nThank you for your application to the master's programme. We cannot offer you a place on the course this year.\n\nAdmissions",
};
const MODEL_SAYS: Verdict = {
  verdict: "rejection",
  confidence: 0.93,
  kind: "rejection_after_interview",
  language: "en",
  reasons: [
    { phrase: "won't work out", field: "body", start: 0, end: 0, signal: "model", weight: 1.2 },
  ],
  about: "job",
  decidedBy: "model",
};

function detectorWith(askModel: (email: EmailInput) => Promise<Verdict | null>) {
  return createDetector({ askPhraseBook: async () => null, askModel });
}

describe("the in-page detector and the background's model", () => {
  it("decides a rejection the rules find at once, without asking the background", async () => {
    const askModel = vi.fn(async () => null);
    expect((await detectorWith(askModel)(REJECTION)).verdict).toBe("rejection");
    expect(askModel).not.toHaveBeenCalled();
  });

  it("asks the background when the rules say no, and takes the model's rejection with its words", async () => {
    const askModel = vi.fn(async () => MODEL_SAYS);
    const verdict = await detectorWith(askModel)(PLAIN_NO);
    expect(askModel).toHaveBeenCalledWith(PLAIN_NO);
    expect(verdict).toEqual(MODEL_SAYS);
  });

  it("keeps the rules' no when the model adds nothing, the background is gone, or it answers something else", async () => {
    for (const answer of [async () => null, async () => Promise.reject(new Error("gone"))]) {
      expect((await detectorWith(answer)(PLAIN_NO)).verdict).toBe("not_rejection");
    }
    const odd = { ...MODEL_SAYS, verdict: "not_rejection" as const };
    expect((await detectorWith(async () => odd)(PLAIN_NO)).decidedBy).toBe("rules");
  });

  it("does not ask about an email the rules find is about another dealing", async () => {
    const askModel = vi.fn(async () => MODEL_SAYS);
    const verdict = await detectorWith(askModel)(COURSE);
    expect(verdict).toMatchObject({ verdict: "not_rejection", about: "other" });
    expect(askModel).not.toHaveBeenCalled();
  });
});
