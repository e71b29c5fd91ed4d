import { t } from "../ui/i18n";

/**
 * What a new user sees: what Debrief does, and the one thing to do first. With an email open, the
 * card above already offers to start from it, so the welcome does not say it again.
 */
export function EmptyState({ onAdd, emailOpen }: { onAdd: () => void; emailOpen: boolean }) {
  return (
    <section class="empty-state" aria-labelledby="empty-state-heading">
      <h2 id="empty-state-heading" tabIndex={-1}>
        {t("emptyStateHeading")}
      </h2>
      <p>{t("emptyStateWhat")}</p>
      <p>{t("emptyStateFirst")}</p>
      {emailOpen ? null : <p>{t("emptyStateOpenEmail")}</p>}
      <button type="button" class="button button-primary" onClick={onAdd}>
        {t("addInterview")}
      </button>
    </section>
  );
}
