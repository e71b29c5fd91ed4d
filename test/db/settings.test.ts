import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database";
import { readMyName, SETTING, saveMyName } from "../../src/db/settings";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

describe("the user's name", () => {
  it("reads as empty before one is saved", async () => {
    expect(await readMyName(freshDatabase())).toBe("");
  });

  it("is saved without surrounding spaces and read back", async () => {
    const db = freshDatabase();
    expect(await saveMyName(db, "  Alex Doe ")).toBe("Alex Doe");
    expect(await readMyName(db)).toBe("Alex Doe");
    expect(await db.settings.get("myName")).toEqual({ key: "myName", value: "Alex Doe" });
  });

  it("replaces the name saved before, and can be cleared", async () => {
    const db = freshDatabase();
    await saveMyName(db, "Alex Doe");
    await saveMyName(db, "Alex Q. Doe");
    expect(await readMyName(db)).toBe("Alex Q. Doe");
    await saveMyName(db, "   ");
    expect(await readMyName(db)).toBe("");
  });

  it("reads as empty when what is stored under the key is not text", async () => {
    const db = freshDatabase();
    await db.settings.put({ key: SETTING.myName, value: 42 });
    expect(await readMyName(db)).toBe("");
  });
});
