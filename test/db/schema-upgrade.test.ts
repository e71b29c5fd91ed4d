import { Dexie } from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database";
import {
  findInterviewsBySender,
  findInterviewsByThread,
  listInterviewGroups,
} from "../../src/db/interviews";
import { listOpenSteps } from "../../src/db/next-steps";
import { getReflection } from "../../src/db/reflections";

// Version 1 exactly as it shipped (commit 7366318), to write a database the way the first release did.
const VERSION_1 = {
  interviews: "++id, company, status, date, updatedAt, *interviewerEmails, *threadKeys",
  reflections: "++id, &interviewId",
  feedback: "++id, interviewId, receivedAt",
  nextSteps: "++id, interviewId, feedbackId, done, dueDate",
  templates: "++id, kind, [kind+language], builtinKey",
  followUps: "++id, interviewId, [interviewId+kind], draftedAt",
  verdicts: "messageKey, interviewId",
  settings: "key",
};

const stamp = "2026-10-01T09:00:00.000Z";
const interview = (company: string, date: string, status: string, email: string) => ({
  company,
  role: "Analyst",
  round: "",
  date,
  time: "",
  interviewers: [{ name: "Priya", email, title: "" }],
  postingUrl: "",
  notes: "",
  status,
  threads: [{ host: "gmail", threadId: `t-${company}` }],
  createdAt: stamp,
  updatedAt: stamp,
  interviewerEmails: [email.toLowerCase()],
  threadKeys: [`gmail:t-${company}`],
});

async function writeVersion1(name: string, indexedDB: IDBFactory) {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(1).stores(VERSION_1);
  await old.open();
  const rows = {
    interviews: [
      interview("Lumen", "2026-09-10", "active", "Priya@Lumen.example"),
      interview("Northwind", "2026-08-02", "rejected", "ola@northwind.example"),
      interview("Contoso", "2026-12-01", "active", "kim@contoso.example"),
    ],
    reflections: [
      {
        interviewId: 1,
        answers: { direct: { answer: "partly", note: "Long" } },
        note: "",
        createdAt: stamp,
        updatedAt: stamp,
      },
    ],
    feedback: [
      {
        interviewId: 2,
        received: true,
        text: "More depth",
        themes: ["technical_depth"],
        receivedAt: stamp,
        createdAt: stamp,
      },
    ],
    nextSteps: [
      {
        interviewId: 2,
        feedbackId: 1,
        text: "Practise",
        done: 0,
        dueDate: "",
        createdAt: stamp,
        doneAt: "",
      },
    ],
    templates: [
      {
        kind: "feedback_request",
        language: "en",
        name: "Mine",
        subject: "s",
        body: "b",
        isDefault: 1,
        builtinKey: "",
        updatedAt: stamp,
      },
    ],
    followUps: [
      {
        interviewId: 2,
        kind: "feedback_request",
        host: "gmail",
        messageId: "m-1",
        draftedAt: stamp,
      },
    ],
    verdicts: [
      {
        messageKey: "gmail:m-1",
        decision: "rejection",
        decidedBy: "user",
        interviewId: 2,
        decidedAt: stamp,
      },
    ],
    settings: [{ key: "myName", value: "Sam" }],
  };
  for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
  const written: Record<string, unknown[]> = {};
  for (const table of Object.keys(rows)) written[table] = await old.table(table).toArray();
  old.close();
  return written;
}

describe("schema version 2", () => {
  it("opens a database written by version 1 with nothing lost", async () => {
    const name = `upgrade-${Math.random()}`;
    const indexedDB = new IDBFactory();
    const before = await writeVersion1(name, indexedDB);

    const db = openDatabase({ name, indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
    for (const [table, rows] of Object.entries(before)) {
      expect(await db.table(table).toArray(), table).toEqual(rows);
    }
    // The indexes of version 1 still answer, and the new one is built over the old rows.
    expect((await findInterviewsBySender(db, "priya@lumen.example")).map((i) => i.company)).toEqual(
      ["Lumen"],
    );
    expect(
      (await findInterviewsByThread(db, { host: "gmail", threadId: "t-Northwind" })).map(
        (i) => i.id,
      ),
    ).toEqual([2]);
    expect((await getReflection(db, 1))?.answers).toEqual({
      direct: { answer: "partly", note: "Long" },
    });
    expect((await listOpenSteps(db)).map((step) => step.text)).toEqual(["Practise"]);
    const groups = await listInterviewGroups(db, new Date(2026, 10, 20, 12));
    expect(groups.upcoming.map((i) => i.company)).toEqual(["Contoso"]);
    expect(groups.waiting.map((i) => i.company)).toEqual(["Lumen"]);
    expect(groups.closed.map((i) => i.company)).toEqual(["Northwind"]);
    expect(
      await db.interviews.where("[status+date]").equals(["rejected", "2026-08-02"]).count(),
    ).toBe(1);
    db.close();
  });

  it("keeps the new index in step with status changes", async () => {
    const db = openDatabase({
      name: `fresh-${Math.random()}`,
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    const id = await db.interviews.add(
      interview("Lumen", "2026-09-10", "active", "a@lumen.example") as never,
    );
    await db.interviews.update(id, { status: "offer" });
    expect(
      await db.interviews.where("[status+date]").equals(["active", "2026-09-10"]).count(),
    ).toBe(0);
    expect(await db.interviews.where("[status+date]").equals(["offer", "2026-09-10"]).count()).toBe(
      1,
    );
  });
});

describe("schema version 3", () => {
  it("keys Gmail conversations linked in the permanent-id form on their hex id, so they still match", async () => {
    const name = `upgrade-3-${Math.random()}`;
    const indexedDB = new IDBFactory();
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(VERSION_1);
    old.version(2).stores({
      interviews:
        "++id, company, status, date, updatedAt, *interviewerEmails, *threadKeys, [status+date]",
    });
    await old.open();
    const threads = [
      { host: "gmail", threadId: "thread-f:1781042118350512401" },
      // The same conversation, linked again after the page showed its hex id.
      { host: "gmail", threadId: "18b7885eca4aa111" },
      { host: "gmail", threadId: "thread-a:r-6519434187302016851" },
      { host: "outlook", threadId: "thread-f:1781042118350512401" },
    ];
    await old.table("interviews").bulkAdd([
      {
        ...interview("Lumen", "2026-09-10", "active", "priya@lumen.example"),
        threads,
        threadKeys: threads.map((link) => `${link.host}:${link.threadId}`),
      },
      interview("Northwind", "2026-08-02", "rejected", "ola@northwind.example"),
    ]);
    const untouched = await old.table("interviews").get(2);
    old.close();

    const db = openDatabase({ name, indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
    const lumen = await db.interviews.get(1);
    expect(lumen?.threads).toEqual([
      { host: "gmail", threadId: "18b7885eca4aa111" },
      { host: "gmail", threadId: "thread-a:r-6519434187302016851" },
      { host: "outlook", threadId: "thread-f:1781042118350512401" },
    ]);
    expect(
      (await findInterviewsByThread(db, { host: "gmail", threadId: "18b7885eca4aa111" })).map(
        (i) => i.company,
      ),
    ).toEqual(["Lumen"]);
    expect(
      await findInterviewsByThread(db, { host: "gmail", threadId: "thread-f:1781042118350512401" }),
    ).toEqual([]);
    expect(await db.interviews.get(2)).toEqual(untouched);
    db.close();
  });
});
