import { builtinTemplate, type TemplateKind, type TemplateLanguage } from "../core/templates";
import type { Template } from "../db/schema";
import { defaultAmong } from "../db/templates";
import { t } from "../ui/i18n";
import { TemplateCard } from "./template-card";
import { kindName, TEMPLATE_KIND_MESSAGE } from "./template-kinds";

/** What was last done to the group's templates, said under them. */
export interface GroupNotice {
  text: string;
  failed: boolean;
}

/**
 * One kind's templates in one language: Debrief's built-in one, then the user's own (oldest first),
 * the default marked; with New template and, when the user has any, Reset to built-in.
 */
export function TemplateGroup(props: {
  kind: TemplateKind;
  language: TemplateLanguage;
  /** The user's name, for the cards' sample of each template. */
  myName: string;
  headingId: string;
  own: readonly Template[];
  notice: GroupNotice | null;
  onEditBuiltIn: () => void;
  onEdit: (template: Template) => void;
  /** `id` null: the built-in template. `card`: the card to keep the focus on. */
  onMakeDefault: (id: number | null, name: string, card: string) => void;
  onDelete: (template: Template) => void;
  onNew: () => void;
  onReset: (count: number) => void;
}) {
  const { kind, own, notice } = props;
  const builtin = builtinTemplate(kind, props.language);
  const ownDefault = defaultAmong(own);
  const builtinCard = `template-card-builtin-${kind}`;
  return (
    <section class="template-group" aria-labelledby={props.headingId}>
      <h3 id={props.headingId} tabIndex={-1}>
        {kindName(kind)}
      </h3>
      <p class="muted">{t(TEMPLATE_KIND_MESSAGE[kind].purpose)}</p>
      <div class="template-list">
        <TemplateCard
          id={builtinCard}
          name={builtin.name}
          subject={builtin.subject}
          body={builtin.body}
          language={builtin.language}
          myName={props.myName}
          isDefault={ownDefault === null}
          builtIn={true}
          onEdit={props.onEditBuiltIn}
          onMakeDefault={() => props.onMakeDefault(null, builtin.name, builtinCard)}
        />
        {own.map((template) => {
          const card = `template-card-${template.id}`;
          return (
            <TemplateCard
              key={template.id}
              id={card}
              name={template.name}
              subject={template.subject}
              body={template.body}
              language={template.language}
              myName={props.myName}
              isDefault={ownDefault?.id === template.id}
              builtIn={false}
              onEdit={() => props.onEdit(template)}
              onMakeDefault={() => props.onMakeDefault(template.id as number, template.name, card)}
              onDelete={() => props.onDelete(template)}
            />
          );
        })}
      </div>
      <div class="form-actions">
        <button
          type="button"
          class="button button-secondary"
          aria-label={t("templateNewLabel", kindName(kind))}
          onClick={props.onNew}
        >
          {t("templateNew")}
        </button>
        {own.length > 0 ? (
          <button
            type="button"
            class="button button-quiet"
            aria-label={t("templateResetLabel", kindName(kind))}
            onClick={() => props.onReset(own.length)}
          >
            {t("templateResetToBuiltIn")}
          </button>
        ) : null}
      </div>
      <p class="save-state" role="status">
        {notice && !notice.failed ? notice.text : ""}
      </p>
      {notice?.failed ? (
        <p class="form-failure" role="alert">
          {notice.text}
        </p>
      ) : null}
    </section>
  );
}
