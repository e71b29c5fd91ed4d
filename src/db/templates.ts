import { builtinTemplate, isTemplateLanguage } from "../core/templates";
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

/** What the options page saves: a template's words, for a kind and language. */
export interface TemplateDraft {
  /** The saved row being edited; absent when the user edits a built-in template. */
  id?: number | undefined;
  kind: TemplateKind;
  language: string;
  name: string;
  subject: string;
  body: string;
  builtinKey: string;
}

/**
 * Saves a template as the user's default for its kind and language, unmarking every other default
 * of that kind and language, in one transaction. Returns the saved row's id.
 */
export async function saveDefaultTemplate(
  db: DebriefDatabase,
  draft: TemplateDraft,
  now: Date = new Date(),
): Promise<number> {
  return db.transaction("rw", db.templates, async () => {
    await db.templates
      .where("[kind+language]")
      .equals([draft.kind, draft.language])
      .modify({ isDefault: 0 });
    const row: Template = {
      kind: draft.kind,
      language: draft.language,
      name: draft.name,
      subject: draft.subject,
      body: draft.body,
      isDefault: 1,
      builtinKey: draft.builtinKey,
      updatedAt: now.toISOString(),
    };
    const existing = draft.id === undefined ? undefined : await db.templates.get(draft.id);
    // A row edited here that was deleted meanwhile (a reset in another tab) is saved anew.
    if (existing && existing.kind === draft.kind && existing.language === draft.language) {
      await db.templates.put({ ...row, id: draft.id as number });
      return draft.id as number;
    }
    // `++id` makes the key a number.
    return (await db.templates.add(row)) as number;
  });
}

/** Deletes the user's templates of a kind and language, so the built-in one applies again. */
export async function resetTemplates(
  db: DebriefDatabase,
  kind: TemplateKind,
  language: string,
): Promise<number> {
  return db.templates.where("[kind+language]").equals([kind, language]).delete();
}

/** The words Debrief writes a message with, and the language they are in. */
export interface ChosenTemplate<L extends string> {
  subject: string;
  body: string;
  language: L | "en";
}

/**
 * The template for a message of a kind in a language: the user's default in that language, else
 * Debrief's own in it, else the user's English default, else Debrief's English one.
 */
export async function chooseTemplate<L extends string>(
  db: DebriefDatabase,
  kind: TemplateKind,
  language: L,
): Promise<ChosenTemplate<L>> {
  const own = await findDefaultTemplate(db, kind, language);
  if (own) return { subject: own.subject, body: own.body, language };
  if (isTemplateLanguage(language)) {
    const builtin = builtinTemplate(kind, language);
    return { subject: builtin.subject, body: builtin.body, language };
  }
  const english = (await findDefaultTemplate(db, kind, "en")) ?? builtinTemplate(kind, "en");
  return { subject: english.subject, body: english.body, language: "en" };
}
