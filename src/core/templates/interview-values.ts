import type { Interviewer } from "../interview-draft";
import { formatTemplateDate } from "./format-date";
import type { TemplateValues } from "./types";

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sr|sra|srta|dra|herr|frau|m|mme|mlle)\.?$/i;

/** The name a person goes by in a greeting: "Priya" from "Priya Raman", "Dr. Priya Raman", "Raman, Priya". */
export function firstNameOf(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.includes("@")) return "";
  const comma = trimmed.indexOf(",");
  const given = comma > 0 ? trimmed.slice(comma + 1) : trimmed;
  const words = given.split(/\s+/).filter((word) => word !== "" && !HONORIFIC.test(word));
  return words[0] ?? "";
}

/** What a template reads of an interview (`db/schema.ts` `Interview` has it all). */
export interface TemplateInterview {
  company: string;
  role: string;
  round: string;
  date: string;
  interviewers: readonly Interviewer[];
  dateUnknown?: boolean | undefined;
}

/** Whom a message greets: a first name and the full name, both "" for no one. */
export interface Addressee {
  firstName: string;
  name: string;
}

/** The interview's first interviewer with a name to greet, or no one. */
export function firstInterviewer(people: readonly Interviewer[]): Addressee {
  const person = people.find((someone) => firstNameOf(someone.name) !== "");
  return person
    ? { firstName: firstNameOf(person.name), name: person.name.trim() }
    : { firstName: "", name: "" };
}

/**
 * What fills a message about an interview: it greets `to`, else the first interviewer with a name;
 * the date is written the template language's way, and left out when Debrief only guessed it.
 */
export function interviewValues(input: {
  interview: TemplateInterview;
  to?: Addressee | undefined;
  myName: string;
  language: string;
  today: Date;
}): TemplateValues {
  const { interview } = input;
  const person = input.to ?? firstInterviewer(interview.interviewers);
  return {
    "interviewer.firstName": person.firstName,
    "interviewer.name": person.name,
    company: interview.company,
    role: interview.role,
    round: interview.round,
    interviewDate: interview.dateUnknown
      ? ""
      : formatTemplateDate(interview.date, input.language, input.today),
    myName: input.myName,
  };
}

/** Whom such a message goes to: the greeted interviewer's address, else the first address known. */
export function interviewRecipient(interview: TemplateInterview): string {
  const greeted = interview.interviewers.find(
    (someone) => firstNameOf(someone.name) !== "" && someone.email.trim() !== "",
  );
  const anyone = interview.interviewers.find((someone) => someone.email.trim() !== "");
  return (greeted ?? anyone)?.email.trim() ?? "";
}
