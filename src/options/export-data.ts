import type { Table } from "dexie";
import type { DebriefDatabase } from "../db/database";
import { localDay } from "../ui/format-date";

/**
 * Every table of the database, by name. Typed so each table's rows keep their type in the export
 * (a future import reads the same shape); a test checks it against the live schema so a table added
 * in a later version cannot be left out of the export unnoticed.
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

export type ExportedTables = { [Name in TableName]: RowOf<Name>[] };

/** The file the user downloads. `format` and `version` let an import recognise it and migrate it later. */
export interface DebriefExport {
  format: "debrief-export";
  version: 1;
  exportedAt: string;
  data: ExportedTables;
}

/** Reads every table in one transaction, so the file is one consistent moment of the user's history. */
export async function buildExport(db: DebriefDatabase, now = new Date()): Promise<DebriefExport> {
  const tables = TABLE_NAMES.map((name) => db.table(name));
  const data = await db.transaction("r", tables, async () => {
    const rows = await Promise.all(tables.map((table) => table.toArray()));
    return Object.fromEntries(
      TABLE_NAMES.map((name, index) => [name, rows[index] ?? []]),
    ) as ExportedTables;
  });
  return { format: "debrief-export", version: 1, exportedAt: now.toISOString(), data };
}

/** `debrief-export-2026-03-04.json`, dated by the user's own calendar. */
export function exportFileName(now = new Date()): string {
  return `debrief-export-${localDay(now)}.json`;
}
