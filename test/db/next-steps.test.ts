import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { saveFeedback } from "../../src/db/feedback";
import { addInterview, RefusedWriteError } from "../../src/db/interviews";
import {
  addNextSteps,
  deleteStep,
  listOpenSteps,
  listOpenStepsWithInterviews,
  listSteps,
  setStepDone,
  setStepDueDate,
} from "../../src/db/next-steps";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

async function withInterviews() {
  const db = freshDatabase();
  const lumen = await addInterview(
    db,
    { ...emptyDraft(), company: "Lumen", date: "2026-11-02" },
    at(2),
  );
  const northwind = await addInterview(
    db,
    { ...emptyDraft(), company: "Northwind", date: "2026-11-04" },
    at(4),
  );
  return { db, lumen, northwind };
}

describe("addNextSteps", () => {
  it("adds steps in order, open, with the feedback they came from", async () => {
    const { db, lumen } = await withInterviews();
    const feedbackId = await saveFeedback(
      db,
      { interviewId: lumen, received: true, text: "Nervous", themes: ["confidence"] },
      at(10),
    );
    const ids = await addNextSteps(
      db,
      lumen,
      feedbackId,
      ["Rehearse with friends", "List achievements"],
      at(10),
    );
    expect(ids).toHaveLength(2);
    expect(await listSteps(db, lumen)).toEqual([
      {
        id: ids[0],
        interviewId: lumen,
        feedbackId,
        text: "Rehearse with friends",
        done: 0,
        dueDate: "",
        createdAt: at(10).toISOString(),
        doneAt: "",
      },
      expect.objectContaining({ id: ids[1], text: "List achievements" }),
    ]);
  });

  it("skips a step already open on the interview, given twice, or empty", async () => {
    const { db, lumen, northwind } = await withInterviews();
    const [first] = await addNextSteps(db, lumen, null, ["Study the company"], at(10));
    await addNextSteps(db, northwind, null, ["Record yourself"], at(10));
    const added = await addNextSteps(
      db,
      lumen,
      null,
      ["  study the   COMPANY ", "", "Record yourself", "Record  yourself"],
      at(11),
    );
    expect(added).toHaveLength(1);
    expect((await listSteps(db, lumen)).map((step) => step.text)).toEqual([
      "Record yourself",
      "Study the company",
    ]);
    // Once done, the same step may be suggested again.
    await setStepDone(db, first as number, true, at(12));
    expect(await addNextSteps(db, lumen, null, ["Study the company"], at(13))).toHaveLength(1);
  });

  it("refuses an interview that is gone, or feedback of another interview", async () => {
    const { db, lumen, northwind } = await withInterviews();
    const feedbackId = await saveFeedback(
      db,
      { interviewId: northwind, received: true, text: "", themes: [] },
      at(10),
    );
    await expect(addNextSteps(db, 99, null, ["x"], at(10))).rejects.toBeInstanceOf(
      RefusedWriteError,
    );
    await expect(addNextSteps(db, lumen, feedbackId, ["x"], at(10))).rejects.toBeInstanceOf(
      RefusedWriteError,
    );
    expect(await db.nextSteps.count()).toBe(0);
  });
});

