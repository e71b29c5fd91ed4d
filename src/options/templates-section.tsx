import type { Template } from "../db/schema";
import { useDatabase } from "../ui/db";
import { t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { SectionHeading } from "./section-heading";
import { TEMPLATE_KIND_MESSAGE, TEMPLATE_KINDS } from "./template-kinds";

/** The reply templates saved in this browser, read-only; or, when there are none, the kinds Debrief writes. */
export function TemplatesSection() {
  const db = useDatabase();
  const templates = useLiveQuery(() => db.templates.toArray(), [db]);
  return (
    <section class="options-section" aria-labelledby="section-heading">
      <SectionHeading text={t("sectionTemplates")} />
      {templates.state === "failed" ? (
        <p class="form-failure" role="alert">
          {t("dataUnreadable", String(templates.error))}
        </p>
      ) : null}
      {templates.state === "ready" && templates.value.length === 0 ? <BuiltInKinds /> : null}
      {templates.state === "ready" && templates.value.length > 0 ? (
        <SavedTemplates templates={templates.value} />
      ) : null}
    </section>
  );
}

function BuiltInKinds() {
  return (
    <>
      <p>{t("templatesBuiltIn")}</p>
      <dl class="kind-list">
        {TEMPLATE_KINDS.map((kind) => (
          <div key={kind} class="kind-list-entry">
            <dt>{t(TEMPLATE_KIND_MESSAGE[kind].name)}</dt>
            <dd>{t(TEMPLATE_KIND_MESSAGE[kind].purpose)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function SavedTemplates({ templates }: { templates: Template[] }) {
  return (
    <>
      <p>{t("templatesSaved")}</p>
      {TEMPLATE_KINDS.map((kind) => {
        const ofKind = templates.filter((template) => template.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} class="template-group" aria-labelledby={`templates-${kind}`}>
            <h3 id={`templates-${kind}`}>{t(TEMPLATE_KIND_MESSAGE[kind].name)}</h3>
            <p class="muted">{t(TEMPLATE_KIND_MESSAGE[kind].purpose)}</p>
            {ofKind.map((template) => (
              <article
                key={template.id}
                class="card template-card"
                aria-label={template.name || undefined}
              >
                {template.name ? (
                  <p class="template-name">
                    {template.name}
                    {template.isDefault ? <span class="tag">{t("templateDefault")}</span> : null}
                    <span class="tag" lang={template.language}>
                      {template.language}
                    </span>
                  </p>
                ) : null}
                <p class="template-subject">
                  <span class="template-label">{t("templateSubject")}</span> {template.subject}
                </p>
                <pre class="template-body">{template.body}</pre>
              </article>
            ))}
          </section>
        );
      })}
    </>
  );
}
