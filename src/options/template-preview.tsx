import { renderTemplate, type TemplateValues } from "../core/templates";
import { t } from "../ui/i18n";

/** The template as the sample interview fills it, in the template's language. */
export function TemplatePreview(props: {
  id: string;
  subject: string;
  body: string;
  language: string;
  values: TemplateValues;
}) {
  return (
    <section class="card template-preview" aria-labelledby={`${props.id}-heading`}>
      <h4 id={`${props.id}-heading`}>{t("templatePreview")}</h4>
      <p class="muted">{t("templatePreviewNote")}</p>
      <p class="template-subject">
        <span class="template-label">{t("templateSubject")}</span>{" "}
        <span lang={props.language}>{renderTemplate(props.subject, props.values)}</span>
      </p>
      <pre class="template-body" lang={props.language} data-preview="body">
        {renderTemplate(props.body, props.values)}
      </pre>
    </section>
  );
}
