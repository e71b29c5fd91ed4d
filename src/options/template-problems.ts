import type { TemplateProblem } from "../core/templates";
import { t } from "../ui/i18n";

/** What is wrong, in words: the placeholder's name and the nearest known one when there is one. */
export function problemText(problem: TemplateProblem): string {
  switch (problem.kind) {
    case "unknownPlaceholder": {
      const unknown = t("templateProblemUnknown", `{{${problem.name}}}`);
      return problem.suggestion
        ? `${unknown} ${t("templateProblemSuggestion", `{{${problem.suggestion}}}`)}`
        : unknown;
    }
    case "unclosedPlaceholder":
      return t("templateProblemUnclosedPlaceholder");
    case "emptyPlaceholder":
      return t("templateProblemEmptyPlaceholder");
    case "unclosedOptional":
      return t("templateProblemUnclosedOptional");
    case "nestedOptional":
      return t("templateProblemNestedOptional");
    case "unopenedOptional":
      return t("templateProblemUnopenedOptional");
  }
}

/** How many of the words before (or after) a problem name where it is. */
const NEAR_WORDS = 3;
/** The most characters of them, so a long word or a pasted link stays short. */
const NEAR_CHARACTERS = 30;

/**
 * The words just before `start` on its line, and failing those the words just after `end`: where
 * the problem stands, as the user would point at it ("after “Thanks”"), never a line and column.
 */
export function wordsNear(
  text: string,
  start: number,
  end: number,
): { side: "after" | "before"; words: string } | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end) === -1 ? text.length : text.indexOf("\n", end);
  const before = text.slice(lineStart, start).trim().split(/\s+/).filter(Boolean);
  if (before.length > 0) {
    const words = before.slice(-NEAR_WORDS).join(" ");
    return {
      side: "after",
      words: words.length > NEAR_CHARACTERS ? `…${words.slice(-NEAR_CHARACTERS)}` : words,
    };
  }
  const after = text.slice(end, lineEnd).trim().split(/\s+/).filter(Boolean);
  if (after.length > 0) {
    const words = after.slice(0, NEAR_WORDS).join(" ");
    return {
      side: "before",
      words: words.length > NEAR_CHARACTERS ? `${words.slice(0, NEAR_CHARACTERS)}…` : words,
    };
  }
  return null;
}

/** A problem in the message, with the words it stands after or before. */
export function bodyProblemText(body: string, problem: TemplateProblem): string {
  const near = wordsNear(body, problem.start, problem.end);
  if (!near) return problemText(problem);
  return t(
    near.side === "after" ? "templateProblemAfter" : "templateProblemBefore",
    near.words,
    problemText(problem),
  );
}

/** A problem in the subject, with the words it stands after or before. */
export function subjectProblemText(subject: string, problem: TemplateProblem): string {
  const near = wordsNear(subject, problem.start, problem.end);
  if (!near) return t("templateProblemInSubject", problemText(problem));
  return t(
    near.side === "after" ? "templateProblemInSubjectAfter" : "templateProblemInSubjectBefore",
    near.words,
    problemText(problem),
  );
}
