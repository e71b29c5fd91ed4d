/**
 * The reflection logic hands the popup message keys, not words: each must be in the English bundle,
 * written for a translator.
 */
import { describe, expect, it } from "vitest";
import bundle from "../../../_locales/en/messages.json";
import { ANSWER_MESSAGE, CHECKLIST } from "../../../src/core/reflection/checklist";
import { STEPS } from "../../../src/core/reflection/next-steps";
import { THEME_MESSAGE } from "../../../src/core/reflection/themes";

const messages: Record<string, { message: string; description?: string }> = bundle;

const KEYS = [
  ...CHECKLIST.map((question) => question.message),
  ...Object.values(ANSWER_MESSAGE),
  ...Object.values(THEME_MESSAGE),
  ...Object.values(STEPS).map((step) => step.message),
];

describe("the reflection's words", () => {
  it("are all in _locales/en/messages.json, each with a description", () => {
    expect(KEYS.filter((key) => !(key in messages))).toEqual([]);
    for (const key of KEYS) {
      expect(messages[key]?.message.trim(), key).not.toBe("");
      expect(messages[key]?.description ?? "", key).not.toBe("");
    }
  });

  it("use each key once", () => {
    expect(new Set(KEYS).size).toBe(KEYS.length);
  });

  it("word the checklist as the design does", () => {
    expect(CHECKLIST.map((question) => messages[question.message]?.message)).toEqual([
      "Did I answer the questions directly?",
      "Did I show my skills while staying humble?",
      "Did the conversation flow naturally?",
      "Was I prepared?",
    ]);
  });

  it("give steps as sentences the user can act on, without placeholders", () => {
    for (const { message } of Object.values(STEPS)) {
      const text = messages[message]?.message ?? "";
      expect(text, message).toMatch(/^[A-Z].{30,200}\.$/);
      expect(text, message).not.toContain("$");
    }
  });
});
