import { liveQuery } from "dexie";
import { useEffect, useState } from "preact/hooks";

/** A query's latest answer. "loading" is kept apart from an empty answer so a page does not flash its empty state. */
export type LiveResult<T> =
  | { state: "loading" }
  | { state: "ready"; value: T }
  | { state: "failed"; error: unknown };

/**
 * Runs a Dexie query and runs it again whenever the tables it read change, in this page or another
 * (the popup sees what the options page or the background wrote). dexie-react-hooks needs React,
 * so this is its Preact equivalent.
 */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  inputs: ReadonlyArray<unknown>,
): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ state: "loading" });
  // The caller lists what the query depends on, as with useEffect.
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: "ready", value }),
      error: (error: unknown) => setResult({ state: "failed", error }),
    });
    return () => subscription.unsubscribe();
  }, inputs);
  return result;
}
