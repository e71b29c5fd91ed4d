import type { MailHost } from "../core/email";
import type { DebriefDatabase } from "./database";
import type { MessageVerdict } from "./schema";

/** The key a message's verdict is kept under: `host:messageId`. */
export function messageKeyOf(host: MailHost, messageId: string): string {
  return `${host}:${messageId}`;
}

export async function readVerdict(
  db: DebriefDatabase,
  messageKey: string,
): Promise<MessageVerdict | null> {
  return (await db.verdicts.get(messageKey)) ?? null;
}

/** The user said this message is not a rejection: its banner never returns. */
export function isDismissed(verdict: MessageVerdict | null): boolean {
  return verdict?.decidedBy === "user" && verdict.decision === "not_rejection";
}

/** How many dismissed messages a mail page is told of at start (`dismissedMessageIds`). */
export const MAX_DISMISSED_TOLD = 2_000;

/**
 * The ids of `host`'s messages the user said are not rejections, the latest said first, at most
 * `limit`: a mail page holds them from the start, so their banner never shows, not even for a frame.
 */
export async function dismissedMessageIds(
  db: DebriefDatabase,
  host: MailHost,
  limit = MAX_DISMISSED_TOLD,
): Promise<string[]> {
  const prefix = messageKeyOf(host, "");
  // One read of the index (no cursor), then the site's rows.
  const rows = (await db.verdicts.where("decision").equals("not_rejection").toArray()).filter(
    (verdict) => isDismissed(verdict) && verdict.messageKey.startsWith(prefix),
  );
  return rows
    .sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : a.decidedAt > b.decidedAt ? -1 : 0))
    .slice(0, limit)
    .map((verdict) => verdict.messageKey.slice(prefix.length));
}

/**
 * Records that the detector found a rejection in this message, and the interview it matched. The
 * user's own decision, once given, is never overwritten; an unchanged verdict is not rewritten.
 */
export async function recordDetectorVerdict(
  db: DebriefDatabase,
  messageKey: string,
  interviewId: number | null,
  now: Date,
): Promise<void> {
  await db.transaction("rw", db.verdicts, async () => {
    const existing = await db.verdicts.get(messageKey);
    if (existing?.decidedBy === "user") return;
    if (existing?.decision === "rejection" && existing.interviewId === interviewId) return;
    await db.verdicts.put({
      messageKey,
      decision: "rejection",
      decidedBy: "detector",
      interviewId,
      decidedAt: now.toISOString(),
    });
  });
}

/**
 * Records the user's word on a message, which stands for good. What was already known of the
 * message (when a feedback request was drafted, when it was logged) is kept unless `changes` says otherwise. Call it
 * inside a transaction that includes `verdicts` when it goes with other writes.
 */
export async function recordUserVerdict(
  db: DebriefDatabase,
  messageKey: string,
  changes: Pick<MessageVerdict, "decision" | "interviewId"> &
    Partial<Pick<MessageVerdict, "feedbackRequestedAt" | "outcomeLoggedAt">>,
  now: Date,
): Promise<MessageVerdict> {
  const existing = await db.verdicts.get(messageKey);
  const verdict: MessageVerdict = {
    ...(existing?.feedbackRequestedAt ? { feedbackRequestedAt: existing.feedbackRequestedAt } : {}),
    ...(existing?.outcomeLoggedAt ? { outcomeLoggedAt: existing.outcomeLoggedAt } : {}),
    messageKey,
    decidedBy: "user",
    decidedAt: now.toISOString(),
    ...changes,
  };
  await db.verdicts.put(verdict);
  return verdict;
}
