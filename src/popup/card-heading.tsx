import { t } from "../ui/i18n";

/**
 * A home card's heading, with the button that hides the card until something new belongs in it
 * (what it held stays on each interview's page).
 */
export function CardHeading({
  id,
  title,
  onHide,
}: {
  id: string;
  title: string;
  onHide: () => void;
}) {
  const label = t("cardHide", title);
  return (
    <div class="card-heading">
      <h2 id={id} class="card-eyebrow">
        {title}
      </h2>
      <button
        type="button"
        class="button button-quiet button-small card-hide"
        aria-label={label}
        title={label}
        onClick={onHide}
      >
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <path
            d="M3.5 3.5l7 7M10.5 3.5l-7 7"
            fill="none"
            stroke="currentColor"
            stroke-width="1.7"
            stroke-linecap="round"
          />
        </svg>
      </button>
    </div>
  );
}
