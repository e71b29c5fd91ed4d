/**
 * The interface's words: every key the pages ask for exists in `_locales/en/messages.json`, every
 * message is well-formed for chrome.i18n, and the bundle carries no words nobody uses.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import bundle from "../../_locales/en/messages.json";
import type { DraftError } from "../../src/core/interview-draft";
import { RECORD_MESSAGE } from "../../src/options/import-data";
import { SECTION_MESSAGE } from "../../src/options/sections";
import { TEMPLATE_KIND_MESSAGE } from "../../src/options/template-kinds";
import { STATUS_MESSAGE } from "../../src/popup/interview-status";
import { MISSING_PART_MESSAGE } from "../../src/popup/missing-part";
import { PLURAL_FORMS } from "../../src/ui/i18n";

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const messages: Record<string, MessageEntry> = bundle;
const projectRoot = resolve(import.meta.dirname, "../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

// Written out so that a new kind of error fails to compile here until it has its words.
const DRAFT_ERRORS = {
  errorCompanyRequired: true,
  errorDateRequired: true,
  errorDateImpossible: true,
  errorTimeImpossible: true,
  errorEmailInvalid: true,
  errorUrlInvalid: true,
} satisfies Record<DraftError, true>;

describe("_locales/en/messages.json", () => {
  it("has every key the pages pass to t()", () => {
    const asked = new Set<string>();
    for (const folder of ["src/popup", "src/options", "src/ui"]) {
      for (const file of sourceFiles(join(projectRoot, folder))) {
        const source = readFileSync(file, "utf8");
        for (const match of source.matchAll(/\bt\(\s*"([^"]+)"/g)) {
          if (match[1]) asked.add(match[1]);
        }
        // A counting message has its general form in every language.
        for (const match of source.matchAll(/\btCount\(\s*"([^"]+)"/g)) {
          if (match[1]) asked.add(`${match[1]}_other`);
        }
      }
    }
    const named = [
      ...Object.values(STATUS_MESSAGE),
      ...Object.values(SECTION_MESSAGE),
      ...Object.values(MISSING_PART_MESSAGE),
      ...Object.values(RECORD_MESSAGE),
      ...Object.values(TEMPLATE_KIND_MESSAGE).flatMap((kind) => [kind.name, kind.purpose]),
      ...Object.keys(DRAFT_ERRORS),
      "extensionDescription",
    ];
    const missing = [...asked, ...named].filter((key) => !(key in messages));
    expect(missing).toEqual([]);
  });

  it("words every message for a translator, with the placeholders it uses", () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message, key).not.toBe("");
      expect(entry.description ?? "", key).not.toBe("");
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((match) =>
        match[1]?.toLowerCase(),
      );
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual([...new Set(used)].sort());
      for (const placeholder of Object.values(entry.placeholders ?? {})) {
        expect(placeholder.content, key).toMatch(/^\$[1-9]$/);
      }
    }
  });

  it("keeps the description within the stores' 132 characters", () => {
    expect(messages.extensionDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it("holds no words that nothing in src/ or manifest.json uses", () => {
    const everything = [
      ...sourceFiles(join(projectRoot, "src")).map((file) => readFileSync(file, "utf8")),
      readFileSync(join(projectRoot, "manifest.json"), "utf8"),
    ].join("\n");
    const unused = Object.keys(messages).filter((key) => {
      // A counting message's forms are asked for by the key without its ending (tCount).
      const counted = key.replace(new RegExp(`_(${PLURAL_FORMS.join("|")})$`), "");
      return (
        !everything.includes(`"${key}"`) &&
        !everything.includes(`__MSG_${key}__`) &&
        !(counted !== key && new RegExp(`\\btCount\\(\\s*"${counted}"`).test(everything))
      );
    });
    expect(unused).toEqual([]);
  });

  it("is where all the interface's words are: none written into the pages' code", () => {
    const words: string[] = [];
    const interfaceFolders = ["src/popup", "src/options", "src/ui", "src/content/banner"];
    for (const folder of interfaceFolders) {
      for (const file of sourceFiles(join(projectRoot, folder))) {
        const lines = readFileSync(file, "utf8").split("\n");
        lines.forEach((line, index) => {
          const code = line.replace(/\/\/.*$/, "");
          if (/^\s*(\*|\/\*)/.test(code)) return;
          const where = `${file.slice(projectRoot.length + 1)}:${index + 1}`;
          // Text between tags ("<p>Saved</p>"), or a line of words alone inside an element.
          if (
            />\s*[A-Za-z][a-z]+[^<>{}]*<\//.test(code) ||
            /^\s*[A-Z][a-z]+( [a-z]+)+[.,!?:]?\s*$/.test(code)
          ) {
            words.push(`${where}: ${code.trim()}`);
          }
          // Words in an attribute a person reads or hears.
          if (/\b(aria-label|title|placeholder|alt|label)=["'][^"']*[A-Za-z]{2}/.test(code)) {
            words.push(`${where}: ${code.trim()}`);
          }
          // A sentence in quotes (two words or more, a capital first), outside a log or an error.
          if (
            /["'`][A-Z][a-z]+ [a-z]+[^"'`]*["'`]/.test(code) &&
            !/console\.|throw |Error\(|logOnce\(/.test(code)
          ) {
            words.push(`${where}: ${code.trim()}`);
          }
        });
      }
    }
    expect(words).toEqual([]);
  });
});
