import { describe, expect, it } from "vitest";
import { createClassifier, kindOf, shippedModel, withLearnedModel } from "../../../src/core/detect";
import { featuresOf } from "../../../src/core/detect/model/features";
import {
  type DetectorModel,
  decodeModel,
  encodeWeights,
  scoreWith,
} from "../../../src/core/detect/model/model";
import { BOOKS } from "../../../src/core/detect/phrases";

const FOUNDER_NOTE = {
  subject: "Quick note",
  body: "Hi Sam,\n\nThanks for the chat about the designer role. It is no luck this time, I am afraid.\n\nAll the best,\nLee",
};

/** A model that knows one thing: the word pair "no luck" means a rejection. */
function oneIdeaModel(threshold = 0.9, unnamed = threshold): DetectorModel {
  const bits = 10;
  const weights = new Int8Array(1 << bits);
  const marked = featuresOf({ subject: "", body: "no luck" }, bits);
  const plain = featuresOf({ subject: "", body: "no" }, bits);
  for (const slot of marked.slots) if (!plain.slots.includes(slot)) weights[slot] = 127;
  return { bits, scale: 0.05, bias: -2, thresholds: { job: threshold, unnamed }, weights };
}

describe("the model's features", () => {
  it("are the same for the same email, each slot once, each block of length one", () => {
    const a = featuresOf(FOUNDER_NOTE, 14);
    const b = featuresOf({ ...FOUNDER_NOTE }, 14);
    expect([...a.slots]).toEqual([...b.slots]);
    expect(new Set(a.slots).size).toBe(a.slots.length);
    expect([...a.slots]).toEqual([...a.slots].sort((x, y) => x - y));
    const squares = [...a.values].reduce((sum, value) => sum + value * value, 0);
    // Two blocks of length one; slots shared by both blocks add up, so a little more is fine.
    expect(squares).toBeGreaterThan(1.9);
    expect(squares).toBeLessThan(2.2);
  });

  it("fold accents and case, and leave quoted history out", () => {
    const plain = featuresOf({ subject: "", body: "Leider haben wir uns entschieden" }, 14);
    const shouted = featuresOf({ subject: "", body: "LEIDER häben WIR uns entschieden" }, 14);
    const unaccented = featuresOf({ subject: "", body: "LEIDER haben WIR uns entschieden" }, 14);
    expect([...plain.slots]).toEqual([...unaccented.slots]);
    expect([...shouted.slots]).toEqual([...plain.slots]);
    const quoted = featuresOf(
      {
        subject: "",
        body: "Thanks!\n\nOn Mon, 2 Nov 2026 at 10:00, Ana <ana@x.example> wrote:\n> we regret",
      },
      14,
    );
    expect([...quoted.slots]).toEqual([...featuresOf({ subject: "", body: "Thanks!" }, 14).slots]);
  });
});

describe("what the model reads", () => {
  it("is the first 3,000 characters of the newest message, whole words only, as the rules read them", () => {
    const opening = `Hi Sam,\n\n${"Thanks for the chat about the role. ".repeat(83)}`;
    // The greeting and 83 sentences of 36 characters end at 2,997: "unfortunately" straddles the
    // 3,000th character, so neither it nor anything after it is read.
    const head = featuresOf({ subject: "Update", body: opening }, 14);
    const longer = featuresOf(
      { subject: "Update", body: `${opening}unfortunately no luck this time, sorry.\n\nLee` },
      14,
    );
    expect(opening.length).toBeLessThan(3_000);
    expect([...longer.slots]).toEqual([...head.slots]);
    const model = oneIdeaModel();
    const short = { subject: "", body: FOUNDER_NOTE.body };
    const twice = createClassifier(
      BOOKS,
      withLearnedModel({
        thresholds: model.thresholds,
        score: (email, threshold, fields) => scoreWith(model, email, threshold, fields),
      }),
    );
    const once = createClassifier(
      BOOKS,
      withLearnedModel({
        thresholds: model.thresholds,
        score: (email, threshold) => scoreWith(model, email, threshold),
      }),
    );
    expect(twice(short)).toEqual(once(short));
    expect(twice(short).decidedBy).toBe("model");
  });
});

describe("the weights file", () => {
  it("round-trips the 8-bit weights and refuses files it cannot read", () => {
    const model = oneIdeaModel();
    const file = {
      format: 2,
      bits: 10,
      scale: 0.2,
      bias: -4,
      thresholds: { job: 0.9, unnamed: 0.95 },
      weights: encodeWeights(model.weights),
    };
    expect(decodeModel(file)?.weights).toEqual(model.weights);
    expect(decodeModel(file)?.thresholds).toEqual(file.thresholds);
    expect(decodeModel({ ...file, format: 1 })).toBeNull();
    expect(decodeModel({ ...file, weights: file.weights.slice(4) })).toBeNull();
    expect(decodeModel({ ...file, weights: `!${file.weights.slice(1)}` })).toBeNull();
    expect(decodeModel({ ...file, bits: 40 })).toBeNull();
    expect(decodeModel({ ...file, thresholds: { job: 0.9, unnamed: "high" } })).toBeNull();
    expect(decodeModel({ ...file, thresholds: { job: 0.9 } })).toBeNull();
    expect(decodeModel({ ...file, thresholds: null })).toBeNull();
    expect(decodeModel(null)).toBeNull();
  });

  it("ships a model this code reads, trusted only above one half, and no less sure where no job is named", () => {
    const MODEL = shippedModel();
    expect(MODEL).not.toBeNull();
    const { job = 0, unnamed = 0 } = MODEL?.thresholds ?? {};
    expect(job).toBeGreaterThanOrEqual(0.5);
    expect(unnamed).toBeGreaterThanOrEqual(job);
    expect(MODEL?.weights.some((weight) => weight !== 0)).toBe(true);
  });
});

