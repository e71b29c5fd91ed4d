// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { addInterview, listInterviewGroups } from "../../src/db/interviews";
import { deleteEverything } from "../../src/options/delete-everything";
import {
  forgetListSnapshot,
  readListSnapshot,
  writeListSnapshot,
} from "../../src/ui/list-snapshot";

beforeEach(() => localStorage.clear());

describe("the popup's kept list", () => {
  it("keeps what the list shows of each interview, and nothing more", async () => {
    const db = openDatabase({ name: `snapshot-${Math.random()}` });
    await addInterview(db, {
      ...emptyDraft(),
      company: "Lumen Analytics",
      role: "Data Analyst",
      date: "2026-11-10",
      notes: "Private notes that have no place outside the database",
    });
    writeListSnapshot(await listInterviewGroups(db, new Date("2026-11-20T12:00:00")));
    const kept = readListSnapshot();
    expect(kept?.waiting).toEqual([
      {
        id: 1,
        company: "Lumen Analytics",
        role: "Data Analyst",
        round: "",
        date: "2026-11-10",
        time: "",
        status: "active",
      },
    ]);
    expect(kept?.waitingTotal).toBe(1);
    expect(JSON.stringify(localStorage)).not.toContain("Private notes");
  });

  it("is not used when it is broken, foreign or of another shape", () => {
    localStorage.setItem("debrief.interviewList", "{not json");
    expect(readListSnapshot()).toBeNull();
    localStorage.setItem("debrief.interviewList", JSON.stringify({ version: 99, upcoming: [] }));
    expect(readListSnapshot()).toBeNull();
    localStorage.setItem(
      "debrief.interviewList",
      JSON.stringify({
        version: 1,
        upcoming: [{ id: "1", company: "X" }],
        waiting: [],
        closed: [],
        waitingTotal: 0,
        closedTotal: 0,
      }),
    );
    expect(readListSnapshot()).toBeNull();
  });

  it("is forgotten with everything else when the user deletes everything", async () => {
    const db = openDatabase({ name: `snapshot-${Math.random()}` });
    writeListSnapshot({ upcoming: [], waiting: [], closed: [], waitingTotal: 0, closedTotal: 0 });
    expect(readListSnapshot()).not.toBeNull();
    await deleteEverything(db);
    expect(readListSnapshot()).toBeNull();
    writeListSnapshot({ upcoming: [], waiting: [], closed: [], waitingTotal: 0, closedTotal: 0 });
    forgetListSnapshot();
    expect(readListSnapshot()).toBeNull();
  });
});
