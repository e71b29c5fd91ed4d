/**
 * The longest text Debrief keeps in one field (an interview's notes, feedback, a reflection, a
 * template): about fifty pages. The forms stop there and an import refuses a longer field, so
 * whatever Debrief exports it can import again.
 */
export const MAX_TEXT_CHARS = 100_000;
