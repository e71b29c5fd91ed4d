import type { Signal } from "./phrases/types";
import type { Tokens } from "./tokens";
import type { EmailKind } from "./types";

/** Beginnings of the word "interview" in each language: a subject naming one follows an interview. */
const INTERVIEW_WORDS = ["interview", "entrevist", "entretien", "colloqui", "gesprek", "gesprach"];

export function kindOf(
  rejection: boolean,
  sums: Map<Signal, number>,
  count: (signal: Signal) => number,
  subject: Tokens,
): EmailKind {
  if (rejection) {
    if (count("filled") > 0) return "position_filled";
    const subjectNamesInterview = subject.words.some((word) =>
      INTERVIEW_WORDS.some((start) => word.startsWith(start)),
    );
    return count("interviewed") > 0 || subjectNamesInterview
      ? "rejection_after_interview"
      : "rejection_after_application";
  }
  const strongest: [Signal, EmailKind][] = [
    ["offer", "offer"],
    ["jobAlert", "job_alert"],
    ["outreach", "recruiter_outreach"],
    ["progress", "interview_invite"],
    ["reschedule", "interview_invite"],
    ["acknowledgement", "application_received"],
  ];
  let kind: EmailKind = "other";
  let most = 0;
  for (const [signal, candidate] of strongest) {
    const weight = -(sums.get(signal) ?? 0);
    if (weight > most) {
      most = weight;
      kind = candidate;
    }
  }
  if (kind === "application_received" && count("job") === 0) return "other";
  return kind;
}
