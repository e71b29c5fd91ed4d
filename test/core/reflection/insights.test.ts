import { describe, expect, it } from "vitest";
import { computeInsights, type InsightsInput } from "../../../src/core/reflection/insights";

const now = new Date(2026, 10, 20, 12, 0); // 20 November 2026, local time

function reflection(
  interviewId: number,
  answers: Record<string, string>,
  createdAt = "2026-11-01T10:00:00Z",
) {
  return {
    interviewId,
    createdAt,
    answers: Object.fromEntries(
      Object.entries(answers).map(([key, answer]) => [key, { answer, note: "" }]),
    ),
  };
}

const input: InsightsInput = {
  interviews: [
    { id: 1, date: "2026-11-03" },
    { id: 2, date: "2026-10-15" },
    { id: 3, date: "2026-10-20" },
    { id: 4, date: "2026-08-05" },
    { id: 5, date: "2026-02-01" }, // before the six months
    { id: 6, date: "2026-11-10" },
  ],
  reflections: [
    reflection(1, { direct: "no", humble: "yes", flow: "partly", prepared: "no" }),
    reflection(2, { direct: "partly", humble: "yes", flow: "yes", prepared: "yes" }),
    reflection(3, { direct: "yes", humble: "no" }), // half answered
    reflection(4, { direct: "no", humble: "yes", flow: "yes", prepared: "yes" }),
    reflection(5, { direct: "no", humble: "no", flow: "no", prepared: "no" }),
    reflection(9, { direct: "yes", bogus: "no", flow: "maybe" }, "2026-09-12T09:00:00Z"), // interview gone
  ],
  feedback: [
    {
      interviewId: 1,
      received: true,
      themes: ["direct_answers", "preparation"],
      receivedAt: "2026-11-12T09:00:00Z",
    },
    {
      interviewId: 2,
      received: true,
      themes: ["preparation", "preparation", "oops"],
      receivedAt: "2026-10-30",
    },
    { interviewId: 3, received: false, themes: [], receivedAt: "2026-11-02T09:00:00Z" },
    { interviewId: 4, received: true, themes: ["fit"], receivedAt: "2026-08-01" }, // before the request
    {
      interviewId: 6,
      received: true,
      themes: ["direct_answers", "confidence"],
      receivedAt: "2026-11-15",
    },
  ],
  followUps: [
    { interviewId: 1, kind: "feedback_request", draftedAt: "2026-11-05T10:00:00Z" },
    { interviewId: 1, kind: "feedback_request", draftedAt: "2026-11-07T10:00:00Z" },
    { interviewId: 2, kind: "feedback_request", draftedAt: "2026-10-25T10:00:00Z" },
    { interviewId: 3, kind: "feedback_request", draftedAt: "2026-10-28T10:00:00Z" },
    { interviewId: 4, kind: "feedback_request", draftedAt: "2026-08-10T10:00:00Z" },
    { interviewId: 5, kind: "thank_you", draftedAt: "2026-02-01T18:00:00Z" },
  ],
};

describe("computeInsights", () => {
  const insights = computeInsights(input, now);

  it("counts each checklist answer, and the share of 'no' and 'partly'", () => {
    expect(insights.reflections).toBe(6);
    expect(insights.checklist.map((question) => question.key)).toEqual([
      "direct",
      "humble",
      "flow",
      "prepared",
    ]);
    expect(insights.checklist[0]).toEqual({
      key: "direct",
      message: "checklistDirect",
      answered: 6,
      yes: 2,
      partly: 1,
      no: 3,
      notYes: 4,
      share: 4 / 6,
    });
    // "maybe" is no answer: flow was answered four times.
    expect(insights.checklist[2]).toMatchObject({
      answered: 4,
      yes: 2,
      partly: 1,
      no: 1,
      share: 0.5,
    });
    expect(insights.checklist[3]).toMatchObject({ answered: 4, no: 2, share: 0.5 });
  });

  it("counts the themes of the feedback received, the most frequent first", () => {
    expect(insights.feedbackReceived).toBe(4);
    expect(insights.themes).toEqual([
      { theme: "direct_answers", count: 2, share: 0.5 },
      { theme: "preparation", count: 2, share: 0.5 },
      { theme: "confidence", count: 1, share: 0.25 },
      { theme: "fit", count: 1, share: 0.25 },
    ]);
  });

  it("counts the feedback requests that got an answer, after they were sent", () => {
    expect(insights.feedbackRequests).toEqual({
      drafted: 5,
      interviews: 4,
      answered: 2, // 1 and 2; 3 recorded that none came; 4's feedback came before the request
      noneCame: 1,
      share: 0.5,
    });
  });

  it("charts the last six months by the interview's month", () => {
    expect(insights.months.map((month) => month.month)).toEqual([
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    const byMonth = Object.fromEntries(insights.months.map((month) => [month.month, month]));
    expect(byMonth["2026-06"]).toEqual({
      month: "2026-06",
      reflections: 0,
      answers: 0,
      notYes: 0,
      share: null,
    });
    expect(byMonth["2026-08"]).toMatchObject({
      reflections: 1,
      answers: 4,
      notYes: 1,
      share: 0.25,
    });
    // The reflection whose interview is gone counts in the month it was written: one real answer.
    expect(byMonth["2026-09"]).toMatchObject({ reflections: 1, answers: 1, notYes: 0, share: 0 });
    expect(byMonth["2026-10"]).toMatchObject({
      reflections: 2,
      answers: 6,
      notYes: 2,
      share: 2 / 6,
    });
    expect(byMonth["2026-11"]).toMatchObject({
      reflections: 1,
      answers: 4,
      notYes: 3,
      share: 0.75,
    });
  });

  it("crosses the year back", () => {
    const months = computeInsights(input, new Date(2027, 1, 3)).months.map((month) => month.month);
    expect(months).toEqual(["2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02"]);
  });

  it("has nothing to say about nothing, without dividing by zero", () => {
    const empty = computeInsights(
      { interviews: [], reflections: [], feedback: [], followUps: [] },
      now,
    );
    expect(empty.reflections).toBe(0);
    expect(
      empty.checklist.every((question) => question.answered === 0 && question.share === null),
    ).toBe(true);
    expect(empty.themes).toEqual([]);
    expect(empty.feedbackRequests).toEqual({
      drafted: 0,
      interviews: 0,
      answered: 0,
      noneCame: 0,
      share: null,
    });
    expect(empty.months).toHaveLength(6);
    expect(empty.months.every((month) => month.share === null)).toBe(true);
  });
});
