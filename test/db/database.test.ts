import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { addInterview, findInterviewsBySender, listInterviews } from "../../src/db/interviews";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

describe("the interview history", () => {
  it("creates every table of the current version", async () => {
    const db = freshDatabase();
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [
        "feedback",
        "followUps",
        "interviews",
        "nextSteps",
        "reflections",
        "settings",
        "templates",
        "verdicts",
      ].sort(),
    );
  });

  it("saves an interview and lists the latest interview date first", async () => {
    const db = freshDatabase();
    await addInterview(db, { ...emptyDraft(), company: "Older Co", date: "2026-10-01" });
    await addInterview(db, {
      ...emptyDraft(),
      company: "Newer Co",
      role: "Analyst",
      date: "2026-11-20",
      time: "14:30",
    });
    const list = await listInterviews(db);
    expect(list.map((interview) => interview.company)).toEqual(["Newer Co", "Older Co"]);
    expect(list[0]).toMatchObject({
      role: "Analyst",
      time: "14:30",
      status: "active",
      threads: [],
    });
  });

  it("finds an interview by an interviewer's address, whatever its case", async () => {
    const db = freshDatabase();
    const id = await addInterview(db, {
      ...emptyDraft(),
      company: "Lumen",
      date: "2026-11-02",
      interviewers: [
        { name: "Priya Raman", email: "Priya.Raman@Lumen.example", title: "Engineering manager" },
      ],
    });
    expect(
      (await findInterviewsBySender(db, "priya.raman@lumen.example")).map((i) => i.id),
    ).toEqual([id]);
    expect(await findInterviewsBySender(db, "someone@else.example")).toEqual([]);
  });

  it("keeps the address index in step when interviewers change", async () => {
    const db = freshDatabase();
    const id = await addInterview(db, {
      ...emptyDraft(),
      company: "Lumen",
      date: "2026-11-02",
      interviewers: [{ name: "A", email: "a@lumen.example", title: "" }],
    });
    await db.interviews.update(id, {
      interviewers: [{ name: "B", email: "b@lumen.example", title: "" }],
    });
    expect(await findInterviewsBySender(db, "a@lumen.example")).toEqual([]);
    expect((await findInterviewsBySender(db, "b@lumen.example")).map((i) => i.id)).toEqual([id]);
  });
});
