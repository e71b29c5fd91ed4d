import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { saveFeedback } from "../../src/db/feedback";
import { addFollowUp } from "../../src/db/follow-ups";
import { loadInsights } from "../../src/db/insights";
import { addInterview } from "../../src/db/interviews";
import { saveReflection } from "../../src/db/reflections";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

const now = new Date(2026, 10, 20, 12, 0); // local time

describe("loadInsights", () => {
  it("reads the tables and adds them up", async () => {
    const db = freshDatabase();
    const lumen = await addInterview(
      db,
      { ...emptyDraft(), company: "Lumen", date: "2026-11-03" },
      now,
    );
    const northwind = await addInterview(
      db,
      { ...emptyDraft(), company: "Northwind", date: "2026-10-12" },
      now,
    );
    await saveReflection(
      db,
      lumen,
      {
        direct: { answer: "no", note: "" },
        humble: { answer: "yes", note: "" },
        flow: { answer: "partly", note: "" },
        prepared: { answer: "yes", note: "" },
      },
      "",
      now,
    );
    await saveReflection(db, northwind, { direct: { answer: "partly", note: "" } }, "", now);
    const message = { host: "gmail" as const, messageId: "m" };
    await addFollowUp(db, {
      interviewId: lumen,
      kind: "feedback_request",
      ...message,
      draftedAt: "2026-11-10T09:00:00.000Z",
    });
    await addFollowUp(db, {
      interviewId: northwind,
      kind: "feedback_request",
      ...message,
      draftedAt: "2026-10-20T09:00:00.000Z",
    });
    await addFollowUp(db, {
      interviewId: lumen,
      kind: "thank_you",
      ...message,
      draftedAt: "2026-11-03T18:00:00.000Z",
    });
    await saveFeedback(
      db,
      {
        interviewId: lumen,
        received: true,
        text: "More concise, please",
        themes: ["direct_answers"],
        receivedAt: "2026-11-14",
      },
      now,
    );
    await saveFeedback(db, { interviewId: northwind, received: false, text: "", themes: [] }, now);

    const insights = await loadInsights(db, now);
    expect(insights.reflections).toBe(2);
    expect(insights.checklist[0]).toMatchObject({
      key: "direct",
      answered: 2,
      no: 1,
      partly: 1,
      share: 1,
    });
    expect(insights.checklist[2]).toMatchObject({ key: "flow", answered: 1, partly: 1, share: 1 });
    expect(insights.themes).toEqual([{ theme: "direct_answers", count: 1, share: 1 }]);
    expect(insights.feedbackRequests).toEqual({
      drafted: 2,
      interviews: 2,
      answered: 1,
      noneCame: 1,
      share: 0.5,
    });
    expect(insights.months.at(-1)).toMatchObject({
      month: "2026-11",
      answers: 4,
      notYes: 2,
      share: 0.5,
    });
    expect(insights.months.at(-2)).toMatchObject({
      month: "2026-10",
      answers: 1,
      notYes: 1,
      share: 1,
    });
  });

  it("works on an empty database", async () => {
    const insights = await loadInsights(freshDatabase(), now);
    expect(insights.reflections).toBe(0);
    expect(insights.months).toHaveLength(6);
  });
});
