import { companyFromAddress } from "../core/extract/company-from-address";
import { emptyDraft, type InterviewDraft } from "../core/interview-draft";
import type { OpenEmailState } from "../messages";

/**
 * A new interview filled in from the email the user has open: its sender as the interviewer, its
 * subject as a note. When the email already belongs to an interview, the company and role come from
 * that interview (this is likely the next round); otherwise the company is guessed from the sender's domain.
 */
export function draftFromOpenEmail(open: OpenEmailState): InterviewDraft {
  const known = open.interviews[0];
  const sender = open.email.from;
  return {
    ...emptyDraft(),
    company: known?.company ?? companyFromAddress(sender.address),
    role: known?.role ?? "",
    interviewers: [{ name: sender.name.trim(), email: sender.address.trim(), title: "" }],
    notes: open.email.subject.trim(),
  };
}
