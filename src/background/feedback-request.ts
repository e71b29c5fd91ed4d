import { companyFromDomain } from "../core/extract";
import {
  type Addressee,
  firstInterviewer,
  firstNameOf,
  interviewValues,
  renderTemplate,
  type TemplateInterview,
  type TemplateValues,
} from "../core/templates";
import type { DebriefDatabase } from "../db/database";
import type { Interview, Interviewer } from "../db/schema";
import { readMyName } from "../db/settings";
import { chooseTemplate } from "../db/templates";
import type { FeedbackRequestDraft } from "../messages";
import type { DetailedRejection } from "./rejection-details";

/**
 * Whom the reply greets. The reply goes to the sender, so: the interviewer who sent it; else the
 * name the sender signed with; else (a no-reply address that signed as a team) the interview's
 * first interviewer; else no one, and the template's neutral greeting applies.
 */
function addressee(rejection: DetailedRejection, interview: Interview | null): Addressee {
  const people: Interviewer[] = interview?.interviewers ?? [];
  const sender = people.find(
    (person) => person.email.trim().toLowerCase() === rejection.email.from.address,
  );
  if (sender && firstNameOf(sender.name) !== "")
    return { firstName: firstNameOf(sender.name), name: sender.name };
  if (rejection.senderFirstName !== "") {
    const display = rejection.email.from.name;
    const signed = firstNameOf(display) === rejection.senderFirstName;
    return {
      firstName: rejection.senderFirstName,
      name: signed ? display : rejection.senderFirstName,
    };
  }
  return firstInterviewer(people);
}

/** A rejection no interview matches: what the email says fills the request. */
const NO_INTERVIEW: TemplateInterview = {
  company: "",
  role: "",
  round: "",
  date: "",
  interviewers: [],
};

/** What fills the feedback request: the interview's details first, what the email says second. */
export function feedbackRequestValues(input: {
  rejection: DetailedRejection;
  interview: Interview | null;
  myName: string;
  language: string;
  today: Date;
}): TemplateValues {
  const { rejection, interview } = input;
  const values = interviewValues({
    ...input,
    interview: interview ?? NO_INTERVIEW,
    to: addressee(rejection, interview),
  });
  return {
    ...values,
    company: values.company || rejection.company || companyFromDomain(rejection.email.from.address),
    role: values.role || rejection.role,
  };
}

/**
 * The feedback request for a rejection: the user's default template in the email's language, else
 * Debrief's own in that language, else the user's English default, else Debrief's English one.
 */
export async function draftFeedbackRequest(
  db: DebriefDatabase,
  rejection: DetailedRejection,
  interview: Interview | null,
  now: Date,
): Promise<FeedbackRequestDraft> {
  const template = await chooseTemplate(db, "feedback_request", rejection.language);
  const values = feedbackRequestValues({
    rejection,
    interview,
    myName: await readMyName(db),
    language: template.language,
    today: now,
  });
  return { text: renderTemplate(template.body, values), language: template.language };
}
