import { t } from "../ui/i18n";

/** Back to the popup's first screen; Escape does the same. */
export function BackButton({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" class="button button-quiet button-small back-button" onClick={onBack}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          d="M10 3L5 8l5 5"
          fill="none"
          stroke="currentColor"
          stroke-width="1.8"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
      {t("popupBack")}
    </button>
  );
}
