import type { DebriefDatabase } from "./database";
import type { Template, TemplateKind } from "./schema";

/**
 * The user's default template of a kind in a language, or null when they have none (the built-in
 * one applies). With several marked default, the one edited last.
 */
export async function findDefaultTemplate(
  db: DebriefDatabase,
  kind: TemplateKind,
  language: string,
): Promise<Template | null> {
  const saved = await db.templates.where("[kind+language]").equals([kind, language]).toArray();
  const defaults = saved
    .filter((template) => template.isDefault === 1 && typeof template.body === "string")
    .sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)));
  return defaults[0] ?? null;
}
