import type { DebriefDatabase } from "../db/database";
import { forgetSessionMemory } from "../ui/extension-api";
import { forgetListSnapshot } from "../ui/list-snapshot";

/**
 * Empties every table of the database in one transaction: all of it goes, or (on failure) none of it.
 * Reads the tables from the live schema, so tables added in later versions are cleared too.
 */
export async function deleteEverything(db: DebriefDatabase): Promise<void> {
  await db.transaction("rw", db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  // The popup's copy of its list goes too, and the background's memory of the emails open in mail
  // tabs: nothing deleted may show again, even for a moment.
  forgetListSnapshot();
  await forgetSessionMemory();
}
