import { localClock, localDay } from "./calendar";

/** What grouping reads of an interview (`db/schema.ts` `Interview` has it all). */
export interface InterviewTiming {
  id?: number;
  status: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, or "" when not known. */
  time: string;
  createdAt?: string;
}

export interface InterviewGroups<T> {
  /** Active and still ahead: the soonest first. */
  upcoming: T[];
  /** Active, behind the user, no answer logged yet: the latest first. */
  waiting: T[];
  /** Offer, rejected, withdrawn or no answer: the latest first. */
  closed: T[];
}

/**
 * True when the interview is still ahead of `now`: a later day, or today at a later time. An
 * interview today with no time counts as taken place, as the popup's status chip says
 * (`popup/interview-status.ts`): the user who adds one on the day mostly does so afterwards.
 */
export function isUpcoming(interview: Pick<InterviewTiming, "date" | "time">, now: Date): boolean {
  const today = localDay(now);
  if (interview.date > today) return true;
  return interview.date === today && interview.time !== "" && interview.time > localClock(now);
}

/** Latest first: the day, then the time, then the latest added. */
function latestFirst(a: InterviewTiming, b: InterviewTiming): number {
  return (
    b.date.localeCompare(a.date) ||
    b.time.localeCompare(a.time) ||
    (b.createdAt ?? "").localeCompare(a.createdAt ?? "") ||
    (b.id ?? 0) - (a.id ?? 0)
  );
}

/** Upcoming, waiting to hear and closed interviews, each in the order the popup lists them. */
export function groupInterviews<T extends InterviewTiming>(
  interviews: readonly T[],
  now: Date,
): InterviewGroups<T> {
  const groups: InterviewGroups<T> = { upcoming: [], waiting: [], closed: [] };
  for (const interview of interviews) {
    if (interview.status !== "active") groups.closed.push(interview);
    else if (isUpcoming(interview, now)) groups.upcoming.push(interview);
    else groups.waiting.push(interview);
  }
  groups.upcoming.sort((a, b) => -latestFirst(a, b));
  groups.waiting.sort(latestFirst);
  groups.closed.sort(latestFirst);
  return groups;
}

/** Lower case, accents and marks dropped, runs of anything else one space: `Société-Générale` → `societe generale`. */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * True when every word of the query appears in the interview's company or role, whatever the case
 * and accents: "soc gen analyst" finds "Société Générale, Analyst". An empty query matches all.
 */
export function matchesSearch(
  interview: { company: string; role: string },
  query: string,
): boolean {
  const words = searchKey(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchKey(`${interview.company} ${interview.role}`);
  return words.every((word) => haystack.includes(word));
}

/** The interviews that already have a reflection: their ids, or the reflections themselves. */
export type Reflected = ReadonlySet<number> | readonly { interviewId: number }[];

// A list of reflections is turned into ids once, however many interviews are asked about.
const idsOfList = new WeakMap<readonly { interviewId: number }[], ReadonlySet<number>>();

function reflectedIds(reflected: Reflected): ReadonlySet<number> {
  if (reflected instanceof Set) return reflected;
  const list = reflected as readonly { interviewId: number }[];
  let ids = idsOfList.get(list);
  if (!ids) {
    ids = new Set(list.map((reflection) => reflection.interviewId));
    idsOfList.set(list, ids);
  }
  return ids;
}

/**
 * True for an interview that has taken place and has no reflection yet, whatever its status: a
 * rejection or an offer is no reason to skip thinking the interview over.
 */
export function needsReflection(
  interview: InterviewTiming,
  reflected: Reflected,
  now: Date,
): boolean {
  if (interview.id === undefined || isUpcoming(interview, now)) return false;
  return !reflectedIds(reflected).has(interview.id);
}
