import { SELECTOR_HITS_KEY } from "../core/selector-hits";
import type { DebriefDatabase } from "../db/database";
import { clearAllTables } from "../db/tables";
import { forgetSessionMemory, removeLocal } from "../ui/extension-api";
import { forgetListSnapshot } from "../ui/list-snapshot";

/**
 * Deletes everything Debrief keeps: every table of the database (all of it, or on failure none of
 * it), the background's memory of the emails open in mail tabs, the counts of which selectors
 * matched in them (no words of mail, but kept by Debrief all the same), and the popup's copy of its list,
 * so nothing deleted may show again, even for a moment. The memory of open emails goes first: when
 * that fails, nothing of the user's is gone yet, as the failure's message says.
 */
export async function deleteEverything(db: DebriefDatabase): Promise<void> {
  await forgetSessionMemory();
  await removeLocal(SELECTOR_HITS_KEY);
  await clearAllTables(db);
  forgetListSnapshot();
}
