import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { addFollowUp, lastDraftedAt } from "../../src/db/follow-ups";
import {
  addInterview,
  findInterviewsByThread,
  linkThread,
  setInterviewStatus,
} from "../../src/db/interviews";
import { findDefaultTemplate } from "../../src/db/templates";
import {
  dismissedMessageIds,
  isDismissed,
  MAX_DISMISSED_TOLD,
  messageKeyOf,
  readVerdict,
  recordDetectorVerdict,
  recordUserVerdict,
} from "../../src/db/verdicts";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 9, minute));
const thread = { host: "gmail" as const, threadId: "t-1" };

describe("a message's verdict", () => {
  it("records the detector's, and never lets it overwrite the user's", async () => {
    const db = freshDatabase();
    const key = messageKeyOf("gmail", "msg-f:1");
    expect(key).toBe("gmail:msg-f:1");
    await recordDetectorVerdict(db, key, 3, at(0));
    expect(await readVerdict(db, key)).toMatchObject({ decidedBy: "detector", interviewId: 3 });
    await recordUserVerdict(db, key, { decision: "not_rejection", interviewId: 3 }, at(1));
    await recordDetectorVerdict(db, key, 4, at(2));
    const verdict = await readVerdict(db, key);
    expect(verdict).toMatchObject({ decision: "not_rejection", decidedBy: "user", interviewId: 3 });
    expect(isDismissed(verdict)).toBe(true);
  });

  it("keeps what was done with the message when the user's word changes", async () => {
    const db = freshDatabase();
    const key = messageKeyOf("outlook", "AAMk1");
    await recordUserVerdict(
      db,
      key,
      { decision: "rejection", interviewId: null, feedbackRequestedAt: "2026-11-26T09:00:00.000Z" },
      at(0),
    );
    await recordUserVerdict(db, key, { decision: "not_rejection", interviewId: null }, at(5));
    expect(await readVerdict(db, key)).toMatchObject({
      decision: "not_rejection",
      feedbackRequestedAt: "2026-11-26T09:00:00.000Z",
      decidedAt: at(5).toISOString(),
    });
  });
});

describe("an interview's conversations and status", () => {
  it("links a conversation once, and takes it from the interview it was wrongly linked to", async () => {
    const db = freshDatabase();
    const wrong = await addInterview(
      db,
      { ...emptyDraft(), company: "A", date: "2026-11-01" },
      at(0),
      [thread],
    );
    const right = await addInterview(
      db,
      { ...emptyDraft(), company: "B", date: "2026-11-02" },
      at(0),
    );
    await linkThread(db, right, thread, at(1));
    await linkThread(db, right, thread, at(2));
    expect((await db.interviews.get(right))?.threads).toEqual([thread]);
    expect((await db.interviews.get(wrong))?.threads).toEqual([]);
    expect((await findInterviewsByThread(db, thread)).map((i) => i.id)).toEqual([right]);
    expect(await findInterviewsByThread(db, { host: "gmail", threadId: "" })).toEqual([]);
  });

  it("sets a status, and leaves an unchanged one (and its date) alone", async () => {
    const db = freshDatabase();
    const id = await addInterview(db, { ...emptyDraft(), company: "A", date: "2026-11-01" }, at(0));
    await setInterviewStatus(db, id, "rejected", at(1));
    await setInterviewStatus(db, id, "rejected", at(2));
    expect(await db.interviews.get(id)).toMatchObject({
      status: "rejected",
      updatedAt: at(1).toISOString(),
    });
  });
});

describe("drafted messages and templates", () => {
  it("tells when the latest feedback request for an interview was drafted", async () => {
    const db = freshDatabase();
    expect(await lastDraftedAt(db, 1, "feedback_request")).toBeNull();
    for (const [kind, minute] of [
      ["feedback_request", 1],
      ["feedback_request", 7],
      ["thank_you", 9],
    ] as const)
      await addFollowUp(db, {
        interviewId: 1,
        kind,
        host: "gmail",
        messageId: `m${minute}`,
        draftedAt: at(minute).toISOString(),
      });
    expect(await lastDraftedAt(db, 1, "feedback_request")).toBe(at(7).toISOString());
  });

  it("finds the user's default template of a kind in a language", async () => {
    const db = freshDatabase();
    const row = {
      kind: "feedback_request" as const,
      language: "es",
      name: "Mine",
      subject: "",
      body: "Hola",
      builtinKey: "",
    };
    await db.templates.add({ ...row, isDefault: 0, updatedAt: "2026-11-03" });
    expect(await findDefaultTemplate(db, "feedback_request", "es")).toBeNull();
    await db.templates.add({ ...row, body: "Older", isDefault: 1, updatedAt: "2026-11-01" });
    await db.templates.add({ ...row, body: "Newer", isDefault: 1, updatedAt: "2026-11-02" });
    expect((await findDefaultTemplate(db, "feedback_request", "es"))?.body).toBe("Newer");
    expect(await findDefaultTemplate(db, "feedback_request", "en")).toBeNull();
    expect(await findDefaultTemplate(db, "thank_you", "es")).toBeNull();
  });
});

describe("the messages a mail page is told are dismissed", () => {
  it("among 10,000 verdicts, names only the site's dismissed ones, the latest first, a bounded few", async () => {
    const db = freshDatabase();
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      messageKey: messageKeyOf(i % 2 === 0 ? "gmail" : "outlook", `m-${i}`),
      // Two in three dismissed by the user; the rest are the detector's rejections.
      decision: i % 3 !== 1 ? ("not_rejection" as const) : ("rejection" as const),
      decidedBy: i % 3 !== 1 ? ("user" as const) : ("detector" as const),
      interviewId: null,
      decidedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    }));
    await db.verdicts.bulkPut(rows);
    const ids = await dismissedMessageIds(db, "gmail");
    const expected = rows
      .filter((row) => row.decision === "not_rejection" && row.messageKey.startsWith("gmail:"))
      .reverse()
      .map((row) => row.messageKey.slice("gmail:".length));
    expect(expected.length).toBeGreaterThan(MAX_DISMISSED_TOLD);
    expect(ids).toEqual(expected.slice(0, MAX_DISMISSED_TOLD));
    expect(await dismissedMessageIds(db, "outlook", 3)).toEqual(["m-9999", "m-9995", "m-9993"]);
  });
});
