import { isCalendarDate } from "../core/interview-draft";
import { uiLocales } from "./i18n";

/**
 * An interview's day (and time, when known) the way the interface's language writes dates.
 * The day is read as a local calendar day: `new Date("2026-03-04")` would be UTC midnight and show
 * the day before west of Greenwich.
 */
export function formatInterviewDate(
  date: string,
  time = "",
  locales: readonly string[] = uiLocales(),
): string {
  if (!isCalendarDate(date)) return date;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (clock) {
    const moment = new Date(year, month - 1, day, Number(clock[1]), Number(clock[2]));
    return new Intl.DateTimeFormat(locales as string[], {
      dateStyle: "medium",
      timeStyle: "short",
    }).format(moment);
  }
  return new Intl.DateTimeFormat(locales as string[], { dateStyle: "medium" }).format(
    new Date(year, month - 1, day),
  );
}

/** Today's calendar day, `YYYY-MM-DD`, in the user's time zone. */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
