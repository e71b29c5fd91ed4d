import type { Interview } from "../db/schema";
import type { InterviewSummary } from "../messages";

/** An interview as content scripts see it: no notes, no interviewers' addresses. */
export function summarise(interview: Interview): InterviewSummary {
  return {
    id: interview.id ?? 0,
    company: interview.company,
    role: interview.role,
    date: interview.date,
  };
}
