import type { TemplateKind } from "../types";

/** One language's built-in templates: one of each kind, written in that language, not translated into it. */
export type LanguageTemplates = Record<
  TemplateKind,
  { name: string; subject: string; body: string }
>;

/** A template's body from its lines: easier to read here than one long string. */
export const lines = (...text: string[]): string => text.join("\n");
