import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DebriefDatabase, openDatabase } from "../../src/db/database";
import { type ImportTables, previewImport, writeImport } from "../../src/db/import";
import { addInterview } from "../../src/db/interviews";
import { buildExport } from "../../src/options/export-data";

let source: DebriefDatabase;
let target: DebriefDatabase;
let databases = 0;
const at = "2026-03-10T09:00:00.000Z";

beforeEach(() => {
  databases += 1;
  source = openDatabase({ name: `import-source-${databases}` });
  target = openDatabase({ name: `import-target-${databases}` });
});

afterEach(async () => {
  await source.delete();
  await target.delete();
});

const draft = (company: string, date: string) => ({
  company,
  role: "Data Analyst",
  round: "",
  date,
  time: "",
  interviewers: [{ name: "Priya Raman", email: "Priya@Lumen.example", title: "" }],
  postingUrl: "",
  notes: "",
});

async function fill(db: DebriefDatabase): Promise<void> {
  // A gap in the ids, so re-mapping is needed in a fresh database.
  const dropped = await addInterview(db, draft("Dropped", "2026-01-01"));
  await db.interviews.delete(dropped);
  const first = await addInterview(db, draft("Lumen Analytics", "2026-03-04"));
  const second = await addInterview(db, draft("Cobalt & Pine", "2026-03-05"));
  await db.reflections.add({
    interviewId: second,
    answers: { direct: { answer: "partly", note: "rushed" } },
    note: "ok",
    createdAt: at,
    updatedAt: at,
  });
  const feedbackId = await db.feedback.add({
    interviewId: first,
    received: true,
    text: "More SQL.",
    themes: ["technical_depth"],
    receivedAt: at,
    createdAt: at,
  });
  await db.nextSteps.add({
    interviewId: first,
    feedbackId: feedbackId as number,
    text: "Window functions",
    done: 0,
    dueDate: "",
    createdAt: at,
    doneAt: "",
  });
  await db.followUps.add({
    interviewId: second,
    kind: "thank_you",
    host: "gmail",
    messageId: "m1",
    draftedAt: at,
  });
  await db.templates.add({
    kind: "feedback_request",
    language: "en",
    name: "Short",
    subject: "s",
    body: "b",
    isDefault: 1,
    builtinKey: "",
    updatedAt: at,
  });
  await db.verdicts.put({
    messageKey: "gmail:m2",
    decision: "rejection",
    decidedBy: "user",
    interviewId: second,
    decidedAt: at,
  });
  await db.settings.put({ key: "myName", value: "Alex" });
}

async function exported(db: DebriefDatabase): Promise<ImportTables> {
  return (await buildExport(db)).data;
}

