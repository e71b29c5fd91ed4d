import type { DebriefDatabase } from "./database";

/**
 * Keys of the `settings` table. The options page writes them and the background reads them when it
 * fills in a reply, so a key is never renamed without a migration.
 */
export const SETTING = {
  /** The user's name as it should appear under replies: a string, "" when not given. */
  myName: "myName",
} as const;

/** The user's name as saved, or "" when none is (or what is stored is not text). */
export async function readMyName(db: DebriefDatabase): Promise<string> {
  const setting = await db.settings.get(SETTING.myName);
  return typeof setting?.value === "string" ? setting.value : "";
}

/** Saves the user's name without surrounding spaces, and returns what was saved. */
export async function saveMyName(db: DebriefDatabase, name: string): Promise<string> {
  const value = name.trim();
  await db.settings.put({ key: SETTING.myName, value });
  return value;
}
