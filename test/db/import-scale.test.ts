import "fake-indexeddb/auto";
import "../setup/i18n";
import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { comparableHistory, sampleExport } from "../../scripts/lib/sample-history";
import { type DebriefDatabase, openDatabase } from "../../src/db/database";
import { previewImport, writeImport } from "../../src/db/import";
import { TABLE_NAMES } from "../../src/db/tables";
import { deleteEverything } from "../../src/options/delete-everything";
import { buildInterviewsCsv } from "../../src/options/export-csv";
import { buildExport } from "../../src/options/export-data";
import { parseImport } from "../../src/options/import-data";

// A year or more of job hunting, and then some: the sizes where an import used to fail were 100
// interviews and up.
const INTERVIEWS = 10_000;

let db: DebriefDatabase;
let databases = 0;

beforeEach(() => {
  databases += 1;
  db = openDatabase({ name: `import-scale-${databases}` });
});

afterEach(async () => {
  await db.delete();
});

/** The file as the user would choose it: Debrief's own export, written out and read back. */
function checkedFile(interviews: number) {
  const file = sampleExport(interviews);
  const checked = parseImport(JSON.stringify(file, null, 2));
  if (!checked.ok) throw new Error(checked.problems.join("\n"));
  return { file, data: checked.data };
}

describe("an import of 10,000 interviews with everything that hangs off them", () => {
  it("previews, writes all of it, and exports it again field by field", {
    timeout: 120_000,
  }, async () => {
    const { file, data } = checkedFile(INTERVIEWS);
    const preview = await previewImport(db, data);
    for (const table of TABLE_NAMES) {
      expect(preview[table], table).toEqual({ added: file.data[table].length, matched: 0 });
      expect(await db.table(table).count(), table).toBe(0);
    }
    expect(await writeImport(db, data)).toEqual(preview);
    const again = await buildExport(db);
    expect(comparableHistory(again.data)).toEqual(comparableHistory(file.data));
    // The spreadsheet too: a header and one row per interview.
    const csv = await buildInterviewsCsv(db);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(INTERVIEWS + 1);
    // The indexed copies the sender lookup reads are built as for an interview typed in.
    const sample = again.data.interviews.find((interview) =>
      interview.interviewers.some((p) => p.email),
    );
    expect(sample?.interviewerEmails?.length).toBeGreaterThan(0);
  });

  it("adds nothing the second time, and Delete everything empties every table", {
    timeout: 120_000,
  }, async () => {
    const { data } = checkedFile(INTERVIEWS);
    await writeImport(db, data);
    const second = await writeImport(db, data);
    for (const table of TABLE_NAMES) expect(second[table].added, table).toBe(0);
    expect(second.interviews.matched).toBe(INTERVIEWS);
    await deleteEverything(db);
    for (const table of TABLE_NAMES) expect(await db.table(table).count(), table).toBe(0);
  });
});

describe("sizes around where imports used to stop", () => {
  for (const interviews of [99, 100, 101, 300]) {
    it(`brings back ${interviews} interviews whole`, async () => {
      const { file, data } = checkedFile(interviews);
      await previewImport(db, data);
      await writeImport(db, data);
      expect(comparableHistory((await buildExport(db)).data)).toEqual(comparableHistory(file.data));
    });
  }
});
