import { companyFromDomain, extract } from "../core/extract";
import type { InterviewDraft } from "../core/interview-draft";
import type { DebriefDatabase } from "../db/database";
import { addFollowUp, addFollowUpOnce } from "../db/follow-ups";
import {
  addInterview,
  findInterviewsByThread,
  linkThread,
  setInterviewStatus,
} from "../db/interviews";
import { mailDomain } from "../db/matching";
import type { MessageVerdict, ThreadLink } from "../db/schema";
import {
  isDismissed,
  messageKeyOf,
  readVerdict,
  recordDetectorVerdict,
  recordUserVerdict,
} from "../db/verdicts";
import type { RejectionState } from "../messages";
import { localDay } from "../ui/format-date";
import { draftFeedbackRequest } from "./feedback-request";
import type { Handlers } from "./handlers";
import { type DetailedRejection, withDetails } from "./rejection-details";
import { DISMISSED, describeRejection, findRejectionInterview } from "./rejection-state";
import { InvalidMessageError } from "./validate";

type RejectionHandlers = Pick<
  Handlers,
  | "rejectionOpened"
  | "chooseInterview"
  | "createInterviewFromRejection"
  | "draftFeedbackRequest"
  | "feedbackRequestDrafted"
  | "logRejection"
  | "notARejection"
>;

/** Mailboxes that speak for a process, not a person: no interviewer is made of them. */
const NOT_A_PERSON_MAILBOX =
  /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|mailer[-_.]?daemon|bounces?|careers?|jobs?|recruit(?:ing|ment|ers?)?|talent|hr|hiring|people|team|info|hello|contact|support|apply|applications?)(?:[-_.+].*)?$/i;
const HIRING_PLATFORM =
  /(?:^|\.)(?:greenhouse(?:-mail)?\.io|lever\.co|ashbyhq\.com|myworkday(?:jobs)?\.com|workday\.com|smartrecruiters(?:mail)?\.com|icims\.com|jobvite\.com|bamboohr\.com|workable(?:mail)?\.com|recruitee\.com|teamtailor(?:-mail)?\.com|breezy\.hr|jazzhr\.com|applytojob\.com|successfactors\.(?:com|eu)|taleo\.net|personio\.(?:de|com)|pinpointhq\.com|hirevue\.com|linkedin\.com|indeed(?:email)?\.com)$/;
const TEAM_NAME = /\b(?:team|talent|recruit\w*|careers?|hiring|hr|jobs?|people|notifications?)\b/i;

/** The sender as an interviewer, unless the email came from a no-reply, team or hiring-platform address. */
function senderAsInterviewer(rejection: DetailedRejection): InterviewDraft["interviewers"] {
  const { name, address } = rejection.email.from;
  const local = address.slice(0, Math.max(0, address.lastIndexOf("@")));
  const personName = name || rejection.senderFirstName;
  if (
    local === "" ||
    NOT_A_PERSON_MAILBOX.test(local) ||
    HIRING_PLATFORM.test(mailDomain(address)) ||
    TEAM_NAME.test(personName)
  )
    return [];
  return [{ name: personName, email: address, title: "" }];
}

/**
 * A new interview from what a rejection says, dated by the interview date the email names; when it
 * names none, dated today and marked so, for the user to correct in the popup.
 */
export function interviewFromRejection(
  rejection: DetailedRejection,
  now: Date,
): { draft: InterviewDraft; dateUnknown: boolean } {
  const { from } = rejection.email;
  const named = extract(
    { subject: rejection.email.subject, body: rejection.email.body, from },
    { now },
  ).interviewDate;
  // A rejection names a past interview; a date it resolves into the future is not that one.
  const date = named && named.date <= localDay(now) ? named : null;
  const draft: InterviewDraft = {
    company:
      rejection.company || companyFromDomain(from.address) || from.name || mailDomain(from.address),
    role: rejection.role,
    round: "",
    date: date?.date ?? localDay(now),
    time: date?.time ?? "",
    interviewers: senderAsInterviewer(rejection),
    postingUrl: "",
    notes: "",
  };
  return { draft, dateUnknown: date === null };
}

