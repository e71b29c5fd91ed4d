import { companyFromDomain } from "../core/extract";
import type { DebriefDatabase } from "../db/database";
import { lastDraftedAt } from "../db/follow-ups";
import { threadKeyOf } from "../db/interviews";
import { type InterviewMatch, matchInterview } from "../db/matching";
import type { Interview, MessageVerdict } from "../db/schema";
import { isDismissed } from "../db/verdicts";
import type { RejectionState } from "../messages";
import { summarise } from "./interview-summary";
import type { DetailedRejection } from "./rejection-details";

export const DISMISSED: RejectionState = {
  company: "",
  role: "",
  dismissed: true,
  interview: null,
  candidates: [],
  feedbackRequestedAt: null,
  outcomeLogged: false,
};

/**
 * The interview a rejection is about. The user's own word for this message comes first (they
 * picked or created an interview from its banner, or acted on it); then the matching in `db/matching`.
 */
export async function findRejectionInterview(
  db: DebriefDatabase,
  rejection: DetailedRejection,
  verdict: MessageVerdict | null,
): Promise<InterviewMatch> {
  if (verdict?.decidedBy === "user" && verdict.interviewId !== null) {
    const chosen = await db.interviews.get(verdict.interviewId);
    if (chosen) return { interview: chosen, candidates: [], matchedBy: "thread" };
  }
  const { email } = rejection;
  return matchInterview(db, {
    threadKey: email.threadId === "" ? "" : threadKeyOf(email),
    address: email.from.address,
    companies: [rejection.company, companyFromDomain(email.from.address)],
    role: rejection.role,
  });
}

const latest = (a: string | null, b: string | null) =>
  a === null || (b !== null && b > a) ? b : a;

/**
 * What the banner shows. With an interview: when a feedback request was last drafted for it, and
 * whether it is recorded as rejected. Without one, the same of this message alone.
 */
export async function describeRejection(
  db: DebriefDatabase,
  rejection: DetailedRejection,
  match: Pick<InterviewMatch, "interview" | "candidates">,
  verdict: MessageVerdict | null,
): Promise<RejectionState> {
  if (isDismissed(verdict)) return DISMISSED;
  const interview: Interview | null = match.interview;
  const forMessage = verdict?.feedbackRequestedAt ?? null;
  const forInterview =
    interview?.id === undefined ? null : await lastDraftedAt(db, interview.id, "feedback_request");
  return {
    company:
      rejection.company || interview?.company || companyFromDomain(rejection.email.from.address),
    role: rejection.role || interview?.role || "",
    dismissed: false,
    interview: interview ? summarise(interview) : null,
    candidates: interview ? [] : match.candidates.map(summarise),
    feedbackRequestedAt: latest(forInterview, forMessage),
    outcomeLogged: interview
      ? interview.status === "rejected"
      : Boolean(verdict?.outcomeLoggedAt || verdict?.feedbackRequestedAt),
  };
}
