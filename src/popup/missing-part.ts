import { t } from "../ui/i18n";

/**
 * The words for what a reader could not find, by the name it gives it (host.ts `unrecognised`).
 * Anything else (a reader's error) is said without a part.
 */
export const MISSING_PART_MESSAGE: Readonly<Record<string, string>> = {
  "reading pane": "missingReadingPane",
  "thread view": "missingThreadView",
  message: "missingMessage",
  "expanded message": "missingExpandedMessage",
  "message id": "missingMessageId",
  subject: "missingSubject",
  "thread id": "missingThreadId",
  body: "missingBody",
};

/** "no message body found", or null when the part has no words of its own. */
export function missingPartWords(missing: string): string | null {
  const key = Object.hasOwn(MISSING_PART_MESSAGE, missing) ? MISSING_PART_MESSAGE[missing] : null;
  return key ? t(key) : null;
}
