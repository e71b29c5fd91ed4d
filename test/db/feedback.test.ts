import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { getFeedback, listFeedback, saveFeedback, updateFeedback } from "../../src/db/feedback";
import { addInterview, RefusedWriteError } from "../../src/db/interviews";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

const now = new Date(Date.UTC(2026, 10, 20, 9));
const later = new Date(Date.UTC(2026, 10, 27, 9));

async function withInterview() {
  const db = freshDatabase();
  const interviewId = await addInterview(
    db,
    { ...emptyDraft(), company: "Lumen", date: "2026-11-02" },
    now,
  );
  return { db, interviewId };
}

describe("saveFeedback", () => {
  it("records what came back, its themes each once in the order of THEMES", async () => {
    const { db, interviewId } = await withInterview();
    const id = await saveFeedback(
      db,
      {
        interviewId,
        received: true,
        text: "  Answers ran long; more depth on system design.  ",
        themes: ["technical_depth", "direct_answers", "technical_depth"],
      },
      now,
    );
    expect(await getFeedback(db, id)).toEqual({
      id,
      interviewId,
      received: true,
      text: "Answers ran long; more depth on system design.",
      themes: ["direct_answers", "technical_depth"],
      receivedAt: now.toISOString(),
      createdAt: now.toISOString(),
    });
  });

  it("records that nothing came, without themes, on the day the user gives", async () => {
    const { db, interviewId } = await withInterview();
    const id = await saveFeedback(
      db,
      { interviewId, received: false, text: "", themes: ["fit"], receivedAt: "2026-11-19" },
      now,
    );
    expect(await getFeedback(db, id)).toMatchObject({
      received: false,
      themes: [],
      receivedAt: "2026-11-19",
    });
  });

  it("refuses unknown themes, impossible dates and interviews that are gone, writing nothing", async () => {
    const { db, interviewId } = await withInterview();
    const base = { interviewId, received: true, text: "x", themes: [] as string[] };
    await expect(saveFeedback(db, { ...base, themes: ["luck"] }, now)).rejects.toBeInstanceOf(
      RefusedWriteError,
    );
    await expect(
      saveFeedback(db, { ...base, receivedAt: "2026-02-30" }, now),
    ).rejects.toBeInstanceOf(RefusedWriteError);
    await expect(
      saveFeedback(db, { ...base, receivedAt: "yesterday" }, now),
    ).rejects.toBeInstanceOf(RefusedWriteError);
    await expect(saveFeedback(db, { ...base, interviewId: 99 }, now)).rejects.toBeInstanceOf(
      RefusedWriteError,
    );
    expect(await db.feedback.count()).toBe(0);
  });
});

describe("listFeedback and updateFeedback", () => {
  it("lists an interview's feedback, the latest first, and no other's", async () => {
    const { db, interviewId } = await withInterview();
    const other = await addInterview(
      db,
      { ...emptyDraft(), company: "Other", date: "2026-11-03" },
      now,
    );
    const none = await saveFeedback(
      db,
      { interviewId, received: false, text: "", themes: [] },
      now,
    );
    const answer = await saveFeedback(
      db,
      { interviewId, received: true, text: "Be more concise", themes: ["direct_answers"] },
      later,
    );
    await saveFeedback(db, { interviewId: other, received: true, text: "", themes: [] }, later);
    expect((await listFeedback(db, interviewId)).map((feedback) => feedback.id)).toEqual([
      answer,
      none,
    ]);
    expect(await listFeedback(db, 999)).toEqual([]);
  });

  it("lets the user correct themes and text, checked as when saved", async () => {
    const { db, interviewId } = await withInterview();
    const id = await saveFeedback(
      db,
      { interviewId, received: true, text: "Nervous", themes: ["confidence"] },
      now,
    );
    await updateFeedback(
      db,
      id,
      { themes: ["preparation", "confidence"], text: " Nervous, unprepared " },
      later,
    );
    expect(await getFeedback(db, id)).toMatchObject({
      text: "Nervous, unprepared",
      themes: ["confidence", "preparation"],
      receivedAt: now.toISOString(),
      createdAt: now.toISOString(),
    });
    await expect(updateFeedback(db, id, { themes: ["nope"] }, later)).rejects.toBeInstanceOf(
      RefusedWriteError,
    );
    await expect(updateFeedback(db, id + 1, { text: "x" }, later)).rejects.toBeInstanceOf(
      RefusedWriteError,
    );
    expect((await getFeedback(db, id))?.themes).toEqual(["confidence", "preparation"]);
  });
});
