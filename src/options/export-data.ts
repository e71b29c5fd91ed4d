import type { DebriefDatabase } from "../db/database";
import { TABLE_NAMES, type TableName, type TableRows } from "../db/tables";
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
