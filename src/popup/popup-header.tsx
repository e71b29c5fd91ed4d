import { openOptionsPage } from "../ui/extension-api";
import { t } from "../ui/i18n";
import { LogoMark } from "../ui/logo-mark";

/** The popup's header: its name, the insights (except on the insights) and the options page. */
export function PopupHeader({ onInsights }: { onInsights?: (() => void) | undefined }) {
  return (
    <header class="page-header popup-header">
      <div class="brand">
        <LogoMark />
        <h1 class="brand-name">{t("extensionName")}</h1>
      </div>
      <div class="header-actions">
        {onInsights ? (
          <button type="button" class="button button-quiet button-small" onClick={onInsights}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path
                d="M2.5 13.5V9M6.5 13.5V5M10.5 13.5V7.5M14 13.5V3"
                fill="none"
                stroke="currentColor"
                stroke-width="1.8"
                stroke-linecap="round"
              />
            </svg>
            {t("openInsights")}
          </button>
        ) : null}
        <button
          type="button"
          class="button button-quiet button-small"
          onClick={() => {
            void openOptionsPage();
          }}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              d="M2 4h7M13 4h1M2 12h1M7 12h7"
              fill="none"
              stroke="currentColor"
              stroke-width="1.6"
              stroke-linecap="round"
            />
            <circle cx="11" cy="4" r="1.5" fill="none" stroke="currentColor" stroke-width="1.6" />
            <circle cx="5" cy="12" r="1.5" fill="none" stroke="currentColor" stroke-width="1.6" />
          </svg>
          {t("openOptions")}
        </button>
      </div>
    </header>
  );
}