describe("writeImport", () => {
  it("adds everything to an empty database, re-pointing records at the new ids", async () => {
    await fill(source);
    const data = await exported(source);
    const preview = await previewImport(target, data);
    expect(await target.interviews.count()).toBe(0);
    const counts = await writeImport(target, data);
    expect(counts).toEqual(preview);
    expect(counts.interviews).toEqual({ added: 2, matched: 0 });
    expect(counts.reflections).toEqual({ added: 1, matched: 0 });

    const interviews = await target.interviews.toArray();
    const cobalt = interviews.find((interview) => interview.company === "Cobalt & Pine");
    const lumen = interviews.find((interview) => interview.company === "Lumen Analytics");
    expect(cobalt?.interviewerEmails).toEqual(["priya@lumen.example"]);
    const [reflection] = await target.reflections.toArray();
    expect(reflection?.interviewId).toBe(cobalt?.id);
    expect(reflection?.answers.direct).toEqual({ answer: "partly", note: "rushed" });
    const [feedback] = await target.feedback.toArray();
    expect(feedback?.interviewId).toBe(lumen?.id);
    const [step] = await target.nextSteps.toArray();
    expect(step).toMatchObject({ interviewId: lumen?.id, feedbackId: feedback?.id });
    expect((await target.followUps.toArray())[0]?.interviewId).toBe(cobalt?.id);
    expect((await target.verdicts.get("gmail:m2"))?.interviewId).toBe(cobalt?.id);
    expect((await target.settings.get("myName"))?.value).toBe("Alex");
  });

  it("keys Gmail conversations from an older file on their hex id, so they match the mail again", async () => {
    await fill(source);
    const data = await exported(source);
    const [first] = data.interviews;
    if (!first) throw new Error("no interview exported");
    first.threads = [
      { host: "gmail", threadId: "thread-f:1781042118350512401" },
      { host: "gmail", threadId: "18b7885eca4aa111" },
      { host: "outlook", threadId: "AAQkADk2ZDEw" },
    ];
    await writeImport(target, data);
    const stored = (await target.interviews.toArray()).find((i) => i.company === first.company);
    expect(stored?.threads).toEqual([
      { host: "gmail", threadId: "18b7885eca4aa111" },
      { host: "outlook", threadId: "AAQkADk2ZDEw" },
    ]);
    expect(stored?.threadKeys).toEqual(["gmail:18b7885eca4aa111", "outlook:AAQkADk2ZDEw"]);
  });

  it("skips what matches, whatever the case, and points new records at the matched interview", async () => {
    await fill(source);
    const data = await exported(source);
    const existing = await addInterview(target, {
      ...draft("COBALT & PINE", "2026-03-05"),
      role: "data analyst",
    });
    const [template] = data.templates;
    if (!template) throw new Error("no template exported");
    await target.templates.add({ ...template, id: undefined, name: "SHORT" });
    const counts = await writeImport(target, data);
    expect(counts.interviews).toEqual({ added: 1, matched: 1 });
    expect(counts.templates).toEqual({ added: 0, matched: 1 });
    expect((await target.reflections.toArray())[0]?.interviewId).toBe(existing);
    expect(await target.interviews.count()).toBe(2);
  });

  it("points every record at its interview when the database has handed out and lost ids before", async () => {
    await fill(source);
    const data = await exported(source);
    // The store's numbering runs ahead of what it holds: ids 1 to 3 were used, only 2 is kept.
    for (const company of ["Gone before", "Stays", "Gone after"]) {
      await addInterview(target, draft(company, "2026-01-02"));
    }
    await target.interviews.bulkDelete([1, 3]);
    await writeImport(target, data);
    const interviews = await target.interviews.toArray();
    expect(new Set(interviews.map((interview) => interview.id)).size).toBe(3);
    expect(Math.min(...interviews.map((interview) => interview.id ?? 0))).toBe(2);
    const idOf = (company: string) => interviews.find((row) => row.company === company)?.id;
    expect((await target.reflections.toArray())[0]?.interviewId).toBe(idOf("Cobalt & Pine"));
    const [feedback] = await target.feedback.toArray();
    expect(feedback?.interviewId).toBe(idOf("Lumen Analytics"));
    expect((await target.nextSteps.toArray())[0]).toMatchObject({
      interviewId: idOf("Lumen Analytics"),
      feedbackId: feedback?.id,
    });
  });

  it("adds nothing the second time", async () => {
    await fill(source);
    const data = await exported(source);
    await writeImport(target, data);
    const again = await writeImport(target, data);
    for (const count of Object.values(again)) expect(count.added).toBe(0);
    expect(again.interviews.matched).toBe(2);
    expect(await target.interviews.count()).toBe(2);
  });

  it("keeps a thank-you note and a check-in opened as new messages for the same interview", async () => {
    const interview = await addInterview(source, draft("Harbourline", "2026-11-02"));
    for (const [kind, draftedAt] of [
      ["thank_you", "2026-11-02T16:00:00.000Z"],
      ["check_in", "2026-11-10T09:00:00.000Z"],
    ] as const) {
      await source.followUps.add({
        interviewId: interview,
        kind,
        host: "gmail",
        messageId: "",
        draftedAt,
      });
    }
    const data = await exported(source);
    expect((await writeImport(target, data)).followUps).toEqual({ added: 2, matched: 0 });
    expect((await target.followUps.toArray()).map((followUp) => followUp.kind).sort()).toEqual([
      "check_in",
      "thank_you",
    ]);
    expect((await writeImport(target, data)).followUps).toEqual({ added: 0, matched: 2 });
  });

  it("writes nothing when any part fails", async () => {
    await fill(source);
    const data = await exported(source);
    const broken = {
      ...data,
      followUps: data.followUps.map((followUp) => ({ ...followUp, interviewId: 999 })),
    };
    await expect(writeImport(target, broken)).rejects.toThrow();
    for (const table of target.tables) expect(await table.count()).toBe(0);
  });
});
