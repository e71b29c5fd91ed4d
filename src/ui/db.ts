import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { type DebriefDatabase, openDatabase } from "../db/database";

let shared: DebriefDatabase | undefined;

/**
 * The one database instance of this page. Opened on first use rather than at import, so tests can
 * install fake-indexeddb first and a page that never reads data never opens IndexedDB.
 */
export function sharedDatabase(): DebriefDatabase {
  shared ??= openDatabase();
  return shared;
}

/** Tests provide their own database here; pages leave it empty and get the shared one. */
export const DatabaseContext = createContext<DebriefDatabase | null>(null);

export function useDatabase(): DebriefDatabase {
  return useContext(DatabaseContext) ?? sharedDatabase();
}
