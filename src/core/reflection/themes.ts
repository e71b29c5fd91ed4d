import { type ThemeEvidence, ThemeMatcher } from "./theme-matcher";
import { THEME_BOOKS } from "./theme-phrases";

export type { ThemeEvidence } from "./theme-matcher";

/**
 * The themes feedback is tagged with, in the order the popup lists them. The keys are stored with
 * every feedback (`Feedback.themes`): never rename one without migrating saved feedback.
 */
export const THEMES = [
  "direct_answers",
  "confidence",
  "relevant_experience",
  "preparation",
  "fit",
  "communication",
  "technical_depth",
] as const;

export type Theme = (typeof THEMES)[number];

/** Each theme's name: a key of `_locales/<lang>/messages.json`. */
export const THEME_MESSAGE: Record<Theme, string> = {
  direct_answers: "themeDirectAnswers",
  confidence: "themeConfidence",
  relevant_experience: "themeRelevantExperience",
  preparation: "themePreparation",
  fit: "themeFit",
  communication: "themeCommunication",
  technical_depth: "themeTechnicalDepth",
};

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

/** Known themes only, each once, in the order of `THEMES`: how themes are stored and shown. */
export function orderThemes(themes: Iterable<unknown>): Theme[] {
  const wanted = new Set<unknown>(themes);
  return THEMES.filter((theme) => wanted.has(theme));
}

let matcher: ThemeMatcher | undefined;

/**
 * Where the feedback names each theme: the first place for each, in the order the text names them,
 * with offsets into `text` so the popup can show why a theme was suggested. Reads English, Spanish,
 * French, German and Portuguese at once. A topic the feedback praises ("your preparation was
 * excellent") is no theme to work on; one it praises and still asks more of is. Never throws.
 */
export function findThemeEvidence(text: unknown): ThemeEvidence[] {
  if (typeof text !== "string" || text.trim() === "") return [];
  matcher ??= new ThemeMatcher(THEME_BOOKS);
  return matcher.find(text);
}

/** The themes to suggest for feedback the user pasted, in the order of `THEMES`. Never throws. */
export function suggestThemes(text: unknown): Theme[] {
  return orderThemes(findThemeEvidence(text).map((evidence) => evidence.theme));
}
