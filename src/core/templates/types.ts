import type { Language } from "../detect/types";

/** The kinds of message Debrief drafts. Stored with each template (`db/schema.ts`). */
export type TemplateKind = "feedback_request" | "thank_you" | "check_in";

export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  "thank_you",
  "check_in",
  "feedback_request",
];

/** The languages Debrief writes built-in templates in. A user's own template may be in any `Language`. */
export type TemplateLanguage = Extract<Language, "en" | "es" | "fr" | "de" | "pt">;

export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = ["en", "es", "fr", "de", "pt"];

/**
 * The templates' language for a language code as the browser or interface names it: "pt" for
 * "pt-BR", "de" for "de-AT"; English when Debrief has no templates in that language.
 */
export function templateLanguageFor(code: string): TemplateLanguage {
  const primary = code.split(/[-_]/)[0]?.toLowerCase() ?? "";
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(primary)
    ? (primary as TemplateLanguage)
    : "en";
}

/**
 * The names a template can hold between `{{` and `}}`. Names are matched whatever their case
 * (`{{Company}}` is `{{company}}`); never rename one without migrating the saved templates.
 */
export const PLACEHOLDERS = [
  "interviewer.firstName",
  "interviewer.name",
  "company",
  "role",
  "round",
  "interviewDate",
  "myName",
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number];

/** What fills a template. A missing or blank value counts as unknown. */
export type TemplateValues = Partial<Record<PlaceholderName, string>>;

/** A template Debrief ships with, in one language. */
export interface BuiltinTemplate {
  /** `kind.language`, stored as a saved template's `builtinKey` so it can be reset. */
  key: string;
  kind: TemplateKind;
  language: TemplateLanguage;
  /** What the options page calls it, in the template's own language. */
  name: string;
  subject: string;
  body: string;
}

/** Something wrong in a template's text, with where it is (offsets into the text, end exclusive). */
export type TemplateProblem =
  | {
      kind: "unknownPlaceholder";
      name: string;
      /** The known name nearest by edit distance, when one is near enough to be a slip of the keys. */
      suggestion: PlaceholderName | null;
      start: number;
      end: number;
    }
  /** `{{` with no `}}` on the same line. */
  | { kind: "unclosedPlaceholder"; start: number; end: number }
  /** `{{}}` or `{{|fallback}}`. */
  | { kind: "emptyPlaceholder"; start: number; end: number }
  /** `[[` with no `]]` on the same line. */
  | { kind: "unclosedOptional"; start: number; end: number }
  /** `[[` inside an optional part already open. */
  | { kind: "nestedOptional"; start: number; end: number }
  /** `]]` with no `[[` before it. */
  | { kind: "unopenedOptional"; start: number; end: number };
