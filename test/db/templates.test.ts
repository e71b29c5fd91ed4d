import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database";
import {
  findDefaultTemplate,
  resetTemplates,
  saveDefaultTemplate,
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

describe("saving a template", () => {
  it("stores it as the default of its kind and language", async () => {
    const db = freshDatabase();
    const id = await saveDefaultTemplate(db, draft, new Date("2026-11-01T10:00:00Z"));
    expect(await db.templates.get(id)).toEqual({
      ...draft,
      id,
      isDefault: 1,
      updatedAt: "2026-11-01T10:00:00.000Z",
    });
    expect((await findDefaultTemplate(db, "feedback_request", "en"))?.id).toBe(id);
  });

  it("unmarks the other defaults of the same kind and language, and no others", async () => {
    const db = freshDatabase();
    const first = await saveDefaultTemplate(db, draft);
    const spanish = await saveDefaultTemplate(db, { ...draft, language: "es" });
    const thanks = await saveDefaultTemplate(db, { ...draft, kind: "thank_you" });
    const second = await saveDefaultTemplate(db, { ...draft, name: "Second" });
    expect((await db.templates.get(first))?.isDefault).toBe(0);
    expect((await db.templates.get(second))?.isDefault).toBe(1);
    expect((await db.templates.get(spanish))?.isDefault).toBe(1);
    expect((await db.templates.get(thanks))?.isDefault).toBe(1);
  });

  it("edits the row it was opened from instead of adding one", async () => {
    const db = freshDatabase();
    const id = await saveDefaultTemplate(db, draft);
    expect(await saveDefaultTemplate(db, { ...draft, id, body: "Hello" })).toBe(id);
    expect(await db.templates.count()).toBe(1);
    expect((await db.templates.get(id))?.body).toBe("Hello");
  });

  it("adds a row when the one it was opened from is gone", async () => {
    const db = freshDatabase();
    const id = await saveDefaultTemplate(db, draft);
    await db.templates.delete(id);
    const again = await saveDefaultTemplate(db, { ...draft, id });
    expect(await db.templates.count()).toBe(1);
    expect((await db.templates.get(again))?.isDefault).toBe(1);
  });
});

describe("resetting to the built-in template", () => {
  it("deletes the user's templates of that kind and language only", async () => {
    const db = freshDatabase();
    await saveDefaultTemplate(db, draft);
    await saveDefaultTemplate(db, { ...draft, name: "Another" });
    const spanish = await saveDefaultTemplate(db, { ...draft, language: "es" });
    expect(await resetTemplates(db, "feedback_request", "en")).toBe(2);
    expect(await findDefaultTemplate(db, "feedback_request", "en")).toBeNull();
    expect((await db.templates.toArray()).map((row) => row.id)).toEqual([spanish]);
  });
});
