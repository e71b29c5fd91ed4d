/**
 * Installs `chrome.i18n.getMessage` for tests, reading `_locales/en/messages.json` the way Chrome
 * does: named placeholders (`$COMPANY$`) resolved through their `content`, then `$1`…`$9` replaced
 * by the substitutions, `$$` as a literal dollar. Keys the bundle lacks are recorded in
 * `missingMessages`, so a test can assert that everything it rendered had its words.
 *
 * Import it first in a test file (`import "../setup/i18n"`), or list it in vitest's `setupFiles`.
 */
import bundle from "../../_locales/en/messages.json";

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const messages: Record<string, MessageEntry> = bundle;

// Chrome looks keys up case-insensitively.
const byLowerKey = new Map(
  Object.entries(messages).map(([key, entry]) => [key.toLowerCase(), entry]),
);

export const missingMessages = new Set<string>();

export function getMessage(key: string, substitutions?: string | string[]): string {
  if (key === "@@ui_locale") return "en";
  if (key === "@@bidi_dir") return "ltr";
  const entry = byLowerKey.get(key.toLowerCase());
  if (!entry) {
    missingMessages.add(key);
    return "";
  }
  const values =
    substitutions === undefined
      ? []
      : Array.isArray(substitutions)
        ? substitutions
        : [substitutions];
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, placeholder]) => [
      name.toLowerCase(),
      placeholder.content,
    ]),
  );
  return entry.message
    .replace(
      /\$([A-Za-z0-9_@]+)\$/g,
      (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
    )
    .replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
      which === "$" ? "$" : (values[Number(which) - 1] ?? ""),
    );
}

(globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage } };
