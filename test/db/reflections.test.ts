import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/interview-draft";
import type { ChecklistAnswers } from "../../src/core/reflection/checklist";
import { openDatabase } from "../../src/db/database";
import { addInterview, RefusedWriteError, setInterviewStatus } from "../../src/db/interviews";
import {
  findInterviewsNeedingReflection,
  getReflection,
  listInterviewsNeedingReflection,
  listReflectedInterviewIds,
  saveReflection,
} from "../../src/db/reflections";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

const now = new Date(2026, 10, 20, 14, 30); // local time
const later = new Date(2026, 10, 21, 9, 0);

async function interviewOn(
  db: ReturnType<typeof freshDatabase>,
  date: string,
  time = "",
  company = date,
) {
  return addInterview(db, { ...emptyDraft(), company, date, time }, now);
}

describe("saveReflection and getReflection", () => {
  it("saves the answers, notes trimmed, and reads them back", async () => {
    const db = freshDatabase();
    const id = await interviewOn(db, "2026-11-18");
    expect(await getReflection(db, id)).toBeNull();
    const answers: ChecklistAnswers = {
      direct: { answer: "partly", note: " Long answer on the budget question " },
      humble: { answer: "yes", note: "" },
      flow: { answer: "no", note: "Panel was distracted" },
    };
    const reflectionId = await saveReflection(
      db,
      id,
      answers,
      "  Ask about team size next time ",
      now,
    );
    expect(await getReflection(db, id)).toEqual({
      id: reflectionId,
      interviewId: id,
      answers: {
        direct: { answer: "partly", note: "Long answer on the budget question" },
        humble: { answer: "yes", note: "" },
        flow: { answer: "no", note: "Panel was distracted" },
      },
      note: "Ask about team size next time",
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });

  it("keeps one reflection per interview: saving again replaces its answers", async () => {
    const db = freshDatabase();
    const id = await interviewOn(db, "2026-11-18");
    const first = await saveReflection(db, id, { direct: { answer: "no", note: "" } }, "", now);
    const second = await saveReflection(
      db,
      id,
      { prepared: { answer: "yes", note: "Read the annual report" } },
      "Done",
      later,
    );
    expect(second).toBe(first);
    expect(await db.reflections.count()).toBe(1);
    expect(await getReflection(db, id)).toMatchObject({
      answers: { prepared: { answer: "yes", note: "Read the annual report" } },
      note: "Done",
      createdAt: now.toISOString(),
      updatedAt: later.toISOString(),
    });
  });

  it("refuses unknown questions and answers, and interviews that are gone, writing nothing", async () => {
    const db = freshDatabase();
    const id = await interviewOn(db, "2026-11-18");
    const bad = [
      { mood: { answer: "yes", note: "" } },
      { direct: { answer: "maybe", note: "" } },
    ] as unknown as ChecklistAnswers[];
    for (const answers of bad) {
      await expect(saveReflection(db, id, answers, "", now)).rejects.toBeInstanceOf(
        RefusedWriteError,
      );
    }
    await expect(
      saveReflection(db, id + 10, { direct: { answer: "yes", note: "" } }, "", now),
    ).rejects.toBeInstanceOf(RefusedWriteError);
    expect(await db.reflections.count()).toBe(0);
  });
});

describe("the interviews that need a reflection", () => {
  it("are the ones that took place without one, the latest first", async () => {
    const db = freshDatabase();
    const lastWeek = await interviewOn(db, "2026-11-13", "", "Last week");
    const reflected = await interviewOn(db, "2026-11-17", "", "Reflected");
    const thisMorning = await interviewOn(db, "2026-11-20", "09:00", "This morning");
    await interviewOn(db, "2026-11-20", "18:00", "Tonight");
    await interviewOn(db, "2026-11-25", "", "Next week");
    const rejected = await interviewOn(db, "2026-10-01", "", "Rejected");
    await setInterviewStatus(db, rejected, "rejected", now);
    await saveReflection(db, reflected, { direct: { answer: "yes", note: "" } }, "", now);

    expect(await listReflectedInterviewIds(db)).toEqual(new Set([reflected]));
    const needing = await listInterviewsNeedingReflection(db, now);
    expect(needing.map((interview) => interview.company)).toEqual([
      "This morning",
      "Last week",
      "Rejected",
    ]);
    expect((await listInterviewsNeedingReflection(db, now, { limit: 2 })).map((i) => i.id)).toEqual(
      [thisMorning, lastWeek],
    );
    // How many in all, past the two asked for: not tonight's, still ahead, nor next week's.
    const { interviews, total } = await findInterviewsNeedingReflection(db, now, { limit: 2 });
    expect(interviews).toHaveLength(2);
    expect(total).toBe(3);
  });

  it("leave out, when asked, the interviews that had begun by a time, and count only the rest", async () => {
    const db = freshDatabase();
    await interviewOn(db, "2026-11-10", "", "Long before");
    await interviewOn(db, "2026-11-18", "10:00", "Morning of hiding");
    await interviewOn(db, "2026-11-18", "", "Day of hiding, no time");
    await interviewOn(db, "2026-11-18", "16:00", "Afternoon of hiding");
    await interviewOn(db, "2026-11-19", "", "Day after");
    await interviewOn(db, "2026-11-20", "18:00", "Tonight");
    const hidden = new Date(2026, 10, 18, 12, 0);
    const { interviews, total } = await findInterviewsNeedingReflection(db, now, {
      limit: 1,
      after: hidden,
    });
    expect(interviews.map((interview) => interview.company)).toEqual(["Day after"]);
    expect(total).toBe(2);
    const everything = await findInterviewsNeedingReflection(db, now, { limit: 10 });
    expect(everything.total).toBe(5);
  });

  it("look back 90 days unless told to look further", async () => {
    const db = freshDatabase();
    const recent = await interviewOn(db, "2026-08-22"); // 90 days before 20 November
    const old = await interviewOn(db, "2026-08-21");
    const ids = async (options?: { withinDays?: number }) =>
      (await listInterviewsNeedingReflection(db, now, options)).map((interview) => interview.id);
    expect(await ids()).toEqual([recent]);
    expect(await ids({ withinDays: Number.POSITIVE_INFINITY })).toEqual([recent, old]);
    expect(await ids({ withinDays: 0 })).toEqual([]);
  });

  it("say which of the interviews on screen have a reflection, reading only those", async () => {
    const db = freshDatabase();
    const a = await interviewOn(db, "2026-11-01");
    const b = await interviewOn(db, "2026-11-02");
    await saveReflection(db, b, {}, "", now);
    expect(await listReflectedInterviewIds(db, [a, b, 999])).toEqual(new Set([b]));
    expect(await listReflectedInterviewIds(db, [])).toEqual(new Set());
  });

  it("skips today's interviews still ahead even when they fill the first batch", async () => {
    const db = freshDatabase();
    for (let hour = 15; hour <= 23; hour++) await interviewOn(db, "2026-11-20", `${hour}:00`);
    const past = await interviewOn(db, "2026-11-02");
    expect((await listInterviewsNeedingReflection(db, now, { limit: 1 })).map((i) => i.id)).toEqual(
      [past],
    );
  });
});
