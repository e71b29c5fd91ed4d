import { describe, expect, it } from "vitest";
import {
  ANSWER_MESSAGE,
  answerOf,
  CHECKLIST,
  CHECKLIST_ANSWERS,
  CHECKLIST_KEYS,
  isChecklistAnswer,
  isChecklistKey,
  isReflectionComplete,
} from "../../../src/core/reflection/checklist";

const entry = (answer: string) => ({ answer, note: "" });

describe("the reflection checklist", () => {
  it("asks the four questions of the design, in order, with stable keys", () => {
    expect(CHECKLIST_KEYS).toEqual(["direct", "humble", "flow", "prepared"]);
    expect(CHECKLIST.map((question) => question.message)).toEqual([
      "checklistDirect",
      "checklistHumble",
      "checklistFlow",
      "checklistPrepared",
    ]);
    expect(CHECKLIST_ANSWERS).toEqual(["yes", "partly", "no"]);
    expect(Object.keys(ANSWER_MESSAGE)).toEqual(["yes", "partly", "no"]);
  });

  it("tells its keys and answers from anything else", () => {
    expect(isChecklistKey("flow")).toBe(true);
    expect(isChecklistKey("Flow")).toBe(false);
    expect(isChecklistKey(undefined)).toBe(false);
    expect(isChecklistAnswer("partly")).toBe(true);
    expect(isChecklistAnswer("maybe")).toBe(false);
  });

  it("reads an answer, and nothing from a missing or broken one", () => {
    const reflection = { answers: { direct: entry("no"), flow: entry("sometimes") } };
    expect(answerOf(reflection, "direct")).toBe("no");
    expect(answerOf(reflection, "flow")).toBeNull();
    expect(answerOf(reflection, "humble")).toBeNull();
    expect(answerOf(null, "direct")).toBeNull();
  });

  it("is complete when every question has an answer", () => {
    const all = {
      direct: entry("yes"),
      humble: entry("partly"),
      flow: entry("no"),
      prepared: entry("yes"),
    };
    expect(isReflectionComplete({ answers: all })).toBe(true);
    expect(isReflectionComplete({ answers: { ...all, prepared: undefined } })).toBe(false);
    expect(isReflectionComplete({ answers: { ...all, flow: entry("") } })).toBe(false);
    expect(isReflectionComplete({ answers: {} })).toBe(false);
    expect(isReflectionComplete(null)).toBe(false);
    expect(isReflectionComplete(undefined)).toBe(false);
  });
});
