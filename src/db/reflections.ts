import { localDay } from "../core/reflection/calendar";
import {
  type ChecklistAnswers,
  type ChecklistEntry,
  isChecklistAnswer,
  isChecklistKey,
} from "../core/reflection/checklist";
import { isUpcoming, needsReflection } from "../core/reflection/interview-groups";
import type { DebriefDatabase } from "./database";
import { interviewOrRefuse, RefusedWriteError } from "./interviews";
import type { Interview, Reflection } from "./schema";

/** The answers as stored: known questions only, notes trimmed. Anything unknown refuses the write. */
function checkedAnswers(answers: ChecklistAnswers): Reflection["answers"] {
  const stored: Record<string, ChecklistEntry> = {};
  for (const [key, entry] of Object.entries(answers)) {
    if (entry === undefined) continue;
    if (!isChecklistKey(key)) throw new RefusedWriteError(`"${key}" is no checklist question.`);
    if (!isChecklistAnswer(entry.answer))
      throw new RefusedWriteError(`"${String(entry.answer)}" is no answer to "${key}".`);
    stored[key] = { answer: entry.answer, note: (entry.note ?? "").trim() };
  }
  return stored;
}

/**
 * Saves the reflection on an interview: its first, or over the one there is (one per interview).
 * Questions may be left unanswered, to be come back to. Returns the reflection's id. An unknown
 * question or answer, or an interview that is gone, is a `RefusedWriteError` and writes nothing.
 */
export async function saveReflection(
  db: DebriefDatabase,
  interviewId: number,
  answers: ChecklistAnswers,
  note: string,
  now: Date,
): Promise<number> {
  const stored = checkedAnswers(answers);
  const stamp = now.toISOString();
  return db.transaction("rw", db.interviews, db.reflections, async () => {
    await interviewOrRefuse(db, interviewId);
    const existing = await db.reflections.where("interviewId").equals(interviewId).first();
    if (existing?.id !== undefined) {
      await db.reflections.update(existing.id, {
        answers: stored,
        note: note.trim(),
        updatedAt: stamp,
      });
      return existing.id;
    }
    return (await db.reflections.add({
      interviewId,
      answers: stored,
      note: note.trim(),
      createdAt: stamp,
      updatedAt: stamp,
    })) as number;
  });
}

export async function getReflection(
  db: DebriefDatabase,
  interviewId: number,
): Promise<Reflection | null> {
  return (await db.reflections.where("interviewId").equals(interviewId).first()) ?? null;
}

/**
 * The ids of the interviews that have a reflection, read from the index alone: all of them, or only
 * those among `interviewIds` (what a list on screen shows), which reads no more than those.
 */
export async function listReflectedInterviewIds(
  db: DebriefDatabase,
  interviewIds?: readonly number[],
): Promise<Set<number>> {
  const keys =
    interviewIds === undefined
      ? await db.reflections.orderBy("interviewId").keys()
      : interviewIds.length === 0
        ? []
        : await db.reflections
            .where("interviewId")
            .anyOf([...interviewIds])
            .keys();
  return new Set(keys as number[]);
}

/** How far back the popup looks for interviews to reflect on, unless told otherwise. */
export const REFLECTION_LOOKBACK_DAYS = 90;

/**
 * Interviews that have taken place and have no reflection yet, the latest first, at most `limit`:
 * what the popup offers the checklist for. Looks back `withinDays` days (`Infinity`: the whole
 * history), so the first screen reads the recent interviews' ids and only those reflections,
 * however long the history; an older interview still gets its checklist from its own page.
 */
export async function listInterviewsNeedingReflection(
  db: DebriefDatabase,
  now: Date,
  options: { limit?: number; withinDays?: number } = {},
): Promise<Interview[]> {
  return (await findInterviewsNeedingReflection(db, now, options)).interviews;
}

/**
 * The same, with how many there are in all (within the same `withinDays`), so the popup can say how
 * many more wait beyond the few it shows. With `after`, only the interviews that began after it:
 * the popup's card, once hidden, comes back for the interviews that follow.
 */
export async function findInterviewsNeedingReflection(
  db: DebriefDatabase,
  now: Date,
  {
    limit = 10,
    withinDays = REFLECTION_LOOKBACK_DAYS,
    after,
  }: { limit?: number; withinDays?: number; after?: Date | undefined } = {},
): Promise<{ interviews: Interview[]; total: number }> {
  const today = localDay(now);
  const lookback = Number.isFinite(withinDays)
    ? localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - withinDays))
    : "";
  const afterDay = after ? localDay(after) : "";
  const since = afterDay.localeCompare(lookback) > 0 ? afterDay : lookback;
  // Interviews that had begun by `after` are left out: the card was hidden with them in it.
  const counts = (interview: Interview) => !after || isUpcoming(interview, after);
  return db.transaction("r", db.interviews, db.reflections, async () => {
    const ids = (await db.interviews
      .where("date")
      .between(since, today, true, true)
      .reverse()
      .primaryKeys()) as number[];
    const reflected = await listReflectedInterviewIds(db, ids);
    const unreflected = ids.filter((id) => !reflected.has(id));
    const found: Interview[] = [];
    // Today's interviews may still be ahead: read a few more than asked, in batches, until enough.
    const batchSize = limit + 5;
    for (let at = 0; at < unreflected.length && found.length < limit; at += batchSize) {
      const batch = await db.interviews.bulkGet(unreflected.slice(at, at + batchSize));
      for (const interview of batch) {
        if (interview && needsReflection(interview, reflected, now) && counts(interview)) {
          found.push(interview);
        }
      }
    }
    found.sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        b.time.localeCompare(a.time) ||
        b.createdAt.localeCompare(a.createdAt),
    );
    // Only today's interviews can still be ahead; every earlier one counts as it is.
    const todays = await db.interviews.where("date").equals(today).toArray();
    const aheadToday = todays.filter(
      (interview) =>
        interview.id !== undefined &&
        !reflected.has(interview.id) &&
        !needsReflection(interview, reflected, now),
    ).length;
    // And on the day it was hidden, those that had begun by then.
    const hiddenThatDay = after
      ? (await db.interviews.where("date").equals(afterDay).toArray()).filter(
          (interview) =>
            interview.id !== undefined &&
            !reflected.has(interview.id) &&
            needsReflection(interview, reflected, now) &&
            !counts(interview),
        ).length
      : 0;
    return {
      interviews: found.slice(0, limit),
      total: unreflected.length - aheadToday - hiddenThatDay,
    };
  });
}
