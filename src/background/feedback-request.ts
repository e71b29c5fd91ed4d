import { companyFromDomain } from "../core/extract";
import {
  firstNameOf,
  formatTemplateDate,
  renderTemplate,
  type TemplateValues,
} from "../core/templates";
import type { DebriefDatabase } from "../db/database";
import type { Interview, Interviewer } from "../db/schema";
import { readMyName } from "../db/settings";
import { chooseTemplate } from "../db/templates";
import type { FeedbackRequestDraft, OpenedRejection } from "../messages";

/**
 * Whom the reply greets. The reply goes to the sender, so: the interviewer who sent it; else the
 * name the sender signed with; else (a no-reply address that signed as a team) the interview's
 * first interviewer; else no one, and the template's neutral greeting applies.
 */
function addressee(
  rejection: OpenedRejection,
  interview: Interview | null,
): { firstName: string; name: string } {
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
  const first = people.find((person) => firstNameOf(person.name) !== "");
  return first
    ? { firstName: firstNameOf(first.name), name: first.name }
    : { firstName: "", name: "" };
}

/** What fills the feedback request: the interview's details first, what the email says second. */
export function feedbackRequestValues(input: {
  rejection: OpenedRejection;
  interview: Interview | null;
  myName: string;
  language: string;
  today: Date;
}): TemplateValues {
  const { rejection, interview } = input;
  const person = addressee(rejection, interview);
  return {
    "interviewer.firstName": person.firstName,
    "interviewer.name": person.name,
    company:
      interview?.company || rejection.company || companyFromDomain(rejection.email.from.address),
    role: interview?.role || rejection.role,
    round: interview?.round ?? "",
    interviewDate:
      interview && !interview.dateUnknown
        ? formatTemplateDate(interview.date, input.language, input.today)
        : "",
    myName: input.myName,
  };
}

/**
 * The feedback request for a rejection: the user's default template in the email's language, else
 * Debrief's own in that language, else the user's English default, else Debrief's English one.
 */
export async function draftFeedbackRequest(
  db: DebriefDatabase,
  rejection: OpenedRejection,
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
