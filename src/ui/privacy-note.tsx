import { t } from "./i18n";

/** The promise the whole design rests on, repeated wherever the user's data is shown. */
export function PrivacyNote() {
  return (
    <p class="privacy-note">
      <svg
        class="privacy-note-icon"
        width="14"
        height="14"
        viewBox="0 0 16 16"
        aria-hidden="true"
        focusable="false"
      >
        <path
          d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2M3.5 7h9a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1h-9a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1z"
          fill="none"
          stroke="currentColor"
          stroke-width="1.5"
          stroke-linejoin="round"
        />
      </svg>
      {t("privacyNote")}
    </p>
  );
}
