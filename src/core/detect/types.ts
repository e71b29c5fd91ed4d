/** An email as the detector reads it: only the newest message counts, quoted history is left out. */
export interface EmailInput {
  subject: string;
  body: string;
  from?: { name?: string; address?: string };
}

export type EmailKind =
  | "rejection_after_application"
  | "rejection_after_interview"
  | "position_filled"
  | "application_received"
  | "interview_invite"
  | "offer"
  | "recruiter_outreach"
  | "job_alert"
  | "other";

export type Language = "en" | "es" | "fr" | "de" | "pt" | "nl" | "it";

export const LANGUAGES: readonly Language[] = ["en", "es", "fr", "de", "pt", "nl", "it"];

/** A phrase that weighed in the decision, with where it stands, so the banner can say why (under More). */
export interface Reason {
  /** The words as they appear in the email. */
  phrase: string;
  field: "subject" | "body";
  /** Offsets into that field of the email as given (before quoted history was cut). */
  start: number;
  end: number;
  /** What the phrase says: "rejection", "interview", "conditional", "offer", ... */
  signal: string;
  /** How much it weighed: positive towards a rejection, negative against. */
  weight: number;
}

/**
 * What an email is about, as the rules read it: a job (a role, hiring, an application), another
 * dealing they name (a prize, a grant, a course, a flat…), or neither.
 */
export type Subject = "job" | "other" | "none";

export interface Verdict {
  verdict: "rejection" | "not_rejection";
  /** How sure the detector is of `verdict`, from 0 to 1. */
  confidence: number;
  kind: EmailKind;
  language: Language;
  reasons: Reason[];
  /** What the email is about; absent from verdicts made before the rules said. */
  about?: Subject;
  /** `model`: the rules said no and the learned model was sure enough to say yes. */
  decidedBy?: "rules" | "model";
}

/**
 * Where the learned model may add a rejection the rules did not make, each with a threshold of its
 * own (`modelRoom` in classify.ts): `job`, an email about a job where no rule leans against a no;
 * `unnamed`, one where the rules name no dealing at all and read nothing against a no (a bakery's
 * "thanks for the trial day, it's a no this time"), where the model is never trusted less sure.
 */
export type ModelRoom = "job" | "unnamed";

export const MODEL_ROOMS: readonly ModelRoom[] = ["job", "unnamed"];

/** How sure the model must be in each room. */
export type ModelThresholds = Readonly<Record<ModelRoom, number>>;
