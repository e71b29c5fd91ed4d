import { isInterviewStatus } from "../core/interview-status";
import type { InterviewOverview } from "../db/interviews";
import type { Interview } from "../db/schema";

/** What the popup's list shows of an interview. */
export type ListedInterview = Pick<
  Interview,
  "id" | "company" | "role" | "round" | "date" | "time" | "status"
>;

/** The popup's first list: its groups, each cut to the page shown, and how many there are. */
export interface ListOverview {
  upcoming: ListedInterview[];
  waiting: ListedInterview[];
  closed: ListedInterview[];
  waitingTotal: number;
  closedTotal: number;
}

const KEY = "debrief.interviewList";
// Raised whenever what is kept changes shape: an older copy is then simply not used.
const VERSION = 1;

function listed(interview: ListedInterview): ListedInterview {
  const { id, company, role, round, date, time, status } = interview;
  return { id, company, role, round, date, time, status };
}

function isListed(value: unknown): value is ListedInterview {
  if (typeof value !== "object" || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.id === "number" &&
    ["company", "role", "round", "date", "time"].every((key) => typeof item[key] === "string") &&
    isInterviewStatus(item.status)
  );
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The list as the popup last drew it, kept in the extension's own storage in this browser (the
 * extension's origin, like its database: no web page can read it). The popup draws it at once, and
 * what the database answers a moment later replaces it. Null when there is none, or it is not
 * usable.
 */
export function readListSnapshot(): ListOverview | null {
  try {
    const text = storage()?.getItem(KEY);
    if (!text) return null;
    const kept = JSON.parse(text) as Record<string, unknown>;
    if (kept.version !== VERSION) return null;
    const groups = ["upcoming", "waiting", "closed"] as const;
    if (
      !groups.every(
        (group) => Array.isArray(kept[group]) && (kept[group] as unknown[]).every(isListed),
      )
    )
      return null;
    if (typeof kept.waitingTotal !== "number" || typeof kept.closedTotal !== "number") return null;
    return kept as unknown as ListOverview;
  } catch {
    return null;
  }
}

/** Keeps the list just drawn from the database, for the next time the popup opens. */
export function writeListSnapshot(overview: InterviewOverview | ListOverview): void {
  const kept = {
    version: VERSION,
    upcoming: overview.upcoming.map(listed),
    waiting: overview.waiting.map(listed),
    closed: overview.closed.map(listed),
    waitingTotal: overview.waitingTotal,
    closedTotal: overview.closedTotal,
  };
  try {
    storage()?.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Storage full or refused: the popup only loses its head start.
  }
}

/** Forgets the kept list: after "Delete everything", nothing of it may show again. */
export function forgetListSnapshot(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing kept, or storage refused: nothing to forget.
  }
}
