import { builtinTemplate, isTemplateLanguage } from "../core/templates";
import type { DebriefDatabase } from "./database";
import { RecordGoneError } from "./interviews";
import type { Template, TemplateKind } from "./schema";

/** Of one kind's and language's templates, the default: with several marked so, the one edited last. */
export function defaultAmong(templates: readonly Template[]): Template | null {
  const defaults = templates
    .filter((template) => template.isDefault === 1 && typeof template.body === "string")
    .sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)));
  return defaults[0] ?? null;
}

/**
 * The user's default template of a kind in a language, or null when they have none (the built-in
 * one applies).
 */
export async function findDefaultTemplate(
  db: DebriefDatabase,
  kind: TemplateKind,
  language: string,
): Promise<Template | null> {
  return defaultAmong(
    await db.templates.where("[kind+language]").equals([kind, language]).toArray(),
  );
}

/** What the options page saves: a template's words, for a kind and language. */
export interface TemplateDraft {
  /** The saved row being edited; absent for a new template (one made from a built-in one too). */
  id?: number | undefined;
  kind: TemplateKind;
  language: string;
  name: string;
  subject: string;
  body: string;
  builtinKey: string;
}

/** Marks no template of a kind and language as the default: the built-in one then applies. */
async function unmarkDefaults(db: DebriefDatabase, kind: TemplateKind, language: string) {
  await db.templates.where("[kind+language]").equals([kind, language]).modify({ isDefault: 0 });
}

/**
 * Saves a template's words. A template already saved keeps whether it is the default; a new one is
 * the default only when `makeDefault` says so. Either way, `makeDefault` unmarks every other
 * default of its kind and language, in the same transaction. Returns the saved row's id.
 */
export async function saveTemplate(
  db: DebriefDatabase,
  draft: TemplateDraft,
  { makeDefault = false }: { makeDefault?: boolean } = {},
  now: Date = new Date(),
): Promise<number> {
  return db.transaction("rw", db.templates, async () => {
    const existing = draft.id === undefined ? undefined : await db.templates.get(draft.id);
    // A row edited here that was deleted meanwhile (a reset in another tab) is saved anew.
    const same =
      existing !== undefined &&
      existing.kind === draft.kind &&
      existing.language === draft.language;
    if (makeDefault) await unmarkDefaults(db, draft.kind, draft.language);
    const row: Template = {
      kind: draft.kind,
      language: draft.language,
      name: draft.name,
      subject: draft.subject,
      body: draft.body,
      isDefault: makeDefault ? 1 : same ? existing.isDefault : 0,
      builtinKey: draft.builtinKey,
      updatedAt: now.toISOString(),
    };
    if (same) {
      await db.templates.put({ ...row, id: draft.id as number });
      return draft.id as number;
    }
    // `++id` makes the key a number.
    return (await db.templates.add(row)) as number;
  });
}

/**
 * Makes one template the default of its kind and language, and no other, in one transaction; `id`
 * null makes Debrief's built-in one the default again. A template that is gone, or of another kind
 * or language, is a `RefusedWriteError` and changes nothing.
 */
export async function makeDefaultTemplate(
  db: DebriefDatabase,
  kind: TemplateKind,
  language: string,
  id: number | null,
): Promise<void> {
  await db.transaction("rw", db.templates, async () => {
    const chosen = id === null ? undefined : await db.templates.get(id);
    if (id !== null && (chosen?.kind !== kind || chosen.language !== language))
      throw new RecordGoneError(`No ${kind} template in ${language} has id ${id}.`);
    await unmarkDefaults(db, kind, language);
    if (id !== null) await db.templates.update(id, { isDefault: 1 });
  });
}

/**
 * Deletes one of the user's templates. When it was the default, Debrief's built-in one becomes the
 * default again rather than another of the user's. Returns whether it was there.
 */
export async function deleteTemplate(db: DebriefDatabase, id: number): Promise<boolean> {
  return db.transaction("rw", db.templates, async () => {
    const existed = (await db.templates.get(id)) !== undefined;
    await db.templates.delete(id);
    return existed;
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
