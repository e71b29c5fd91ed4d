import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database";
import {
  hideCard,
  isSettingValue,
  readHiddenCards,
  readMailSites,
  readMinConfidence,
  readMyName,
  readSwitch,
  SETTING,
  saveMailSites,
  saveMinConfidence,
  saveMyName,
  saveSwitch,
} from "../../src/db/settings";

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

describe("the mail sites Debrief runs on", () => {
  it("are both on before anything is saved", async () => {
    expect(await readMailSites(freshDatabase())).toEqual({ gmail: true, outlook: true });
  });

  it("are saved and read back", async () => {
    const db = freshDatabase();
    expect(await saveMailSites(db, { gmail: false, outlook: true })).toEqual({
      gmail: false,
      outlook: true,
    });
    expect(await readMailSites(db)).toEqual({ gmail: false, outlook: true });
    expect(await db.settings.get("mailSites")).toEqual({
      key: "mailSites",
      value: { gmail: false, outlook: true },
    });
  });

  it("fall back to on for anything malformed", async () => {
    const db = freshDatabase();
    for (const value of [null, "gmail", 1, [false, false], { gmail: "no", outlook: 0 }]) {
      await db.settings.put({ key: SETTING.mailSites, value });
      expect(await readMailSites(db)).toEqual({ gmail: true, outlook: true });
    }
    await db.settings.put({ key: SETTING.mailSites, value: { outlook: false, other: false } });
    expect(await readMailSites(db)).toEqual({ gmail: true, outlook: false });
  });
});

describe("how sure the detector must be", () => {
  it("is 0.5 before anything is saved", async () => {
    expect(await readMinConfidence(freshDatabase())).toBe(0.5);
  });

  it("saves and reads each of the three levels", async () => {
    const db = freshDatabase();
    for (const level of [0.9, 0.5, 0.75]) {
      expect(await saveMinConfidence(db, level)).toBe(level);
      expect(await readMinConfidence(db)).toBe(level);
    }
    expect(await db.settings.get("minConfidence")).toEqual({ key: "minConfidence", value: 0.75 });
  });

  it("refuses to save anything but a level, and reads anything else stored as the default", async () => {
    const db = freshDatabase();
    await saveMinConfidence(db, 0.9);
    await expect(saveMinConfidence(db, 0.3)).rejects.toThrow(RangeError);
    expect(await readMinConfidence(db)).toBe(0.9);
    for (const value of [0.3, "0.9", null, Number.NaN, { level: 0.9 }]) {
      await db.settings.put({ key: SETTING.minConfidence, value });
      expect(await readMinConfidence(db)).toBe(0.5);
    }
  });
});

describe("on/off settings", () => {
  it("read as their defaults until saved: reminders on, rejection words shown", async () => {
    const db = freshDatabase();
    expect(await readSwitch(db, "reminders")).toBe(true);
    expect(await readSwitch(db, "hideRejectionText")).toBe(false);
    await saveSwitch(db, "reminders", false);
    await saveSwitch(db, "hideRejectionText", true);
    expect(await readSwitch(db, "reminders")).toBe(false);
    expect(await readSwitch(db, "hideRejectionText")).toBe(true);
    // A value that is not a boolean (a hand-edited import) reads as the default.
    await db.settings.put({ key: "reminders", value: "yes" });
    expect(await readSwitch(db, "reminders")).toBe(true);
  });
});

describe("hidden popup cards", () => {
  it("remember when each card was hidden, the later hiding replacing the earlier", async () => {
    const db = freshDatabase();
    expect(await readHiddenCards(db)).toEqual({});
    const first = new Date(Date.UTC(2026, 10, 20, 9));
    const second = new Date(Date.UTC(2026, 10, 22, 9));
    await hideCard(db, "reflect", first);
    await hideCard(db, "steps", first);
    await hideCard(db, "reflect", second);
    expect(await readHiddenCards(db)).toEqual({ reflect: second, steps: first });
  });

  it("read what is not a card or not a time as never hidden, and an import may not store it", async () => {
    const db = freshDatabase();
    const stored = { reflect: "yesterday", steps: "2026-11-20T09:00:00.000Z", theme: "2026-11-20" };
    await db.settings.put({ key: SETTING.hiddenCards, value: stored });
    expect(await readHiddenCards(db)).toEqual({ steps: new Date("2026-11-20T09:00:00.000Z") });
    expect(isSettingValue("hiddenCards", stored)).toBe(false);
    expect(isSettingValue("hiddenCards", { steps: "2026-11-20T09:00:00.000Z" })).toBe(true);
    await db.settings.put({ key: SETTING.hiddenCards, value: ["reflect"] });
    expect(await readHiddenCards(db)).toEqual({});
  });
});
