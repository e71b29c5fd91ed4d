import { describe, expect, it, vi } from "vitest";
import { createDetector } from "../../src/content/detector";
import { BOOKS } from "../../src/core/detect/phrases";
import type { EmailInput, Language, Verdict } from "../../src/core/detect/types";

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

/** The background's answer to `phraseBook`: English only, as a page with no other book yet. */
const englishOnly = async (language: Language) => (language === "en" ? BOOKS.en : null);

function detectorWith(askModel: (email: EmailInput) => Promise<Verdict | null>) {
  return createDetector({ askPhraseBook: englishOnly, askModel });
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

  it("asks too when the rules name no dealing at all, where the background's model must be surer", async () => {
    const askModel = vi.fn(async () => MODEL_SAYS);
    const bakery = {
      subject: "Saturday",
      body: "Hi Sam, thanks for Saturday, the bread you baked with us was lovely. It won't work out this time, sorry. Lee",
    };
    expect(await detectorWith(askModel)(bakery)).toEqual(MODEL_SAYS);
    expect(askModel).toHaveBeenCalledWith(bakery);
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

  it("asks the background for the English phrases once, and its answer decides while none has come", async () => {
    const askPhraseBook = vi.fn(englishOnly);
    const detect = createDetector({ askPhraseBook, askModel: async () => null });
    await Promise.all([detect(REJECTION), detect(REJECTION)]);
    expect((await detect(REJECTION)).verdict).toBe("rejection");
    expect(askPhraseBook).toHaveBeenCalledTimes(1);
    expect(askPhraseBook).toHaveBeenCalledWith("en");

    // No book came (the background was waking, or is gone): the page cannot read the email
    // itself, so the background's full detector is asked even for what the rules would decide.
    const askModel = vi.fn(async () => MODEL_SAYS);
    const bookless = createDetector({ askPhraseBook: async () => null, askModel });
    expect(await bookless(REJECTION)).toEqual(MODEL_SAYS);
    expect(askModel).toHaveBeenCalledWith(REJECTION);
    const silent = createDetector({
      askPhraseBook: async () => null,
      askModel: async () => Promise.reject(new Error("gone")),
    });
    expect(await silent(REJECTION)).toMatchObject({ verdict: "not_rejection", reasons: [] });
  });

  it("asks for the English phrases again with the next email when none came, then reads on its own", async () => {
    // The worker stopped while it answered the page's first ask: the next email asks again.
    const askPhraseBook = vi
      .fn<(language: Language) => Promise<typeof BOOKS.en | null>>()
      .mockResolvedValueOnce(null)
      .mockImplementation(englishOnly);
    const askModel = vi.fn(async () => null);
    const detect = createDetector({ askPhraseBook, askModel });
    await detect(REJECTION);
    expect(askModel).toHaveBeenCalledTimes(1);
    expect((await detect(REJECTION)).verdict).toBe("rejection");
    expect((await detect(REJECTION)).verdict).toBe("rejection");
    expect(askPhraseBook.mock.calls.filter(([language]) => language === "en")).toHaveLength(2);
    // Read in the page from the second email on: the background's detector was asked only once.
    expect(askModel).toHaveBeenCalledTimes(1);
  });
});
