import type { OpenEmailState } from "../messages";
import { t } from "../ui/i18n";
import { HiddenWords, useHideRejectionText } from "./hidden-words";
import { hostName } from "./host-name";

/** The email open in the current tab, and a way to start an interview from it. */
export function OpenEmailCard({ open, onAdd }: { open: OpenEmailState; onAdd: () => void }) {
  const sender = open.email.from.name.trim() || open.email.from.address;
  const subject = open.email.subject.trim() || t("openEmailNoSubject");
  const known = open.interviews[0];
  const hideSubject = useHideRejectionText();
  return (
    <section class="card open-email-card" aria-labelledby="open-email-heading">
      <h2 id="open-email-heading" class="card-eyebrow">
        {t("openEmailIn", hostName(open.email.host))}
      </h2>
      <HiddenWords
        hidden={hideSubject}
        showLabel={t("openEmailShowSubject")}
        instead={<p class="open-email-summary">{t("openEmailFromSender", sender)}</p>}
      >
        <p class="open-email-summary" title={t("openEmailSubjectFrom", subject, sender)}>
          {t("openEmailSubjectFrom", subject, sender)}
        </p>
      </HiddenWords>
      <div class="open-email-row">
        {known ? <p class="open-email-match">{t("openEmailBelongsTo", known.company)}</p> : null}
        <button type="button" class="button button-secondary button-small" onClick={onAdd}>
          {/* A known interview's company and role are filled in: this is likely its next round. */}
          {known ? t("openEmailAddRound") : t("openEmailAdd")}
        </button>
      </div>
    </section>
  );
}
