import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The house rule "only src/db writes the database", checked on the sources: a Dexie write outside
// src/db fails here. Dexie's writes (https://dexie.org/docs/Table/Table and
// https://dexie.org/docs/Collection/Collection): add, put, update, delete, bulkAdd, bulkPut,
// bulkUpdate, bulkDelete, clear on a table; modify and delete on a collection.

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

const TABLE_WRITE = "(?:add|put|update|delete|bulkAdd|bulkPut|bulkUpdate|bulkDelete|clear)";
const WRITES: RegExp[] = [
  // db.interviews.add(…), database.followUps.clear(), db.table("x").put(…)
  new RegExp(
    `\\b(?:db|database)\\s*\\.\\s*(?:\\w+|table\\([^)]*\\))\\s*\\.\\s*${TABLE_WRITE}\\s*\\(`,
  ),
  // A table held under a name that says so: db.tables.map((table) => table.clear()), store.put(…)
  new RegExp(`\\b\\w*(?:[tT]able|[sS]tore)s?\\s*\\.\\s*${TABLE_WRITE}\\s*\\(`),
  // Writes no Set, Map or list has.
  /\.\s*(?:modify|bulkAdd|bulkPut|bulkUpdate|bulkDelete)\s*\(/,
  // A query's rows deleted: db.verdicts.where(…).equals(…).delete()
  /\.\s*where\s*\([^;]*?\)\s*\.\s*delete\s*\(/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Where `source` writes the database, as `line: text`. */
function databaseWrites(source: string): string[] {
  const found: string[] = [];
  source.split("\n").forEach((line, index) => {
    if (WRITES.some((write) => write.test(line))) found.push(`${index + 1}: ${line.trim()}`);
  });
  // A chain broken over lines: db.verdicts\n  .where(…)\n  .delete()
  const joined = source.replace(/\s*\n\s*/g, " ");
  if (found.length === 0 && WRITES.some((write) => write.test(joined))) found.push("(over lines)");
  return found;
}

describe("the database", () => {
  it("is written only by src/db", () => {
    const outside = sources(SRC).filter((path) => !path.startsWith(join(SRC, "db")));
    expect(outside.length).toBeGreaterThan(50);
    const writes = outside.flatMap((path) =>
      databaseWrites(readFileSync(path, "utf8")).map((line) => `${relative(ROOT, path)}:${line}`),
    );
    expect(writes).toEqual([]);
  });

  it("is found written in each way Dexie writes, and not by Sets, Maps and class lists", () => {
    for (const write of [
      "await db.followUps.add({ interviewId });",
      "await db.interviews.update(id, { dateUnknown: true });",
      "db.table(name).put(row)",
      "await database.settings.delete(key);",
      'db.verdicts\n  .where("messageKey")\n  .equals(key)\n  .delete();',
      'await db.interviews.where("status").equals("active").modify({ status: "offer" });',
      "await table.bulkPut(rows);",
      "await db.templates.clear();",
      "await Promise.all(db.tables.map((table) => table.clear()));",
      "const interviewsTable = db.interviews; await interviewsTable.put(row);",
      "tx.objectStore(name).add(row); store.delete(key);",
    ]) {
      expect(databaseWrites(write), write).not.toEqual([]);
    }
    for (const harmless of [
      "dismissed.add(email.messageId);",
      'element.classList.add("busy");',
      "cache.delete(key);",
      'params.delete("x");',
      'const rows = await db.interviews.where("status").equals("active").toArray();',
      "db.table(table).count()",
    ]) {
      expect(databaseWrites(harmless), harmless).toEqual([]);
    }
  });
});
