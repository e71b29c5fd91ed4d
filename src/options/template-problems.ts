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

/** Line and column (from 1) of an offset into `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

/** A problem in the message, with its line and column. */
export function bodyProblemText(body: string, problem: TemplateProblem): string {
  const at = positionOf(body, problem.start);
  return t("templateProblemAt", String(at.line), String(at.column), problemText(problem));
}

/** A problem in the subject, with its column. */
export function subjectProblemText(problem: TemplateProblem): string {
  return t("templateProblemInSubject", String(problem.start + 1), problemText(problem));
}
