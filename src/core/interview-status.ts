/**
 * Where an interview stands, as stored. Every interview starts "active" (ahead of the user, or
 * behind and waiting to hear); the others close it.
 */
export const INTERVIEW_STATUSES = [
  "active",
  "offer",
  "rejected",
  "withdrawn",
  "no_answer",
] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

/** The statuses of an interview that is over. */
export const CLOSED_STATUSES: readonly Exclude<InterviewStatus, "active">[] =
  INTERVIEW_STATUSES.filter(
    (status): status is Exclude<InterviewStatus, "active"> => status !== "active",
  );

export function isInterviewStatus(value: unknown): value is InterviewStatus {
  return (INTERVIEW_STATUSES as readonly unknown[]).includes(value);
}
