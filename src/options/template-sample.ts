import {
  interviewValues,
  type PlaceholderName,
  type TemplateInterview,
  type TemplateLanguage,
  type TemplateValues,
} from "../core/templates";

/** The sample interview the editor's preview is filled from, on 15 October of this year. */
export function sampleInterview(today = new Date()): TemplateInterview {
  return {
    company: "Lumen Analytics",
    role: "Senior Product Analyst",
    round: "",
    date: `${today.getFullYear()}-10-15`,
    interviewers: [{ name: "Maya Okafor", email: "", title: "" }],
  };
}

/** The sample interview's values, its date written in `language`. */
export function sampleValues(language: string, myName: string, today = new Date()): TemplateValues {
  const interview = sampleInterview(today);
  // Dated as if today were the interview day, so the year is never written.
  const interviewDay = new Date(today.getFullYear(), 9, 15);
  return interviewValues({ interview, myName, language, today: interviewDay });
}

/** Each placeholder's one-line explanation (message keys). */
export const PLACEHOLDER_MESSAGE: Record<PlaceholderName, string> = {
  "interviewer.firstName": "placeholderInterviewerFirstName",
  "interviewer.name": "placeholderInterviewerName",
  company: "placeholderCompany",
  role: "placeholderRole",
  round: "placeholderRound",
  interviewDate: "placeholderInterviewDate",
  myName: "placeholderMyName",
};

/** Each built-in language's name in the interface's language (message keys). */
export const TEMPLATE_LANGUAGE_MESSAGE: Record<TemplateLanguage, string> = {
  en: "templatesLanguageEn",
  es: "templatesLanguageEs",
  fr: "templatesLanguageFr",
  de: "templatesLanguageDe",
  pt: "templatesLanguagePt",
};
