import { useEffect, useRef, useState } from "preact/hooks";
import {
  builtinTemplate,
  isTemplateLanguage,
  TEMPLATE_LANGUAGES,
  type TemplateKind,
  type TemplateLanguage,
  templateLanguageFor,
} from "../core/templates";
import type { Template } from "../db/schema";
import { readMyName } from "../db/settings";
import {
  defaultAmong,
  deleteTemplate,
  makeDefaultTemplate,
  resetTemplates,
  saveTemplate,
  type TemplateDraft,
} from "../db/templates";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { t, tCount } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { editorMemory } from "./editor-memory";
import { SectionHeading } from "./section-heading";
import { TemplateEditor } from "./template-editor";
import { type GroupNotice, TemplateGroup } from "./template-group";
import { kindName, TEMPLATE_KINDS } from "./template-kinds";
import { TemplatePlaceholders } from "./template-placeholders";
import { TEMPLATE_LANGUAGE_MESSAGE } from "./template-sample";

const languageName = (code: string) =>
  code in TEMPLATE_LANGUAGE_MESSAGE ? t(TEMPLATE_LANGUAGE_MESSAGE[code as TemplateLanguage]) : code;

const groupHeadingId = (kind: TemplateKind) => `templates-${kind}`;

/** What the editor is open on. */
interface Editing {
  draft: TemplateDraft;
  fromBuiltIn: boolean;
  /** For a new template: whether "Use as default" starts ticked. */
  startsAsDefault: boolean;
}

/** The deletion waiting for the user's confirmation. */
type Confirming =
  | { action: "delete"; template: Template }
  | { action: "reset"; kind: TemplateKind; language: string; count: number };

/** The last thing done to a kind's templates, said under them. */
interface Notice extends GroupNotice {
  kind: TemplateKind;
}

/** A kind's templates in one language: Debrief's built-in one first, then the user's, oldest first. */
function templatesOf(all: readonly Template[], kind: TemplateKind, language: string): Template[] {
  return all
    .filter((template) => template.kind === kind && template.language === language)
    .sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}

/**
 * The reply templates: per kind, in the chosen language, Debrief's built-in one and the user's own.
 * Exactly one is the default of its kind and language (the built-in one while the user has marked
 * none): the one Debrief writes with.
 */
