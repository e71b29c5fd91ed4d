import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database";
import { RefusedWriteError } from "../../src/db/interviews";
import {
  deleteTemplate,
  findDefaultTemplate,
  makeDefaultTemplate,
  resetTemplates,
  saveTemplate,
  type TemplateDraft,
} from "../../src/db/templates";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

const draft: TemplateDraft = {
  kind: "feedback_request",
  language: "en",
  name: "Mine",
  subject: "Feedback",
  body: "Hi {{interviewer.firstName|there}},",
  builtinKey: "feedback_request.en",
};

const asDefault = { makeDefault: true };

async function defaults(db: ReturnType<typeof freshDatabase>) {
  return (await db.templates.toArray()).filter((row) => row.isDefault === 1).map((row) => row.id);
}

describe("saving a template", () => {
  it("stores a new one as the default of its kind and language when asked", async () => {
    const db = freshDatabase();
    const id = await saveTemplate(db, draft, asDefault, new Date("2026-11-01T10:00:00Z"));
    expect(await db.templates.get(id)).toEqual({
      ...draft,
      id,
      isDefault: 1,
      updatedAt: "2026-11-01T10:00:00.000Z",
    });
    expect((await findDefaultTemplate(db, "feedback_request", "en"))?.id).toBe(id);
  });

  it("stores a new one beside the default when not asked to make it the default", async () => {
    const db = freshDatabase();
    const first = await saveTemplate(db, draft, asDefault);
    const second = await saveTemplate(db, { ...draft, name: "Short" });
    expect((await db.templates.get(second))?.isDefault).toBe(0);
    expect(await defaults(db)).toEqual([first]);
  });

  it("unmarks the other defaults of the same kind and language, and no others", async () => {
    const db = freshDatabase();
    const first = await saveTemplate(db, draft, asDefault);
    const spanish = await saveTemplate(db, { ...draft, language: "es" }, asDefault);
    const thanks = await saveTemplate(db, { ...draft, kind: "thank_you" }, asDefault);
    const second = await saveTemplate(db, { ...draft, name: "Second" }, asDefault);
    expect((await db.templates.get(first))?.isDefault).toBe(0);
    expect((await defaults(db)).sort()).toEqual([spanish, thanks, second].sort());
  });

  it("edits the row it was opened from, keeping whether it is the default", async () => {
    const db = freshDatabase();
    const mine = await saveTemplate(db, draft, asDefault);
    const other = await saveTemplate(db, { ...draft, name: "Other" });
    expect(await saveTemplate(db, { ...draft, id: mine, body: "Hello" })).toBe(mine);
    expect(await saveTemplate(db, { ...draft, id: other, body: "Hey" })).toBe(other);
    expect(await db.templates.count()).toBe(2);
    expect((await db.templates.get(mine))?.body).toBe("Hello");
    expect((await db.templates.get(other))?.body).toBe("Hey");
    expect(await defaults(db)).toEqual([mine]);
  });

  it("adds a row when the one it was opened from is gone", async () => {
    const db = freshDatabase();
    const id = await saveTemplate(db, draft, asDefault);
    await db.templates.delete(id);
    const again = await saveTemplate(db, { ...draft, id }, asDefault);
    expect(await db.templates.count()).toBe(1);
    expect((await db.templates.get(again))?.isDefault).toBe(1);
  });
});

describe("making a template the default", () => {
  it("leaves exactly one default of its kind and language, and the others alone", async () => {
    const db = freshDatabase();
    const first = await saveTemplate(db, draft, asDefault);
    const second = await saveTemplate(db, { ...draft, name: "Second" });
    const spanish = await saveTemplate(db, { ...draft, language: "es" }, asDefault);
    await makeDefaultTemplate(db, "feedback_request", "en", second);
    expect((await defaults(db)).sort()).toEqual([second, spanish].sort());
    expect((await findDefaultTemplate(db, "feedback_request", "en"))?.id).toBe(second);
    expect((await db.templates.get(first))?.isDefault).toBe(0);
  });

  it("makes the built-in one the default again when given no template", async () => {
    const db = freshDatabase();
    await saveTemplate(db, draft, asDefault);
    await makeDefaultTemplate(db, "feedback_request", "en", null);
    expect(await findDefaultTemplate(db, "feedback_request", "en")).toBeNull();
    expect(await db.templates.count()).toBe(1);
  });

  it("refuses a template that is gone or of another kind, and changes nothing", async () => {
    const db = freshDatabase();
    const mine = await saveTemplate(db, draft, asDefault);
    const thanks = await saveTemplate(db, { ...draft, kind: "thank_you" });
    await expect(makeDefaultTemplate(db, "feedback_request", "en", 999)).rejects.toThrow(
      RefusedWriteError,
    );
    await expect(makeDefaultTemplate(db, "feedback_request", "en", thanks)).rejects.toThrow(
      RefusedWriteError,
    );
    expect(await defaults(db)).toEqual([mine]);
  });
});

describe("deleting a template", () => {
  it("deletes that one; deleting the default makes the built-in one the default", async () => {
    const db = freshDatabase();
    const mine = await saveTemplate(db, draft, asDefault);
    const other = await saveTemplate(db, { ...draft, name: "Other" });
    expect(await deleteTemplate(db, other)).toBe(true);
    expect((await findDefaultTemplate(db, "feedback_request", "en"))?.id).toBe(mine);
    expect(await deleteTemplate(db, mine)).toBe(true);
    expect(await findDefaultTemplate(db, "feedback_request", "en")).toBeNull();
    expect(await deleteTemplate(db, mine)).toBe(false);
  });
});

describe("resetting to the built-in template", () => {
  it("deletes the user's templates of that kind and language only", async () => {
    const db = freshDatabase();
    await saveTemplate(db, draft, asDefault);
    await saveTemplate(db, { ...draft, name: "Another" });
    const spanish = await saveTemplate(db, { ...draft, language: "es" }, asDefault);
    expect(await resetTemplates(db, "feedback_request", "en")).toBe(2);
    expect(await findDefaultTemplate(db, "feedback_request", "en")).toBeNull();
    expect((await db.templates.toArray()).map((row) => row.id)).toEqual([spanish]);
  });
});
