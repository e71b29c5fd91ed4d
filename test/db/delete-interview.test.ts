import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/interview-draft";
import { type DebriefDatabase, openDatabase } from "../../src/db/database";
import { saveFeedback } from "../../src/db/feedback";
import { addFollowUp } from "../../src/db/follow-ups";
import { addInterview, deleteInterview } from "../../src/db/interviews";
import { addNextSteps } from "../../src/db/next-steps";
import { saveReflection } from "../../src/db/reflections";
import { recordDetectorVerdict, recordUserVerdict } from "../../src/db/verdicts";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

/** An interview with one of everything that can belong to it; `tag` tells its rows apart. */
async function interviewWithEverything(db: DebriefDatabase, company: string, tag: string) {
  const id = await addInterview(db, { ...emptyDraft(), company, date: "2026-11-02" }, at(2));
  await saveReflection(db, id, { direct: { answer: "no", note: tag } }, tag, at(3));
  const feedbackId = await saveFeedback(
    db,
    { interviewId: id, received: true, text: `${tag} feedback`, themes: ["confidence"] },
    at(4),
  );
  await addNextSteps(db, id, feedbackId, [`${tag} step one`, `${tag} step two`], at(4));
  await addFollowUp(db, {
    interviewId: id,
    kind: "feedback_request",
    host: "gmail",
    messageId: `${tag}-message`,
    draftedAt: at(3).toISOString(),
  });
  await recordUserVerdict(
    db,
    `gmail:${tag}-chosen`,
    { decision: "rejection", interviewId: id, feedbackRequestedAt: at(3).toISOString() },
    at(3),
  );
  await recordDetectorVerdict(db, `gmail:${tag}-detected`, id, at(3));
  return id;
}

/** Every row of every table, to compare before and after. */
type Row = { id?: number; interviewId?: number | null };

async function snapshot(db: DebriefDatabase): Promise<Record<string, Row[]>> {
  return Object.fromEntries(
    await Promise.all(
      db.tables.map(async (table) => [table.name, (await table.toArray()) as Row[]] as const),
    ),
  );
}

describe("deleteInterview", () => {
  it("deletes the interview and everything of it, and nothing of another interview", async () => {
    const db = freshDatabase();
    const lumen = await interviewWithEverything(db, "Lumen", "lumen");
    const northwind = await interviewWithEverything(db, "Northwind", "northwind");
    const before = await snapshot(db);

    expect(await deleteInterview(db, lumen)).toBe(true);

    expect(await db.interviews.get(lumen)).toBeUndefined();
    for (const table of [db.reflections, db.feedback, db.nextSteps, db.followUps]) {
      expect(await table.where("interviewId").equals(lumen).count(), table.name).toBe(0);
    }
    // The other interview's rows are all there, unchanged.
    const after = await snapshot(db);
    for (const name of ["interviews", "reflections", "feedback", "nextSteps", "followUps"]) {
      const ofNorthwind = (rows: Row[] = []) =>
        rows.filter((row) => (name === "interviews" ? row.id : row.interviewId) === northwind);
      expect(ofNorthwind(after[name]), name).toEqual(ofNorthwind(before[name]));
      expect(ofNorthwind(after[name]).length, name).toBeGreaterThan(0);
    }
    expect((after.verdicts ?? []).filter((row) => row.interviewId === northwind)).toHaveLength(2);
  });

  it("keeps the verdicts on the interview's messages, without the interview", async () => {
    const db = freshDatabase();
    const lumen = await interviewWithEverything(db, "Lumen", "lumen");
    const chosen = await db.verdicts.get("gmail:lumen-chosen");

    await deleteInterview(db, lumen);

    expect(await db.verdicts.get("gmail:lumen-chosen")).toEqual({ ...chosen, interviewId: null });
    expect(await db.verdicts.get("gmail:lumen-detected")).toMatchObject({
      decision: "rejection",
      decidedBy: "detector",
      interviewId: null,
    });
    expect(await db.verdicts.where("interviewId").equals(lumen).count()).toBe(0);
  });

  it("deletes all or nothing: a failure part-way leaves every row in place", async () => {
    const db = freshDatabase();
    const lumen = await interviewWithEverything(db, "Lumen", "lumen");
    const before = await snapshot(db);
    // Steps are deleted after the reflection and the feedback: failing there must undo those.
    db.nextSteps.hook("deleting", () => {
      throw new Error("disk full");
    });

    await expect(deleteInterview(db, lumen)).rejects.toThrow("disk full");
    expect(await snapshot(db)).toEqual(before);
  });

  it("reports an interview that is gone, and changes nothing else", async () => {
    const db = freshDatabase();
    await interviewWithEverything(db, "Lumen", "lumen");
    const before = await snapshot(db);

    expect(await deleteInterview(db, 999)).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });
});
