import { PLACEHOLDERS } from "../core/templates";
import { t } from "../ui/i18n";
import { PLACEHOLDER_MESSAGE } from "./template-sample";

/** The placeholders a template can hold, each with what it is filled with. */
export function TemplatePlaceholders() {
  return (
    <section class="template-group" aria-labelledby="template-placeholders">
      <h3 id="template-placeholders">{t("placeholdersHeading")}</h3>
      <p class="muted">{t("placeholdersIntro")}</p>
      <dl class="kind-list">
        {PLACEHOLDERS.map((name) => (
          <div key={name} class="kind-list-entry">
            <dt>
              <code>{`{{${name}}}`}</code>
            </dt>
            <dd>{t(PLACEHOLDER_MESSAGE[name])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
