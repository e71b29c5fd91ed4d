import { RecordGoneError } from "../db/interviews";
import { t } from "./i18n";

const told = new WeakSet<object>();

/** The names a storage failure goes by: the browser's own (a DOMException) or Dexie's wrapper. */
function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's error in `inner`; a few levels are plenty.
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === "string") names.push(name);
    current = inner;
  }
  return names;
}

/**
 * Why something failed, as one sentence in the interface's words, for a message that has already
 * said what did not happen ("Nothing was imported."). The error itself (a library's words, now
 * and then with a link to its docs) goes to the console, for whoever debugs it, never to the user.
 */
export function failureReason(error: unknown): string {
  // Screens ask again each time they draw a failure: the console hears of each error once.
  if (typeof error !== "object" || error === null || !told.has(error)) {
    console.error("Debrief:", error);
    if (typeof error === "object" && error !== null) told.add(error);
  }
  const names = namesOf(error);
  if (names.includes("QuotaExceededError")) return t("failureStorageFull");
  if (error instanceof RecordGoneError) return t("failureRecordGone");
  if (
    names.some((name) =>
      ["DatabaseClosedError", "OpenFailedError", "VersionError", "InvalidStateError"].includes(
        name,
      ),
    )
  ) {
    return t("failureStorageClosed");
  }
  return t("failureUnknown");
}
