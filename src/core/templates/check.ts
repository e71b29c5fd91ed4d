import { scanTemplate } from "./scan";
import { PLACEHOLDERS, type PlaceholderName, type TemplateProblem } from "./types";

/** Names longer than this are not a slip of the keys: no suggestion, and no quadratic work. */
const MAX_SUGGESTED_LENGTH = 64;

/** Levenshtein distance, case-insensitive. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * The known name nearest to `name`, or null when none is near enough to be what was meant. A name
 * written without its `interviewer.` prefix counts as near (`{{firstName}}`).
 */
export function nearestPlaceholder(name: string): PlaceholderName | null {
  if (name.length > MAX_SUGGESTED_LENGTH) return null;
  let best: { name: PlaceholderName; distance: number } | null = null;
  for (const known of PLACEHOLDERS) {
    const tail = known.slice(known.lastIndexOf(".") + 1);
    const distance = Math.min(
      editDistance(name, known),
      tail === known ? Number.POSITIVE_INFINITY : editDistance(name, tail) + 1,
    );
    if (best === null || distance < best.distance) best = { name: known, distance };
  }
  if (best === null) return null;
  return best.distance <= Math.max(2, Math.ceil(name.length / 3)) ? best.name : null;
}

/**
 * What is wrong with a template, in the order it appears in the text; empty when nothing is.
 * Linear in the text's length and never throws, so an editor can call it on every keystroke.
 */
export function checkTemplate(text: string): TemplateProblem[] {
  if (typeof text !== "string") return [];
  return scanTemplate(text)
    .problems.map((problem) =>
      problem.kind === "unknownPlaceholder"
        ? { ...problem, suggestion: nearestPlaceholder(problem.name) }
        : problem,
    )
    .sort((a, b) => a.start - b.start);
}