export function createRejectionHandlers(deps: {
  db: DebriefDatabase;
  now: () => Date;
}): RejectionHandlers {
  const { db, now } = deps;
  const keyOf = (rejection: DetailedRejection) =>
    messageKeyOf(rejection.email.host, rejection.email.messageId);
  const threadOf = (rejection: DetailedRejection): ThreadLink => ({
    host: rejection.email.host,
    threadId: rejection.email.threadId,
  });

  /**
   * The interview a message names, if it is one the background could have offered for this email:
   * the one its banner names (linked to its conversation, picked or created from its banner, or
   * the only match) or one of the candidates it offered to pick from. A page cannot act on, or
   * read into a reply, an interview it was never shown.
   */
  async function offeredOrFail(
    type: string,
    rejection: DetailedRejection,
    verdict: MessageVerdict | null,
    id: number,
  ) {
    const match = await findRejectionInterview(db, rejection, verdict);
    const offered = [match.interview, ...match.candidates].find((each) => each?.id === id);
    if (!offered) {
      throw new InvalidMessageError(type, `interview ${id} is not one offered for this email`);
    }
    return offered;
  }

  /**
   * The user acted on a rejection ("choose" an interview for it, "draft" a feedback request, "log"
   * the outcome): one transaction checks the interview was offered, links its conversation to the
   * interview, records what was done, and returns what the banner shows next. An interview the
   * message is newly put with takes over what was done from it before: a request drafted, an
   * outcome logged.
   */
  async function act(
    type: string,
    rejection: DetailedRejection,
    interviewId: number | null,
    action: "choose" | "draft" | "log",
    /** The background made this interview for the email just now: offered by definition. */
    madeHere = false,
  ): Promise<RejectionState> {
    const at = now();
    const stamp = at.toISOString();
    const key = keyOf(rejection);
    return db.transaction("rw", db.interviews, db.followUps, db.verdicts, async () => {
      const before = await readVerdict(db, key);
      const drafted = action === "draft" ? stamp : before?.feedbackRequestedAt;
      const logged = action === "log" ? stamp : before?.outcomeLoggedAt;
      if (interviewId !== null) {
        if (!madeHere) await offeredOrFail(type, rejection, before, interviewId);
        await linkThread(db, interviewId, threadOf(rejection), at);
        const newlyHere = before?.interviewId !== interviewId;
        const followUp = {
          interviewId,
          kind: "feedback_request" as const,
          host: rejection.email.host,
          messageId: rejection.email.messageId,
        };
        if (action === "draft") await addFollowUp(db, { ...followUp, draftedAt: stamp });
        else if (drafted && newlyHere)
          await addFollowUpOnce(db, { ...followUp, draftedAt: drafted });
        if (action !== "choose" || (newlyHere && (drafted || logged)))
          await setInterviewStatus(db, interviewId, "rejected", at);
      }
      const verdict = await recordUserVerdict(
        db,
        key,
        {
          decision: "rejection",
          interviewId,
          ...(drafted ? { feedbackRequestedAt: drafted } : {}),
          ...(logged ? { outcomeLoggedAt: logged } : {}),
        },
        at,
      );
      const interview =
        interviewId === null ? null : ((await db.interviews.get(interviewId)) ?? null);
      return describeRejection(db, rejection, { interview, candidates: [] }, verdict);
    });
  }

  return {
    async rejectionOpened(message) {
      const rejection = withDetails(message.rejection);
      const key = keyOf(rejection);
      const verdict = await readVerdict(db, key);
      if (isDismissed(verdict)) return DISMISSED;
      const match = await findRejectionInterview(db, rejection, verdict);
      await recordDetectorVerdict(db, key, match.interview?.id ?? null, now());
      return describeRejection(db, rejection, match, verdict);
    },

    async chooseInterview(message) {
      return act("chooseInterview", withDetails(message.rejection), message.interviewId, "choose");
    },

    async createInterviewFromRejection(message) {
      const rejection = withDetails(message.rejection);
      return db.transaction("rw", db.interviews, db.followUps, db.verdicts, async () => {
        // Asked twice (a double click, two tabs), the conversation is already linked: no second interview.
        const [linked] = await findInterviewsByThread(db, threadOf(rejection));
        let interviewId = linked?.id;
        if (interviewId === undefined) {
          const made = interviewFromRejection(rejection, now());
          interviewId = await addInterview(db, made.draft, now(), [threadOf(rejection)], {
            dateUnknown: made.dateUnknown,
          });
          return act("createInterviewFromRejection", rejection, interviewId, "choose", true);
        }
        return act("createInterviewFromRejection", rejection, interviewId, "choose");
      });
    },

    async draftFeedbackRequest(message) {
      const type = "draftFeedbackRequest";
      const rejection = withDetails(message.rejection);
      const { interviewId } = message;
      const interview =
        interviewId === null
          ? null
          : await offeredOrFail(
              type,
              rejection,
              await readVerdict(db, keyOf(rejection)),
              interviewId,
            );
      return draftFeedbackRequest(db, rejection, interview, now());
    },

    async feedbackRequestDrafted(message) {
      const rejection = withDetails(message.rejection);
      return act("feedbackRequestDrafted", rejection, message.interviewId, "draft");
    },

    async logRejection(message) {
      return act("logRejection", withDetails(message.rejection), message.interviewId, "log");
    },

    async notARejection(message) {
      const key = keyOf(withDetails(message.rejection));
      await db.transaction("rw", db.verdicts, async () => {
        const before = await readVerdict(db, key);
        await recordUserVerdict(
          db,
          key,
          { decision: "not_rejection", interviewId: before?.interviewId ?? null },
          now(),
        );
      });
      return DISMISSED;
    },
  };
}
