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
