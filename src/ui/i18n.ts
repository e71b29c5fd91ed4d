type I18n = { getMessage(key: string, substitutions?: string | string[]): string };

// `chrome.i18n.getMessage` is synchronous in every browser Debrief supports; the polyfill adds nothing here.
function i18nApi(): I18n | undefined {
  const scope = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/**
 * The interface's words, from `_locales/<lang>/messages.json` in the browser's language (English when
 * the language has no translation). A key with no message shows the key itself, so a gap is visible.
 */
export function t(key: string, ...substitutions: string[]): string {
  const message = i18nApi()?.getMessage(key, substitutions);
  return message && message !== "" ? message : key;
}

/** A number as the interface's language writes it ("100,000"); the browser's way where that is unknown. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  try {
    return new Intl.NumberFormat(t("languageCode"), options).format(value);
  } catch {
    return new Intl.NumberFormat(undefined, options).format(value);
  }
}
