import type { InterviewSummary } from "../../messages";
import { t, uiLocales } from "../../ui/i18n";

/**
 * The banner's words, from `_locales` through `t()`. An orphaned content script (the extension was
 * reloaded under the tab) may no longer reach `chrome.i18n`; a word it cannot get is then left
 * empty rather than thrown into the page.
 */
export function say(key: string, ...substitutions: string[]): string {
  try {
    return t(key, ...substitutions);
  } catch {
    return "";
  }
}

/** "This looks like a rejection from {company}", or without the company when the email did not say. */
export function headline(company: string): string {
  return company ? say("bannerRejectionFrom", company) : say("bannerRejection");
}

/** "Your interview on 15 October, Senior Product Analyst". */
export function interviewLine(interview: InterviewSummary, locales?: readonly string[]): string {
  const title = interview.role || interview.company;
  const date = formatDay(interview.date, locales);
  if (date && title) return say("bannerInterview", date, title);
  if (title) return say("bannerInterviewUndated", title);
  return say("bannerInterviewDateOnly", date);
}

/** One choice in the interview picker: its day, role and company, as far as known. */
export function candidateLabel(interview: InterviewSummary, locales?: readonly string[]): string {
  return [formatDay(interview.date, locales), interview.role, interview.company]
    .filter(Boolean)
    .join(" · ");
}

/**
 * A day as the interface's language writes it, without the year when it is this year's:
 * "15 October" (en-GB), "October 15" (en-US). Takes a calendar day (`YYYY-MM-DD`, read as a local
 * day) or a moment (ISO). Anything else is shown as it is.
 */
export function formatDay(
  value: string,
  locales: readonly string[] | undefined = uiLocales(),
  now: Date = new Date(),
): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  if (!value || Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long" };
  if (date.getFullYear() !== now.getFullYear()) options.year = "numeric";
  // `uiLocales` gives only well-formed tags, which Intl takes whether or not it knows them.
  return new Intl.DateTimeFormat(locales as string[] | undefined, options).format(date);
}

/**
 * The phrases that decided, as the email writes them: those that weighed towards a rejection,
 * heaviest first, without one that only repeats part of another already listed.
 */
export function decidingPhrases(
  reasons: readonly { phrase: string; weight: number }[],
  max = 5,
): string[] {
  const phrases: string[] = [];
  for (const reason of [...reasons].sort((a, b) => b.weight - a.weight)) {
    const phrase = reason.phrase.replace(/\s+/g, " ").trim();
    if (reason.weight <= 0 || !phrase) continue;
    const folded = phrase.toLowerCase();
    if (phrases.some((kept) => kept.toLowerCase().includes(folded))) continue;
    // A longer phrase replaces the shorter ones it contains.
    for (let i = phrases.length - 1; i >= 0; i--) {
      if (folded.includes(phrases[i]?.toLowerCase() ?? "\u0000")) phrases.splice(i, 1);
    }
    phrases.push(phrase);
  }
  return phrases.slice(0, max);
}
