import { isCalendarDate } from "../core/interview-draft";
import type { DebriefDatabase } from "./database";
import { interviewOrRefuse, RecordGoneError, RefusedWriteError } from "./interviews";
import type { Interview, NextStep } from "./schema";

/** Two texts name the same step when they differ only in case and spacing. */
function sameStepKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Adds steps to an interview, in the order given, and returns the new steps' ids. A text already
 * open on the interview (or given twice) is skipped, as is an empty one: suggesting the same step
 * after the next feedback does not list it twice. The texts are the steps' words in the user's
 * language: the popup translates `StepSuggestion.message` before calling this.
 */
export async function addNextSteps(
  db: DebriefDatabase,
  interviewId: number,
  feedbackId: number | null,
  texts: readonly string[],
  now: Date = new Date(),
): Promise<number[]> {
  const stamp = now.toISOString();
  return db.transaction("rw", db.interviews, db.feedback, db.nextSteps, async () => {
    await interviewOrRefuse(db, interviewId);
    if (feedbackId !== null) {
      const feedback = await db.feedback.get(feedbackId);
      if (feedback?.interviewId !== interviewId)
        throw new RecordGoneError(`No feedback ${feedbackId} on interview ${interviewId}.`);
    }
    const open = await db.nextSteps
      .where("interviewId")
      .equals(interviewId)
      .filter((step) => step.done === 0)
      .toArray();
    const taken = new Set(open.map((step) => sameStepKey(step.text)));
    const added: number[] = [];
    for (const text of texts) {
      const key = sameStepKey(text);
      if (key === "" || taken.has(key)) continue;
      taken.add(key);
      const id = await db.nextSteps.add({
        interviewId,
        feedbackId,
        text: text.trim().replace(/\s+/g, " "),
        done: 0,
        dueDate: "",
        createdAt: stamp,
        doneAt: "",
      });
      added.push(id as number);
    }
    return added;
  });
}

async function stepOrRefuse(db: DebriefDatabase, id: number): Promise<NextStep> {
  const step = await db.nextSteps.get(id);
  if (!step) throw new RecordGoneError(`No step has id ${id}.`);
  return step;
}

/** Ticks a step off (`doneAt` is when), or back on. An unchanged step is not rewritten. */
export async function setStepDone(
  db: DebriefDatabase,
  id: number,
  done: boolean,
  now: Date,
): Promise<void> {
  await db.transaction("rw", db.nextSteps, async () => {
    const step = await stepOrRefuse(db, id);
    if ((step.done === 1) === done) return;
    await db.nextSteps.update(
      id,
      done ? { done: 1, doneAt: now.toISOString() } : { done: 0, doneAt: "" },
    );
  });
}

/** Gives a step the day it should be done by (`YYYY-MM-DD`), or takes it away (""). */
export async function setStepDueDate(
  db: DebriefDatabase,
  id: number,
  dueDate: string,
): Promise<void> {
  const day = dueDate.trim();
  if (day !== "" && !isCalendarDate(day)) throw new RefusedWriteError(`"${dueDate}" is no date.`);
  await db.transaction("rw", db.nextSteps, async () => {
    await stepOrRefuse(db, id);
    await db.nextSteps.update(id, { dueDate: day });
  });
}

/** Removes a step the user does not want. */
export async function deleteStep(db: DebriefDatabase, id: number): Promise<void> {
  await db.nextSteps.delete(id);
}

/**
 * Open steps first: the soonest due date first, steps without one after them, then the latest
 * added (steps added together keep their order). Done steps last, the latest done first.
 */
export function compareSteps(a: NextStep, b: NextStep): number {
  if (a.done !== b.done) return a.done - b.done;
  if (a.done === 1) return b.doneAt.localeCompare(a.doneAt) || (a.id ?? 0) - (b.id ?? 0);
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === "") return 1;
    if (b.dueDate === "") return -1;
    return a.dueDate.localeCompare(b.dueDate);
  }
  return b.createdAt.localeCompare(a.createdAt) || (a.id ?? 0) - (b.id ?? 0);
}

/** One interview's steps, open then done, ordered by `compareSteps`. */
export async function listSteps(db: DebriefDatabase, interviewId: number): Promise<NextStep[]> {
  const steps = await db.nextSteps.where("interviewId").equals(interviewId).toArray();
  return steps.sort(compareSteps);
}

/** Every interview's open steps, for the popup's first screen: through the `done` index alone. */
export async function listOpenSteps(db: DebriefDatabase): Promise<NextStep[]> {
  const open = await db.nextSteps.where("done").equals(0).toArray();
  return open.sort(compareSteps);
}

/**
 * The open steps with the interview each belongs to (null if it is gone), in the same order. Only
 * the first `withInterviews` steps are given their interview (the popup shows a few and counts the
 * rest), so a long history costs one read of the steps. With `addedAfter`, only the steps added
 * since then (the popup's card, once hidden, shows what is new).
 */
export async function listOpenStepsWithInterviews(
  db: DebriefDatabase,
  withInterviews = Number.POSITIVE_INFINITY,
  { addedAfter }: { addedAfter?: Date | undefined } = {},
): Promise<{ step: NextStep; interview: Interview | null }[]> {
  return db.transaction("r", db.nextSteps, db.interviews, async () => {
    const after = addedAfter?.toISOString() ?? "";
    const steps = (await listOpenSteps(db)).filter((step) => step.createdAt > after);
    const ids = [...new Set(steps.slice(0, withInterviews).map((step) => step.interviewId))];
    const interviews = await db.interviews.bulkGet(ids);
    const byId = new Map(ids.map((id, at) => [id, interviews[at] ?? null]));
    return steps.map((step) => ({ step, interview: byId.get(step.interviewId) ?? null }));
  });
}
