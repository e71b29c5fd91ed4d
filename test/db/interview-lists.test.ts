import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { emptyDraft, type InterviewDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import {
  addInterview,
  findInterviewsBySender,
  getInterview,
  linkThread,
  listInterviewGroups,
  listLatestInterviews,
  RefusedWriteError,
  searchInterviews,
  setInterviewStatus,
  updateInterview,
} from "../../src/db/interviews";
import type { InterviewStatus } from "../../src/db/schema";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

const now = new Date(2026, 10, 20, 14, 30); // local time
const draft = (changes: Partial<InterviewDraft>): InterviewDraft => ({
  ...emptyDraft(),
  company: "Lumen",
  date: "2026-11-02",
  ...changes,
});

describe("getInterview and updateInterview", () => {
  it("reads one interview, or null", async () => {
    const db = freshDatabase();
    const id = await addInterview(db, draft({ role: "Analyst" }), now);
    expect((await getInterview(db, id))?.role).toBe("Analyst");
    expect(await getInterview(db, id + 1)).toBeNull();
  });

  it("saves the form's fields and updatedAt, and leaves status and conversations alone", async () => {
    const db = freshDatabase();
    const created = new Date(Date.UTC(2026, 10, 2, 9));
    const id = await addInterview(
      db,
      draft({ interviewers: [{ name: "Priya", email: "priya@lumen.example", title: "" }] }),
      created,
      [{ host: "gmail", threadId: "t-1" }],
    );
    await setInterviewStatus(db, id, "rejected", created);
    const edited = new Date(Date.UTC(2026, 10, 21, 10));
    const result = await updateInterview(
      db,
      id,
      draft({
        company: "  Lumen Analytics ",
        role: "Senior Analyst",
        round: "Onsite",
        time: "10:30",
        interviewers: [
          { name: "Ola", email: "Ola@Lumen.example", title: "Director" },
          { name: "", email: "", title: "" },
        ],
        postingUrl: "https://lumen.example/jobs/42",
        notes: "Bring the portfolio",
      }),
      edited,
    );
    expect(result.ok).toBe(true);
    const saved = await getInterview(db, id);
    expect(saved).toMatchObject({
      company: "Lumen Analytics",
      role: "Senior Analyst",
      round: "Onsite",
      time: "10:30",
      interviewers: [{ name: "Ola", email: "Ola@Lumen.example", title: "Director" }],
      postingUrl: "https://lumen.example/jobs/42",
      notes: "Bring the portfolio",
      status: "rejected",
      threads: [{ host: "gmail", threadId: "t-1" }],
      createdAt: created.toISOString(),
      updatedAt: edited.toISOString(),
    });
    if (result.ok) expect(result.interview).toEqual(saved);
    // The address index follows the new interviewers.
    expect(await findInterviewsBySender(db, "priya@lumen.example")).toEqual([]);
    expect((await findInterviewsBySender(db, "ola@lumen.example")).map((i) => i.id)).toEqual([id]);
  });

  it("changes nothing for a draft with errors, and says which", async () => {
    const db = freshDatabase();
    const id = await addInterview(db, draft({}), now);
    const before = await getInterview(db, id);
    const result = await updateInterview(db, id, draft({ company: " ", date: "2026-02-30" }), now);
    expect(result).toEqual({
      ok: false,
      errors: { company: "errorCompanyRequired", date: "errorDateImpossible" },
    });
    expect(await getInterview(db, id)).toEqual(before);
  });

  it("refuses an interview that is gone", async () => {
    const db = freshDatabase();
    await expect(updateInterview(db, 42, draft({}), now)).rejects.toBeInstanceOf(RefusedWriteError);
  });
});

async function addWith(
  db: ReturnType<typeof freshDatabase>,
  company: string,
  date: string,
  time = "",
  status: InterviewStatus = "active",
  role = "",
) {
  const id = await addInterview(db, draft({ company, date, time, role }), now);
  if (status !== "active") await setInterviewStatus(db, id, status, now);
  return id;
}

describe("listInterviewGroups", () => {
  it("groups the popup's first list: upcoming, waiting to hear, closed", async () => {
    const db = freshDatabase();
    await addWith(db, "Tomorrow", "2026-11-21");
    await addWith(db, "Later today", "2026-11-20", "17:00");
    await addWith(db, "This morning", "2026-11-20", "09:00");
    await addWith(db, "Today, no time", "2026-11-20");
    await addWith(db, "Last week", "2026-11-13");
    await addWith(db, "Offer", "2026-10-01", "", "offer");
    await addWith(db, "Rejected", "2026-11-05", "", "rejected");
    await addWith(db, "Withdrawn", "2026-09-01", "", "withdrawn");
    await addWith(db, "Silent", "2026-08-01", "", "no_answer");
    const groups = await listInterviewGroups(db, now);
    const names = (list: { company: string }[]) => list.map((interview) => interview.company);
    expect(names(groups.upcoming)).toEqual(["Later today", "Tomorrow"]);
    expect(names(groups.waiting)).toEqual(["This morning", "Today, no time", "Last week"]);
    expect(names(groups.closed)).toEqual(["Rejected", "Offer", "Withdrawn", "Silent"]);
    expect(groups.waitingTotal).toBe(3);
    expect(groups.closedTotal).toBe(4);
  });

  it("reads only the latest closed interviews, whole days at a time, newest first", async () => {
    const db = freshDatabase();
    for (let day = 1; day <= 9; day++)
      await addWith(db, `Closed ${day}`, `2026-10-0${day}`, "", "rejected");
    // Added in the opposite order of their times: the index alone would list them wrongly.
    await addWith(db, "Same day, early", "2026-10-10", "09:00", "rejected");
    await addWith(db, "Same day, late", "2026-10-10", "16:00", "rejected");
    await addWith(db, "Same day, noon", "2026-10-10", "12:00", "offer");
    await addWith(db, "Waiting", "2026-11-01");
    const groups = await listInterviewGroups(db, now, { closedLimit: 2 });
    expect(groups.closed.map((i) => i.company)).toEqual(["Same day, late", "Same day, noon"]);
    expect(groups.closedTotal).toBe(12);
    expect(groups.waiting.map((i) => i.company)).toEqual(["Waiting"]);
    expect(groups.waitingTotal).toBe(1);
    const all = await listInterviewGroups(db, now, { closedLimit: Number.POSITIVE_INFINITY });
    expect(all.closed).toHaveLength(12);
    expect(all.closed.at(-1)?.company).toBe("Closed 1");
    expect((await listInterviewGroups(db, now, { closedLimit: 0 })).closed).toEqual([]);
  });

  it("reads only the latest interviews waiting to hear, and every upcoming one", async () => {
    const db = freshDatabase();
    for (let day = 1; day <= 9; day++) await addWith(db, `Waiting ${day}`, `2026-10-0${day}`);
    await addWith(db, "Tonight", "2026-11-20", "20:00");
    await addWith(db, "Next month", "2026-12-15");
    await addWith(db, "Just now", "2026-11-20", "14:00");
    await addWith(db, "Rejected today", "2026-11-20", "08:00", "rejected");
    const groups = await listInterviewGroups(db, now, { waitingLimit: 3, closedLimit: 1 });
    expect(groups.upcoming.map((i) => i.company)).toEqual(["Tonight", "Next month"]);
    expect(groups.waiting.map((i) => i.company)).toEqual(["Just now", "Waiting 9", "Waiting 8"]);
    expect(groups.waitingTotal).toBe(10);
    expect(groups.closed.map((i) => i.company)).toEqual(["Rejected today"]);
    expect(groups.closedTotal).toBe(1);
    const all = await listInterviewGroups(db, now, { waitingLimit: Number.POSITIVE_INFINITY });
    expect(all.waiting).toHaveLength(10);
    expect(all.waiting.at(-1)?.company).toBe("Waiting 1");
  });

  it("is empty for an empty history", async () => {
    const db = freshDatabase();
    expect(await listInterviewGroups(db, now)).toEqual({
      upcoming: [],
      waiting: [],
      closed: [],
      waitingTotal: 0,
      closedTotal: 0,
    });
  });
});

describe("searchInterviews", () => {
  it("finds by company or role, case and accents aside, the latest first", async () => {
    const db = freshDatabase();
    await addWith(db, "Société Générale", "2026-10-01", "", "rejected", "Data Analyst");
    await addWith(db, "Lumen", "2026-11-01", "", "active", "Data Engineer");
    await addWith(db, "Northwind", "2026-11-05", "", "active", "Product Manager");
    const companies = async (query: string) =>
      (await searchInterviews(db, query)).map((interview) => interview.company);
    expect(await companies("DATA")).toEqual(["Lumen", "Société Générale"]);
    expect(await companies("generale analyst")).toEqual(["Société Générale"]);
    expect(await companies("designer")).toEqual([]);
    expect(await companies("  ")).toEqual([]);
    expect(await searchInterviews(db, "data", 1)).toHaveLength(1);
  });

  it("keeps linkThread and the other writes as they were", async () => {
    const db = freshDatabase();
    const id = await addWith(db, "Lumen", "2026-11-01");
    await linkThread(db, id, { host: "outlook", threadId: "x" }, now);
    expect((await getInterview(db, id))?.threads).toEqual([{ host: "outlook", threadId: "x" }]);
  });
});

describe("listLatestInterviews", () => {
  it("gives the latest interviews by date, the latest first, no more than asked", async () => {
    const db = openDatabase({
      name: `latest-${Math.random()}`,
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    for (const day of ["2026-01-05", "2026-03-01", "2025-12-24", "2026-02-14"]) {
      await addInterview(db, { ...emptyDraft(), company: `On ${day}`, date: day });
    }
    const latest = await listLatestInterviews(db, 3);
    expect(latest.map((interview) => interview.date)).toEqual([
      "2026-03-01",
      "2026-02-14",
      "2026-01-05",
    ]);
  });
});
