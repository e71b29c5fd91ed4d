export { checkTemplate, nearestPlaceholder } from "./check";
export { BUILTIN_TEMPLATES, builtinTemplate, isTemplateLanguage } from "./defaults";
export { formatTemplateDate } from "./format-date";
export {
  type Addressee,
  firstInterviewer,
  firstNameOf,
  interviewRecipient,
  interviewValues,
  type TemplateInterview,
} from "./interview-values";
export { renderTemplate } from "./render";
export {
  type BuiltinTemplate,
  PLACEHOLDERS,
  type PlaceholderName,
  TEMPLATE_KINDS,
  TEMPLATE_LANGUAGES,
  type TemplateKind,
  type TemplateLanguage,
  type TemplateProblem,
  type TemplateValues,
  templateLanguageFor,
} from "./types";
