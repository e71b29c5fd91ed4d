/**
 * How sure the detector must be before the banner shows, by level. The options page offers these
 * three and nothing else; a stored number that is not one of them reads as the default.
 */
export const CONFIDENCE_LEVELS = [0.9, 0.75, 0.5] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** The options page's "every rejection it calls": the level used until the user picks another. */
export const DEFAULT_MIN_CONFIDENCE: ConfidenceLevel = 0.5;

export function isConfidenceLevel(value: unknown): value is ConfidenceLevel {
  return (CONFIDENCE_LEVELS as readonly unknown[]).includes(value);
}