describe("rules and model together", () => {
  const model = oneIdeaModel();
  const classifierOf = (m: DetectorModel) =>
    createClassifier(
      BOOKS,
      withLearnedModel({
        thresholds: m.thresholds,
        score: (email, threshold) => scoreWith(m, email, threshold),
      }),
      kindOf,
    );
  const withModel = classifierOf(model);
  const rulesOnly = createClassifier(BOOKS);

  it("adds a rejection the rules miss when the model is sure, and says which words weighed", () => {
    expect(rulesOnly(FOUNDER_NOTE).verdict).toBe("not_rejection");
    const verdict = withModel(FOUNDER_NOTE);
    expect(verdict).toMatchObject({ verdict: "rejection", decidedBy: "model", language: "en" });
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
    const words = verdict.reasons.filter((reason) => reason.signal === "model");
    expect(words.length).toBeGreaterThan(0);
    for (const reason of words) {
      const field = reason.field === "subject" ? FOUNDER_NOTE.subject : FOUNDER_NOTE.body;
      expect(field.slice(reason.start, reason.end)).toBe(reason.phrase);
    }
    // The strongest word, widened to the neighbour that weighs with it: the pair the model knows.
    expect(words[0]?.phrase.toLowerCase()).toBe("no luck");
    expect(verdict.kind).toBe("rejection_after_application");
  });

  it("quotes words of one line only, as a signature's name and the next line are no phrase", () => {
    const broken = {
      ...FOUNDER_NOTE,
      body: "Hi Sam,\n\nThanks for the chat about the designer role. It is no\nluck this time, I am afraid.\n\nAll the best,\nLee",
    };
    const verdict = withModel(broken);
    expect(verdict.decidedBy).toBe("model");
    const words = verdict.reasons.filter((reason) => reason.signal === "model");
    expect(words.length).toBeGreaterThan(0);
    for (const reason of words) expect(reason.phrase).not.toContain("\n");
  });

  it("never adds one below its threshold, nor for an email about another dealing", () => {
    const sure = scoreWith(model, FOUNDER_NOTE).probability;
    const unsure = oneIdeaModel(sure + (1 - sure) / 2);
    const strict = classifierOf(unsure);
    expect(strict(FOUNDER_NOTE).verdict).toBe("not_rejection");
    const course = {
      subject: "Your application",
      body: "Dear applicant,\n\nThank you for your application to the master's programme. We cannot offer you a place on the course this year: no luck this time.\n\nAdmissions",
    };
    expect(rulesOnly(course).about).toBe("other");
    expect(scoreWith(model, course).probability).toBeGreaterThan(model.thresholds.job);
    expect(withModel(course).verdict).toBe("not_rejection");
  });

  it("never overturns the rules' rejection", () => {
    const alwaysNo = createClassifier(
      BOOKS,
      withLearnedModel({
        thresholds: { job: 0.5, unnamed: 0.5 },
        score: () => ({ probability: 0, reasons: [] }),
      }),
    );
    const rejection = {
      subject: "Your application",
      body: "Dear Sam,\n\nThank you for applying for the analyst position. Unfortunately we have decided not to move forward with your application.\n\nBest regards,\nPriya",
    };
    expect(alwaysNo(rejection)).toEqual(rulesOnly(rejection));
    expect(alwaysNo(rejection).verdict).toBe("rejection");
  });

  it("uses each room's own threshold, and adds nothing beside a job alert's words", () => {
    const sure = scoreWith(model, FOUNDER_NOTE).probability;
    // The rules name no dealing here: no role, no hiring, no course.
    const unnamed = {
      subject: "Saturday",
      body: "Hi Sam,\n\nThanks for Saturday, the bread you baked with us was lovely. It is no luck this time, I am afraid.\n\nAll the best,\nLee",
    };
    expect(rulesOnly(unnamed)).toMatchObject({ verdict: "not_rejection", about: "none" });
    expect(classifierOf(oneIdeaModel(0.9, sure / 2))(unnamed)).toMatchObject({
      verdict: "rejection",
      decidedBy: "model",
    });
    expect(classifierOf(oneIdeaModel(0.5, 0.999))(unnamed).verdict).toBe("not_rejection");
    // Job alerts are what a job seeker gets most: the model adds nothing where the rules read one.
    const beforeAlerts = {
      subject: "Your application",
      body: "Hi Sam,\n\nThanks for applying for the designer role. It is no luck this time, I am afraid.\n\nSimilar jobs you might be interested in: Senior Designer, Art Director.",
    };
    expect(rulesOnly(beforeAlerts).reasons.some((reason) => reason.signal === "jobAlert")).toBe(
      true,
    );
    expect(classifierOf(oneIdeaModel(0.5, 0.5))(beforeAlerts).verdict).toBe("not_rejection");
  });
});
