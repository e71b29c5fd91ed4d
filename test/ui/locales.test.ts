/**
 * Every translation of the interface is whole: each language has each English message, with the
 * same placeholders, the grammatical forms its counting messages need, and the few values code
 * reads from it (language code, direction, product name) set right.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PLURAL_FORMS, UI_LOCALES } from "../../src/ui/i18n";

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const localesFolder = resolve(import.meta.dirname, "../../_locales");

function bundle(locale: string): Record<string, MessageEntry> {
  return JSON.parse(readFileSync(join(localesFolder, locale, "messages.json"), "utf8"));
}

const english = bundle("en");

/** The `$NAME$` tokens a message uses, by name in lower case as chrome.i18n matches them. */
function tokens(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)]
    .map((match) => (match[1] ?? "").toLowerCase())
    .sort();
}

describe("_locales", () => {
  it("holds exactly the interface's languages", () => {
    const folders = readdirSync(localesFolder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual([...UI_LOCALES].sort());
  });

  for (const locale of UI_LOCALES.filter((each) => each !== "en")) {
    describe(locale, () => {
      const translated = bundle(locale);

      it("has every English message and no other", () => {
        expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
        const empty = Object.entries(translated)
          .filter(([, entry]) => typeof entry.message !== "string" || entry.message.trim() === "")
          .map(([key]) => key);
        expect(empty).toEqual([]);
      });

      it("uses each message's placeholders as English does", () => {
        const wrong = Object.entries(english)
          .filter(([key, entry]) => {
            const other = translated[key];
            if (!other) return false;
            return (
              tokens(other.message).join() !== tokens(entry.message).join() ||
              JSON.stringify(other.placeholders ?? {}) !== JSON.stringify(entry.placeholders ?? {})
            );
          })
          .map(([key]) => key);
        expect(wrong).toEqual([]);
      });

      it("names its language and direction, and keeps the product's name", () => {
        expect(translated.languageCode?.message).toBe(locale.replace("_", "-"));
        expect(() => new Intl.Locale(translated.languageCode?.message ?? "")).not.toThrow();
        expect(translated.languageDirection?.message).toBe("ltr");
        expect(translated.extensionName?.message).toBe("Debrief");
        expect(translated.extensionDescription?.message.length).toBeLessThanOrEqual(132);
      });

      it("writes counting messages only in forms its language has", () => {
        const categories: string[] = new Intl.PluralRules(
          locale.replace("_", "-"),
        ).resolvedOptions().pluralCategories;
        const foreign = Object.keys(translated).filter((key) => {
          const form = PLURAL_FORMS.find((each) => key.endsWith(`_${each}`));
          return form !== undefined && !categories.includes(form);
        });
        expect(foreign).toEqual([]);
      });
    });
  }
});
