import { liveQuery } from "dexie";
import { useLayoutEffect, useState } from "preact/hooks";

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
  // The caller lists what the query depends on, as with useEffect. Subscribed as soon as the page is
  // drawn rather than a frame later (where Preact runs effects): the answer comes that much sooner.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: "ready", value }),
      error: (error: unknown) => setResult({ state: "failed", error }),
    });
    return () => subscription.unsubscribe();
  }, inputs);
  return result;
}