describe("ticking off and dating steps", () => {
  it("ticks a step off and back on", async () => {
    const { db, lumen } = await withInterviews();
    const [id] = (await addNextSteps(db, lumen, null, ["Mock interview"], at(10))) as [number];
    await setStepDone(db, id, true, at(12));
    expect(await db.nextSteps.get(id)).toMatchObject({ done: 1, doneAt: at(12).toISOString() });
    await setStepDone(db, id, true, at(13)); // unchanged: keeps the first tick
    expect((await db.nextSteps.get(id))?.doneAt).toBe(at(12).toISOString());
    await setStepDone(db, id, false, at(14));
    expect(await db.nextSteps.get(id)).toMatchObject({ done: 0, doneAt: "" });
    await expect(setStepDone(db, id + 5, true, at(14))).rejects.toBeInstanceOf(RefusedWriteError);
  });

  it("gives a step a due date, takes it away, and refuses an impossible one", async () => {
    const { db, lumen } = await withInterviews();
    const [id] = (await addNextSteps(db, lumen, null, ["Mock interview"], at(10))) as [number];
    await setStepDueDate(db, id, "2026-11-25");
    expect((await db.nextSteps.get(id))?.dueDate).toBe("2026-11-25");
    await expect(setStepDueDate(db, id, "2026-11-31")).rejects.toBeInstanceOf(RefusedWriteError);
    expect((await db.nextSteps.get(id))?.dueDate).toBe("2026-11-25");
    await setStepDueDate(db, id, "");
    expect((await db.nextSteps.get(id))?.dueDate).toBe("");
    await expect(setStepDueDate(db, id + 5, "2026-11-25")).rejects.toBeInstanceOf(
      RefusedWriteError,
    );
  });

  it("deletes a step", async () => {
    const { db, lumen } = await withInterviews();
    const [id] = (await addNextSteps(db, lumen, null, ["Mock interview"], at(10))) as [number];
    await deleteStep(db, id);
    expect(await listSteps(db, lumen)).toEqual([]);
  });
});

describe("listing steps", () => {
  it("lists every interview's open steps: due soonest first, then the newest, done ones left out", async () => {
    const { db, lumen, northwind } = await withInterviews();
    const [old] = (await addNextSteps(db, lumen, null, ["Old, no date"], at(5))) as [number];
    const [late, early] = (await addNextSteps(
      db,
      northwind,
      null,
      ["Due late", "Due early"],
      at(6),
    )) as [number, number];
    const [batchA, batchB] = (await addNextSteps(db, lumen, null, ["New A", "New B"], at(9))) as [
      number,
      number,
    ];
    const [done] = (await addNextSteps(db, northwind, null, ["Done already"], at(9))) as [number];
    await setStepDueDate(db, late, "2026-12-10");
    await setStepDueDate(db, early, "2026-11-22");
    await setStepDone(db, done, true, at(10));
    expect((await listOpenSteps(db)).map((step) => step.id)).toEqual([
      early,
      late,
      batchA,
      batchB,
      old,
    ]);
    const listed = await listOpenStepsWithInterviews(db);
    expect(listed.map(({ step, interview }) => [step.id, interview?.company])).toEqual([
      [early, "Northwind"],
      [late, "Northwind"],
      [batchA, "Lumen"],
      [batchB, "Lumen"],
      [old, "Lumen"],
    ]);
  });

  it("lists one interview's steps, open ones first, then the latest done", async () => {
    const { db, lumen } = await withInterviews();
    const [a, b, c] = (await addNextSteps(db, lumen, null, ["A", "B", "C"], at(5))) as [
      number,
      number,
      number,
    ];
    await setStepDone(db, a, true, at(6));
    await setStepDone(db, c, true, at(7));
    expect((await listSteps(db, lumen)).map((step) => step.id)).toEqual([b, c, a]);
  });

  it("lists only the steps added after a time, when asked", async () => {
    const { db, lumen } = await withInterviews();
    const [before] = (await addNextSteps(db, lumen, null, ["Before"], at(5))) as [number];
    const [after] = (await addNextSteps(db, lumen, null, ["After"], at(7))) as [number];
    const listed = await listOpenStepsWithInterviews(db, 3, { addedAfter: at(6) });
    expect(listed.map(({ step }) => step.id)).toEqual([after]);
    expect((await listOpenStepsWithInterviews(db, 3)).map(({ step }) => step.id)).toContain(before);
  });

  it("shows a step whose interview is gone without it", async () => {
    const { db, lumen } = await withInterviews();
    await addNextSteps(db, lumen, null, ["A"], at(5));
    await db.interviews.delete(lumen);
    expect((await listOpenStepsWithInterviews(db))[0]?.interview).toBeNull();
  });
});
