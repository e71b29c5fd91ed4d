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

/** The endings a counting message's keys take, one for each form `Intl.PluralRules` names. */
export const PLURAL_FORMS = ["zero", "one", "two", "few", "many", "other"] as const;

/**
 * A message that counts, in the form the interface's language uses for `count`: the key
 * `<key>_one`, `<key>_few`… as `Intl.PluralRules` picks it, else `<key>_other`, which every
 * language has. The count, as the language writes numbers, is the first substitution.
 */
export function tCount(key: string, count: number, ...substitutions: string[]): string {
  let form: string = "other";
  try {
    form = new Intl.PluralRules(t("languageCode")).select(count);
  } catch {
    // The language's rules are unknown here: its general form.
  }
  const values = [formatNumber(count), ...substitutions];
  const api = i18nApi();
  for (const name of form === "other" ? [`${key}_other`] : [`${key}_${form}`, `${key}_other`]) {
    const message = api?.getMessage(name, values);
    if (message) return message;
  }
  return `${key}_other`;
}
