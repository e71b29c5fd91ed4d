import type { Language } from "../../detect/types";
import {
  type BuiltinTemplate,
  TEMPLATE_KINDS,
  TEMPLATE_LANGUAGES,
  type TemplateKind,
  type TemplateLanguage,
} from "../types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { pt } from "./pt";
import type { LanguageTemplates } from "./types";

const BY_LANGUAGE: Record<TemplateLanguage, LanguageTemplates> = { en, es, fr, de, pt };

/** Every built-in template: each kind in each language. */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = TEMPLATE_LANGUAGES.flatMap(
  (language) =>
    TEMPLATE_KINDS.map((kind) => ({
      key: `${kind}.${language}`,
      kind,
      language,
      ...BY_LANGUAGE[language][kind],
    })),
);

export function isTemplateLanguage(language: string): language is TemplateLanguage {
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(language);
}

/** The built-in template of a kind in `language`, or the English one when Debrief has none in it. */
export function builtinTemplate(kind: TemplateKind, language: Language | string): BuiltinTemplate {
  const wanted = isTemplateLanguage(language) ? language : "en";
  const found = BUILTIN_TEMPLATES.find(
    (template) => template.kind === kind && template.language === wanted,
  );
  // Every kind exists in English: the fallback cannot miss.
  return (
    found ??
    (BUILTIN_TEMPLATES.find((t) => t.kind === kind && t.language === "en") as BuiltinTemplate)
  );
}
