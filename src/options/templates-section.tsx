import { useState } from "preact/hooks";
import {
  builtinTemplate,
  TEMPLATE_LANGUAGES,
  type TemplateKind,
  type TemplateLanguage,
} from "../core/templates";
import type { Template } from "../db/schema";
import { readMyName } from "../db/settings";
import { resetTemplates, saveDefaultTemplate, type TemplateDraft } from "../db/templates";
import { useDatabase } from "../ui/db";
import { t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { SectionHeading } from "./section-heading";
import { TemplateEditor } from "./template-editor";
import { TEMPLATE_KIND_MESSAGE, TEMPLATE_KINDS } from "./template-kinds";
import { TemplatePlaceholders } from "./template-placeholders";
import { sampleValues, TEMPLATE_LANGUAGE_MESSAGE } from "./template-sample";

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The reply templates: per kind, in the chosen language, Debrief's built-in one and the user's own,
 * each editable; what the user saves becomes the default of its kind and language.
 */
export function TemplatesSection() {
  const db = useDatabase();
  const templates = useLiveQuery(() => db.templates.toArray(), [db]);
  const myName = useLiveQuery(() => readMyName(db), [db]);
  const [language, setLanguage] = useState<TemplateLanguage>("en");
  const [editing, setEditing] = useState<TemplateDraft | null>(null);

  const languageName = (code: string) =>
    code in TEMPLATE_LANGUAGE_MESSAGE
      ? t(TEMPLATE_LANGUAGE_MESSAGE[code as TemplateLanguage])
      : code;

  return (
    <section class="options-section" aria-labelledby="section-heading">
      <SectionHeading text={t("sectionTemplates")} />
      <p>{t("templatesIntro")}</p>
      {templates.state === "ready" && !editing && templates.value.length === 0 ? (
        <p class="muted">{t("templatesBuiltIn")}</p>
      ) : null}
      {templates.state === "failed" ? (
        <p class="form-failure" role="alert">
          {t("dataUnreadable", String(templates.error))}
        </p>
      ) : null}
      {editing ? (
        <TemplateEditor
          key={`${editing.kind}-${editing.language}`}
          initial={editing}
          kindName={t(TEMPLATE_KIND_MESSAGE[editing.kind].name)}
          languageName={languageName(editing.language)}
          sample={sampleValues(editing.language, myName.state === "ready" ? myName.value : "")}
          onSave={async (draft) => {
            const id = await saveDefaultTemplate(db, draft);
            // Saving again edits the row just saved rather than adding another.
            setEditing({ ...draft, id });
          }}
          onClose={() => setEditing(null)}
        />
      ) : (
        <>
          <div class="field">
            <label for="templates-language">{t("templatesLanguage")}</label>
            <select
              id="templates-language"
              value={language}
              onChange={(event) =>
                setLanguage((event.currentTarget as HTMLSelectElement).value as TemplateLanguage)
              }
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
                <KindTemplates
                  key={`${kind}-${language}`}
                  kind={kind}
                  language={language}
                  saved={templates.value.filter(
                    (template) => template.kind === kind && template.language === language,
                  )}
                  onEdit={setEditing}
                  onReset={() => resetTemplates(db, kind, language)}
                />
              ))
            : null}
          <TemplatePlaceholders />
        </>
      )}
    </section>
  );
}

type ResetState = "idle" | "confirming" | "done" | { failed: string };

function KindTemplates(props: {
  kind: TemplateKind;
  language: TemplateLanguage;
  saved: Template[];
  onEdit: (draft: TemplateDraft) => void;
  onReset: () => Promise<unknown>;
}) {
  const [reset, setReset] = useState<ResetState>("idle");
  const builtin = builtinTemplate(props.kind, props.language);
  const saved = [...props.saved].sort(
    (a, b) => b.isDefault - a.isDefault || String(b.updatedAt).localeCompare(String(a.updatedAt)),
  );
  const hasDefault = saved.some((template) => template.isDefault === 1);
  const headingId = `templates-${props.kind}`;

  const confirmReset = async () => {
    try {
      await props.onReset();
      setReset("done");
    } catch (error) {
      setReset({ failed: errorText(error) });
    }
  };

  return (
    <section class="template-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(TEMPLATE_KIND_MESSAGE[props.kind].name)}</h3>
      <p class="muted">{t(TEMPLATE_KIND_MESSAGE[props.kind].purpose)}</p>
      {saved.map((template) => (
        <TemplateCard
          key={template.id}
          name={template.name}
          subject={template.subject}
          body={template.body}
          language={template.language}
          isDefault={template.isDefault === 1}
          builtIn={false}
          onEdit={() =>
            props.onEdit({
              id: template.id,
              kind: template.kind,
              language: template.language,
              name: template.name,
              subject: template.subject,
              body: template.body,
              builtinKey: template.builtinKey,
            })
          }
        />
      ))}
      <TemplateCard
        name={builtin.name}
        subject={builtin.subject}
        body={builtin.body}
        language={builtin.language}
        isDefault={!hasDefault}
        builtIn={true}
        onEdit={() =>
          props.onEdit({
            kind: props.kind,
            language: props.language,
            name: builtin.name,
            subject: builtin.subject,
            body: builtin.body,
            builtinKey: builtin.key,
          })
        }
      />
      {saved.length > 0 && reset !== "confirming" ? (
        <button
          type="button"
          class="button button-secondary"
          onClick={() => setReset("confirming")}
        >
          {t("templateResetToBuiltIn")}
        </button>
      ) : null}
      {reset === "confirming" ? (
        <div class="card">
          <p>{t("templateResetConfirm", String(saved.length))}</p>
          <div class="form-actions">
            <button type="button" class="button button-danger" onClick={confirmReset}>
              {t("templateResetConfirmButton")}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setReset("idle")}>
              {t("templateCancel")}
            </button>
          </div>
        </div>
      ) : null}
      <p class="save-state" role="status">
        {reset === "done" ? t("templateResetDone") : ""}
      </p>
      {typeof reset === "object" ? (
        <p class="form-failure" role="alert">
          {t("templateResetFailed", reset.failed)}
        </p>
      ) : null}
    </section>
  );
}

function TemplateCard(props: {
  name: string;
  subject: string;
  body: string;
  language: string;
  isDefault: boolean;
  builtIn: boolean;
  onEdit: () => void;
}) {
  return (
    <article class="card template-card" aria-label={props.name || undefined}>
      <p class="template-name">
        {props.name} {props.builtIn ? <span class="tag">{t("templateBuiltInTag")}</span> : null}
        {props.isDefault ? <span class="tag">{t("templateDefault")}</span> : null}
      </p>
      <p class="template-subject">
        <span class="template-label">{t("templateSubject")}</span>{" "}
        <span lang={props.language}>{props.subject}</span>
      </p>
      <pre class="template-body" lang={props.language}>
        {props.body}
      </pre>
      <button
        type="button"
        class="button button-secondary button-small"
        aria-label={t("templateEditLabel", props.name)}
        onClick={props.onEdit}
      >
        {t("templateEdit")}
      </button>
    </article>
  );
}
