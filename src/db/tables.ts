import type { Table } from "dexie";
import type { DebriefDatabase } from "./database";

/**
 * Every table of the database, by name: what an export holds and an import writes. Typed so each
 * table's rows keep their type; a test checks it against the live schema so a table added in a
 * later version cannot be left out unnoticed.
 */
export const TABLE_NAMES = [
  "interviews",
  "reflections",
  "feedback",
  "nextSteps",
  "templates",
  "followUps",
  "verdicts",
  "settings",
] as const satisfies readonly (keyof DebriefDatabase)[];

export type TableName = (typeof TABLE_NAMES)[number];

type RowOf<Name extends TableName> =
  DebriefDatabase[Name] extends Table<infer Row, infer _Key, infer _Insert> ? Row : never;

/** Each table's rows, by table: an export's data, and what an import writes once checked. */
export type TableRows = { [Name in TableName]: RowOf<Name>[] };

/** Every table, with no rows: the start of a history built up table by table. */
export function emptyTables(): TableRows {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as TableRows;
}

/**
 * Every table's rows, read in one transaction so they are one consistent moment of the user's
 * history (inside a writing transaction, the moment it works on).
 */
export async function readAllTables(db: DebriefDatabase): Promise<TableRows> {
  const tables = TABLE_NAMES.map((name) => db.table(name));
  return db.transaction("r", tables, async () => {
    const rows = await Promise.all(tables.map((table) => table.toArray()));
    return Object.fromEntries(
      TABLE_NAMES.map((name, index) => [name, rows[index] ?? []]),
    ) as TableRows;
  });
}

/**
 * Empties every table of the database in one transaction: all of it goes, or (on failure) none of
 * it. Reads the tables from the live schema, so tables added in later versions are cleared too.
 */
export async function clearAllTables(db: DebriefDatabase): Promise<void> {
  await db.transaction("rw", db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
