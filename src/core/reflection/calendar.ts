const pad = (value: number) => String(value).padStart(2, "0");

/** The calendar day `now` falls on in the user's time zone, `YYYY-MM-DD`. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The time of day `now` shows on the user's clock, `HH:MM`. */
export function localClock(now: Date): string {
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** The month `now` falls in, in the user's time zone: `YYYY-MM`. */
export function localMonth(now: Date): string {
  return localDay(now).slice(0, 7);
}

/**
 * The local calendar day of a stored date: a day the user picked (`YYYY-MM-DD`) is that day; a
 * moment Debrief recorded (`toISOString()`) is the day it was on the user's clock. "" for neither.
 */
export function dayOf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? "" : localDay(moment);
}

/** The `count` months up to and including `now`'s, oldest first: `["2026-06", …, "2026-11"]`. */
export function monthsUpTo(now: Date, count: number): string[] {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    months.push(localMonth(new Date(now.getFullYear(), now.getMonth() - back, 1)));
  }
  return months;
}