export function TemplatesSection() {
  const db = useDatabase();
  const templates = useLiveQuery(() => db.templates.toArray(), [db]);
  const myName = useLiveQuery(() => readMyName(db), [db]);
  // Kept while the user visits another section, so an editor left open is there on return.
  const memory = editorMemory<Editing>(db);
  const [editing, setEditingState] = useState<Editing | null>(() => memory.editing);
  // The list shows the language of the template being edited, so closing it returns to its kind.
  const [language, setLanguage] = useState<TemplateLanguage>(() => {
    const open = memory.editing?.draft.language;
    // Otherwise the interface's: a German interface opens on the German templates.
    return open !== undefined && isTemplateLanguage(open)
      ? open
      : templateLanguageFor(t("languageCode"));
  });
  const setEditing = (next: Editing | null) => {
    memory.editing = next;
    setEditingState(next);
  };
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  // Set once a confirmed deletion is done: its button is gone, so focus goes to the kind's heading.
  const deletedFrom = useRef<TemplateKind | null>(null);
  // What the last confirmation was for, to say a failure that came after its dialog had closed.
  const confirmed = useRef<Confirming | null>(null);
  const saved = templates.state === "ready" ? templates.value : [];

  useEffect(() => {
    if (focusNext === null) return;
    document.getElementById(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const defaultOf = (kind: TemplateKind, code: string) => {
    const own = defaultAmong(templatesOf(saved, kind, code));
    return own ?? builtinTemplate(kind, code);
  };

  const edit = (template: Template) =>
    setEditing({
      draft: {
        id: template.id,
        kind: template.kind,
        language: template.language,
        name: template.name,
        subject: template.subject,
        body: template.body,
        builtinKey: template.builtinKey,
      },
      fromBuiltIn: false,
      startsAsDefault: false,
    });

  /** Opens the editor on a template not saved yet, with these words, in the chosen language. */
  const openNew = (
    kind: TemplateKind,
    from: { name: string; subject: string; body: string; builtinKey: string },
    options: { fromBuiltIn: boolean; startsAsDefault: boolean },
  ) => {
    const { name, subject, body, builtinKey } = from;
    setEditing({ draft: { kind, language, name, subject, body, builtinKey }, ...options });
  };

  const editBuiltIn = (kind: TemplateKind) => {
    const builtin = builtinTemplate(kind, language);
    openNew(
      kind,
      { ...builtin, name: t("templateCopyName", builtin.name), builtinKey: builtin.key },
      // Editing Debrief's wording while it is the default means: write with mine instead.
      {
        fromBuiltIn: true,
        startsAsDefault: defaultAmong(templatesOf(saved, kind, language)) === null,
      },
    );
  };

  /** A new template starts from the words Debrief writes with now, and asks for its own name. */
  const startNew = (kind: TemplateKind) => {
    const current = defaultOf(kind, language);
    const builtinKey = "builtinKey" in current ? current.builtinKey : current.key;
    openNew(
      kind,
      { ...current, name: "", builtinKey },
      { fromBuiltIn: false, startsAsDefault: false },
    );
  };

  const makeDefault = async (kind: TemplateKind, id: number | null, name: string, card: string) => {
    try {
      await makeDefaultTemplate(db, kind, language, id);
      setNotice({ kind, text: t("templateMadeDefault", name), failed: false });
      // Its "Make default" button goes: the card itself keeps the focus.
      setFocusNext(card);
    } catch (error) {
      setNotice({ kind, text: t("templateMakeDefaultFailed", failureReason(error)), failed: true });
    }
  };

  const confirm = async () => {
    if (!confirming) return;
    confirmed.current = confirming;
    if (confirming.action === "delete") {
      const { template } = confirming;
      await deleteTemplate(db, template.id as number);
      deletedFrom.current = template.kind;
      setNotice({ kind: template.kind, text: t("templateDeleted", template.name), failed: false });
    } else {
      await resetTemplates(db, confirming.kind, confirming.language);
      deletedFrom.current = confirming.kind;
      setNotice({ kind: confirming.kind, text: t("templateResetDone"), failed: false });
    }
  };

  if (editing) {
    const { draft } = editing;
    const current = defaultOf(draft.kind, draft.language);
    const isDefault =
      draft.id === undefined ? editing.startsAsDefault : "id" in current && current.id === draft.id;
    return (
      <section class="options-section" aria-labelledby="section-heading">
        <SectionHeading text={t("sectionTemplates")} />
        <TemplateEditor
          key={`${draft.kind}-${draft.language}`}
          initial={draft}
          fromBuiltIn={editing.fromBuiltIn}
          isDefault={isDefault}
          defaultName={current.name}
          takenNames={saved
            .filter(
              (row) =>
                row.kind === draft.kind && row.language === draft.language && row.id !== draft.id,
            )
            .map((row) => row.name)}
          kindName={kindName(draft.kind)}
          languageName={languageName(draft.language)}
          myName={myName.state === "ready" ? myName.value : ""}
          onSave={async (edited, options) => {
            const id = await saveTemplate(db, edited, options);
            // Saving again edits the row just saved rather than adding another.
            setEditing({ ...editing, draft: { ...edited, id } });
            return id;
          }}
          onClose={() => {
            setEditing(null);
            setFocusNext(groupHeadingId(draft.kind));
          }}
        />
      </section>
    );
  }

  return (
    <section class="options-section" aria-labelledby="section-heading">
      <SectionHeading text={t("sectionTemplates")} />
      <p>{t("templatesIntro")}</p>
      {templates.state === "ready" && saved.length === 0 ? (
        <p class="muted">{t("templatesBuiltIn")}</p>
      ) : null}
      {templates.state === "failed" ? (
        <p class="form-failure" role="alert">
          {t("dataUnreadable", failureReason(templates.error))}
        </p>
      ) : null}
      <div class="field templates-language">
        <label for="templates-language">{t("templatesLanguage")}</label>
        <select
          id="templates-language"
          value={language}
          onChange={(event) => {
            setLanguage((event.currentTarget as HTMLSelectElement).value as TemplateLanguage);
            setNotice(null);
          }}
        >
          {TEMPLATE_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </div>
      {templates.state === "ready"
        ? TEMPLATE_KINDS.map((kind) => (
            <TemplateGroup
              key={`${kind}-${language}`}
              kind={kind}
              language={language}
              myName={myName.state === "ready" ? myName.value : ""}
              headingId={groupHeadingId(kind)}
              own={templatesOf(saved, kind, language)}
              notice={notice?.kind === kind ? notice : null}
              onEditBuiltIn={() => editBuiltIn(kind)}
              onEdit={edit}
              onMakeDefault={(id, name, card) => makeDefault(kind, id, name, card)}
              onDelete={(template) => setConfirming({ action: "delete", template })}
              onNew={() => startNew(kind)}
              onReset={(count) => setConfirming({ action: "reset", kind, language, count })}
            />
          ))
        : null}
      <TemplatePlaceholders />
      <ConfirmDialog
        open={confirming !== null}
        id="template-confirm"
        heading={
          confirming?.action === "delete"
            ? t("templateDeleteHeading", confirming.template.name)
            : t("templateResetHeading")
        }
        text={
          confirming?.action === "delete"
            ? confirming.template.isDefault === 1
              ? t("templateDeleteDefaultText")
              : t("templateDeleteText")
            : tCount("templateResetConfirm", confirming?.count ?? 0)
        }
        cancelLabel={t("templateCancel")}
        confirmLabel={
          confirming?.action === "delete" ? t("templateDelete") : t("templateResetConfirmButton")
        }
        onConfirm={confirm}
        onClose={() => {
          const from = deletedFrom.current;
          deletedFrom.current = null;
          setConfirming(null);
          if (from !== null) setFocusNext(groupHeadingId(from));
        }}
        onFailedClosed={(message) => {
          const asked = confirmed.current;
          if (asked === null) return;
          setNotice({
            kind: asked.action === "delete" ? asked.template.kind : asked.kind,
            text: t(
              asked.action === "delete" ? "templateDeleteFailed" : "templateResetFailed",
              message,
            ),
            failed: true,
          });
        }}
      />
    </section>
  );
}
