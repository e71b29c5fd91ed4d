import { t } from "./i18n";

/**
 * Tells the page which language and direction its words are in, so screen readers pronounce them
 * right and a right-to-left translation lays out right. Read from the message bundle itself rather
 * than `@@ui_locale`: a German browser with no German translation shows English words.
 */
export function applyDocumentLanguage(root: HTMLElement = document.documentElement): void {
  const language = t("languageCode");
  if (language !== "languageCode") root.lang = language;
  const direction = t("languageDirection");
  if (direction === "rtl" || direction === "ltr") root.dir = direction;
}
