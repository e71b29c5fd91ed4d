import type { MailHost } from "../core/email";
import type { InterviewDraft } from "../core/interview-draft";
import type { InterviewStatus } from "../core/interview-status";
import type { TemplateKind } from "../core/templates/types";

export type { Interviewer } from "../core/interview-draft";
export type { InterviewStatus, TemplateKind };

/**
 * The interview history, as stored in IndexedDB. Version 1 of the schema.
 * Dates are ISO strings: `YYYY-MM-DD` for a calendar day the user picked,
 * full timestamps (`toISOString()`) for moments Debrief recorded.
 */

/** A conversation in the user's mail that belongs to an interview. */
export interface ThreadLink {
  host: MailHost;
  threadId: string;
}

export interface Interview extends InterviewDraft {
  id?: number;
  status: InterviewStatus;
  threads: ThreadLink[];
  createdAt: string;
  updatedAt: string;
  /**
   * Debrief made this interview from an email that gave no date, so `date` is only the day it was
   * made; replies leave the date out until the user sets it.
   */
  dateUnknown?: boolean;
  /** Indexed copies, kept in step by the database hooks: lower-cased interviewer addresses. */
  interviewerEmails?: string[];
  /** Indexed copies: `host:threadId`. */
  threadKeys?: string[];
}

export type ChecklistAnswer = "yes" | "partly" | "no";

export interface Reflection {
  id?: number;
  interviewId: number;
  /** One entry per checklist question, by the question's key. */
  answers: Record<string, { answer: ChecklistAnswer; note: string }>;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface Feedback {
  id?: number;
  interviewId: number;
  /** False when the user records that no feedback came. */
  received: boolean;
  text: string;
  themes: string[];
  receivedAt: string;
  createdAt: string;
}

export interface NextStep {
  id?: number;
  interviewId: number;
  feedbackId: number | null;
  text: string;
  /** 0 or 1: IndexedDB cannot index booleans. */
  done: 0 | 1;
  dueDate: string;
  createdAt: string;
  doneAt: string;
}

export interface Template {
  id?: number;
  kind: TemplateKind;
  language: string;
  name: string;
  subject: string;
  body: string;
  isDefault: 0 | 1;
  /** The built-in template this one was made from, if any, so it can be reset. */
  builtinKey: string;
  updatedAt: string;
}

/**
 * A message Debrief drafted for an interview in the user's mail client, where the user sends it
 * (never Debrief): a feedback request typed into a reply (with the message it answers), or a
 * thank-you note or check-in opened as a new message (`messageId` "").
 */
export interface FollowUp {
  id?: number;
  interviewId: number;
  kind: TemplateKind;
  host: MailHost;
  messageId: string;
  draftedAt: string;
  /**
   * The user marked a reminder done without Debrief drafting anything (they wrote it themselves, or
   * it was not needed); `host` is then where Debrief would have drafted it.
   */
  markedDone?: boolean;
}

export type VerdictDecision = "rejection" | "not_rejection";

/** What Debrief, or the user, decided about one message. */
export interface MessageVerdict {
  /** `host:messageId`. */
  messageKey: string;
  decision: VerdictDecision;
  /** "detector" or "user": the user's word overrides the detector's for good. */
  decidedBy: "detector" | "user";
  interviewId: number | null;
  decidedAt: string;
  /**
   * When a feedback request was drafted in reply to this message, and when the user logged it as a
   * rejection (ISO). Kept with the message as well as with its interview, because the user may do
   * either before the message has an interview; the interview chosen or created later takes them
   * over. Optional and not indexed: rows written before they existed stay valid, no version needed.
   */
  feedbackRequestedAt?: string;
  outcomeLoggedAt?: string;
}

export interface Setting {
  key: string;
  value: unknown;
}
