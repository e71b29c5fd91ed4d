import {
  formatTemplateDate,
  type PlaceholderName,
  type TemplateLanguage,
  type TemplateValues,
} from "../core/templates";

/** The sample interview the editor's preview is filled from: 15 October of this year. */
export function sampleValues(language: string, myName: string, today = new Date()): TemplateValues {
  const year = today.getFullYear();
  return {
    "interviewer.firstName": "Maya",
    "interviewer.name": "Maya Okafor",
    company: "Lumen Analytics",
    role: "Senior Product Analyst",
    round: "",
    // Dated as if today were the interview day, so the year is never written.
    interviewDate: formatTemplateDate(`${year}-10-15`, language, new Date(year, 9, 15)),
    myName,
  };
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
