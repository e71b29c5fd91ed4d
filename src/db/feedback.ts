import { isCalendarDate } from "../core/interview-draft";
import { isTheme, orderThemes } from "../core/reflection/themes";
import type { DebriefDatabase } from "./database";
import { interviewOrRefuse, RecordGoneError, RefusedWriteError } from "./interviews";
import type { Feedback } from "./schema";

/** What the user records about the feedback on an interview. */
export interface FeedbackInput {
  interviewId: number;
  /** False records that no feedback came. */
  received: boolean;
  text: string;
  /** Theme keys (`core/reflection/themes.ts`). */
  themes: readonly string[];
  /** The day it came (`YYYY-MM-DD`) or the moment (ISO); the moment it is saved when left out. */
  receivedAt?: string;
}

function isMoment(value: string): boolean {
  return (
    isCalendarDate(value) || (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
  );
}

/**
 * The fields as stored: the text trimmed, the themes each once in the order of `THEMES`. Feedback
 * that did not come has no themes. An unknown theme or an impossible date refuses the write.
 */
function checkedFields(
  fields: Pick<FeedbackInput, "received" | "text" | "themes" | "receivedAt">,
  now: Date,
): Pick<Feedback, "received" | "text" | "themes" | "receivedAt"> {
  for (const theme of fields.themes) {
    if (!isTheme(theme)) throw new RefusedWriteError(`"${theme}" is no feedback theme.`);
  }
  const receivedAt = fields.receivedAt ?? now.toISOString();
  if (!isMoment(receivedAt)) throw new RefusedWriteError(`"${receivedAt}" is no date.`);
  return {
    received: fields.received,
    text: fields.text.trim(),
    themes: fields.received ? orderThemes(fields.themes) : [],
    receivedAt,
  };
}

/**
 * Records the feedback on an interview (or that none came) and returns its id. An interview may
 * have several: "nothing yet", then the answer; one email, then a call.
 */
export async function saveFeedback(
  db: DebriefDatabase,
  input: FeedbackInput,
  now: Date,
): Promise<number> {
  const fields = checkedFields(input, now);
  return db.transaction("rw", db.interviews, db.feedback, async () => {
    await interviewOrRefuse(db, input.interviewId);
    return (await db.feedback.add({
      interviewId: input.interviewId,
      ...fields,
      createdAt: now.toISOString(),
    })) as number;
  });
}

/** Changes recorded feedback: the user corrects its themes, adds to its text. */
export async function updateFeedback(
  db: DebriefDatabase,
  id: number,
  changes: Partial<Pick<FeedbackInput, "received" | "text" | "themes" | "receivedAt">>,
  now: Date,
): Promise<void> {
  await db.transaction("rw", db.feedback, async () => {
    const feedback = await db.feedback.get(id);
    if (!feedback) throw new RecordGoneError(`No feedback has id ${id}.`);
    const fields = checkedFields(
      {
        received: changes.received ?? feedback.received,
        text: changes.text ?? feedback.text,
        themes: changes.themes ?? feedback.themes,
        receivedAt: changes.receivedAt ?? feedback.receivedAt,
      },
      now,
    );
    await db.feedback.update(id, fields);
  });
}

export async function getFeedback(db: DebriefDatabase, id: number): Promise<Feedback | null> {
  return (await db.feedback.get(id)) ?? null;
}

/** The feedback recorded for an interview, the latest first. */
export async function listFeedback(db: DebriefDatabase, interviewId: number): Promise<Feedback[]> {
  const all = await db.feedback.where("interviewId").equals(interviewId).toArray();
  return all.sort(
    (a, b) =>
      b.receivedAt.localeCompare(a.receivedAt) ||
      b.createdAt.localeCompare(a.createdAt) ||
      (b.id ?? 0) - (a.id ?? 0),
  );
}
