// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DebriefDatabase, openDatabase } from "../../src/db/database";
import { addInterview } from "../../src/db/interviews";
import { deleteEverything } from "../../src/options/delete-everything";
import { buildExport, exportFileName, TABLE_NAMES } from "../../src/options/export-data";

let db: DebriefDatabase;
let databases = 0;

beforeEach(() => {
  databases += 1;
  db = openDatabase({ name: `export-test-${databases}` });
});

afterEach(async () => {
  await db.delete();
});

async function fillEveryTable(): Promise<number> {
  const interviewId = await addInterview(
    db,
    {
      company: "Lumen Analytics",
      role: "Data Analyst",
      round: "Second round",
      date: "2026-03-04",
      time: "14:30",
      interviewers: [
        { name: "Priya Raman", email: "Priya@Lumen-Analytics.example", title: "Lead" },
      ],
      postingUrl: "https://lumen-analytics.example/jobs/7",
      notes: "",
    },
    new Date("2026-03-04T15:00:00.000Z"),
  );
  const at = "2026-03-10T09:00:00.000Z";
  await db.reflections.add({
    interviewId,
    answers: { direct: { answer: "partly", note: "" } },
    note: "",
    createdAt: at,
    updatedAt: at,
  });
  const feedbackId = await db.feedback.add({
    interviewId,
    received: true,
    text: "More depth on SQL.",
    themes: ["technical_depth"],
    receivedAt: at,
    createdAt: at,
  });
  await db.nextSteps.add({
    interviewId,
    feedbackId: feedbackId as number,
    text: "Practise window functions",
    done: 0,
    dueDate: "",
    createdAt: at,
    doneAt: "",
  });
  await db.templates.add({
    kind: "feedback_request",
    language: "en",
    name: "Short",
    subject: "Re: {subject}",
    body: "Hi {firstName}",
    isDefault: 1,
    builtinKey: "",
    updatedAt: at,
  });
  await db.followUps.add({
    interviewId,
    kind: "thank_you",
    host: "gmail",
    messageId: "m1",
    draftedAt: at,
  });
  await db.verdicts.put({
    messageKey: "gmail:m2",
    decision: "rejection",
    decidedBy: "detector",
    interviewId,
    decidedAt: at,
  });
  await db.settings.put({ key: "myName", value: "Alex Doe" });
  return interviewId;
}

describe("buildExport", () => {
  it("names every table of the schema", () => {
    expect([...TABLE_NAMES].sort()).toEqual(db.tables.map((table) => table.name).sort());
  });

  it("holds everything saved, marked as a Debrief export", async () => {
    await fillEveryTable();
    const exported = await buildExport(db, new Date("2026-03-11T08:00:00.000Z"));
    expect(exported.format).toBe("debrief-export");
    expect(exported.version).toBe(1);
    expect(exported.exportedAt).toBe("2026-03-11T08:00:00.000Z");
    expect(Object.keys(exported.data).sort()).toEqual([...TABLE_NAMES].sort());
    for (const name of TABLE_NAMES) expect(exported.data[name], name).toHaveLength(1);
    expect(exported.data.interviews[0]).toMatchObject({
      company: "Lumen Analytics",
      interviewers: [
        { name: "Priya Raman", email: "Priya@Lumen-Analytics.example", title: "Lead" },
      ],
      interviewerEmails: ["priya@lumen-analytics.example"],
    });
    expect(exported.data.settings).toEqual([{ key: "myName", value: "Alex Doe" }]);
    // The file must survive JSON: no Dates, Maps or undefined-only values that would change on the way.
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  it("exports empty tables as empty lists", async () => {
    const exported = await buildExport(db);
    for (const name of TABLE_NAMES) expect(exported.data[name]).toEqual([]);
  });
});

describe("exportFileName", () => {
  it("is dated by the local calendar day", () => {
    expect(exportFileName(new Date(2026, 2, 4, 23, 30))).toBe("debrief-export-2026-03-04.json");
  });
});

describe("deleteEverything", () => {
  it("empties every table", async () => {
    await fillEveryTable();
    await deleteEverything(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });

  it("forgets the emails the background keeps as open, the selector counts, and the popup's copy of its list", async () => {
    const { default: browser } = await import("../setup/browser-mock");
    await browser.storage.session.set({ "openEmail:3": { subject: "Your application" } });
    browser.storage.local.items.set("selectorHits", { "outlook.body": [1, 0, 0, 0, 0] });
    localStorage.setItem("debrief.interviewList", "[]");
    await deleteEverything(db);
    expect(await browser.storage.session.get(null)).toEqual({});
    expect(browser.storage.local.items.size).toBe(0);
    expect(localStorage.getItem("debrief.interviewList")).toBeNull();
  });
});
