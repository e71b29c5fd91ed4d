/** Within this many days of today, a date is written without its year: "10 November". */
const NEAR_DAYS = 183;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * A calendar day (`YYYY-MM-DD`) as a letter in `language` writes it: "November 10", "10 de
 * noviembre", "10. November", "1er décembre"; with the year when it is more than half a year from
 * `today`. "" for anything that is not a real day, so the template's fallback takes over.
 */
export function formatTemplateDate(date: string, language: string, today: Date): string {
  const match = DAY.exec(date);
  if (!match) return "";
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const moment = new Date(Date.UTC(year, month - 1, day));
  if (moment.getUTCMonth() !== month - 1 || moment.getUTCDate() !== day) return "";
  const distance = Math.abs(
    dayNumber(year, month, day) -
      dayNumber(today.getFullYear(), today.getMonth() + 1, today.getDate()),
  );
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(language, {
      timeZone: "UTC",
      ...(distance <= NEAR_DAYS ? { day: "numeric", month: "long" } : { dateStyle: "long" }),
    });
  } catch {
    format = new Intl.DateTimeFormat("en", { timeZone: "UTC", dateStyle: "long" });
  }
  return format
    .formatToParts(moment)
    .map((part) =>
      // French writes the first of the month as an ordinal.
      part.type === "day" && part.value === "1" && format.resolvedOptions().locale.startsWith("fr")
        ? "1er"
        : part.value,
    )
    .join("");
}
