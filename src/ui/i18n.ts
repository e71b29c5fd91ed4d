/** The interface's languages, by Chrome's names for them (`_locales/<name>/`); English is the default. */
export const UI_LOCALES = ["en", "es", "fr", "de", "pt_BR", "pt_PT", "nl", "it"] as const;

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

/**
 * The languages dates and numbers are written in: the interface's, in the regional form the
 * browser asks for when it is a form of that language (en-GB's "15 October" under the English
 * interface), so words and dates never mix languages. The browser's languages when the
 * interface's words are out of reach.
 */
export function uiLocales(): string[] {
  const preferred =
    typeof navigator !== "undefined" && navigator.languages?.length ? [...navigator.languages] : [];
  let language = "";
  try {
    language = t("languageCode");
  } catch {
    // An orphaned content script: the browser's languages.
  }
  if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(language)) return preferred;
  const primary = language.split("-")[0] ?? "";
  const regional = preferred.find(
    (each) => each.split("-")[0]?.toLowerCase() === primary && each.includes("-"),
  );
  // The interface's own region wins over the browser's (pt-PT words keep pt-PT dates).
  return regional && !language.includes("-") ? [regional, language] : [language];
}

/** A number as the interface's language writes it ("100,000"); the browser's way where that is unknown. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  try {
    return new Intl.NumberFormat(uiLocales(), options).format(value);
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
    form = new Intl.PluralRules(uiLocales()).select(count);
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
