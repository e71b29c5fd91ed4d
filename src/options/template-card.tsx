import type { ComponentChildren } from "preact";
import { renderTemplate } from "../core/templates";
import { t } from "../ui/i18n";
import { sampleInterview, sampleValues } from "./template-sample";

/** A small button of a card, named with the template's name for those who hear it out of context. */
function CardAction(props: {
  label: string;
  onClick: () => void;
  danger?: boolean;
  children: ComponentChildren;
}) {
  const look = props.danger ? "button-danger-outline" : "button-secondary";
  return (
    <button
      type="button"
      class={`button ${look} button-small`}
      aria-label={props.label}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

export interface TemplateCardProps {
  /** The card's id, unique in the page: focus returns here once it is made the default. */
  id: string;
  name: string;
  subject: string;
  body: string;
  language: string;
  /** The user's name, as the sample signs with it. */
  myName: string;
  isDefault: boolean;
  builtIn: boolean;
  onEdit: () => void;
  onMakeDefault: () => void;
  /** Absent for a built-in template, which cannot be deleted. */
  onDelete?: (() => void) | undefined;
}

/**
 * One template of a kind and language: its name and marks, its words as they read for the sample
 * interview (the placeholders are the editor's business), and what can be done with it.
 */
export function TemplateCard(props: TemplateCardProps) {
  const values = sampleValues(props.language, props.myName);
  return (
    <article
      id={props.id}
      class={["card template-card", props.isDefault ? "template-card-default" : ""]
        .join(" ")
        .trim()}
      aria-labelledby={`${props.id}-name`}
      tabIndex={-1}
    >
      <div class="template-card-head">
        <h4 id={`${props.id}-name`} class="template-name">
          {props.name}
        </h4>
        {props.builtIn ? <span class="tag">{t("templateBuiltInTag")}</span> : null}
        {props.isDefault ? <span class="tag tag-default">{t("templateDefault")}</span> : null}
      </div>
      <p class="template-subject">
        <span class="template-label">{t("templateSubject")}</span>{" "}
        <span lang={props.language}>{renderTemplate(props.subject, values)}</span>
      </p>
      <div class="template-body">
        <pre class="template-excerpt" lang={props.language}>
          {renderTemplate(props.body, values)}
        </pre>
      </div>
      <p class="template-card-note muted">{t("templateCardSample", sampleInterview().company)}</p>
      <div class="template-card-actions">
        <CardAction label={t("templateEditLabel", props.name)} onClick={props.onEdit}>
          {t("templateEdit")}
        </CardAction>
        {props.isDefault ? null : (
          <CardAction
            label={t("templateMakeDefaultLabel", props.name)}
            onClick={props.onMakeDefault}
          >
            {t("templateMakeDefault")}
          </CardAction>
        )}
        {props.onDelete ? (
          <CardAction
            label={t("templateDeleteLabel", props.name)}
            onClick={props.onDelete}
            danger={true}
          >
            {t("templateDelete")}
          </CardAction>
        ) : null}
      </div>
    </article>
  );
}
