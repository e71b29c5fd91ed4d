import type { DebriefDatabase } from "../db/database";
import { readAllTables, TABLE_NAMES, type TableName, type TableRows } from "../db/tables";
import { localDay } from "../ui/format-date";

export { TABLE_NAMES, type TableName };

/** An export's data: each table's rows. */
export type ExportedTables = TableRows;

/** The file the user downloads. `format` and `version` let an import recognise it and migrate it later. */
export interface DebriefExport {
  format: "debrief-export";
  version: 1;
  exportedAt: string;
  data: ExportedTables;
}

/** The whole database as one file: every table, read in one transaction. */
export async function buildExport(db: DebriefDatabase, now = new Date()): Promise<DebriefExport> {
  const data = await readAllTables(db);
  return { format: "debrief-export", version: 1, exportedAt: now.toISOString(), data };
}

/** `debrief-export-2026-03-04.json`, dated by the user's own calendar. */
export function exportFileName(now = new Date()): string {
  return `debrief-export-${localDay(now)}.json`;
}
