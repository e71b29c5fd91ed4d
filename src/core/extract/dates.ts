import type { MentionedDate } from "./types";

/** Month names in the seven languages, accents folded; abbreviations are their prefixes. */
const MONTHS = [
  "january enero janvier januar janner janeiro januari gennaio",
  "february febrero fevrier februar fevereiro februari febbraio",
  "march marzo mars marz marco maart",
  "april abril avril aprile",
  "may mayo mai maio mei maggio",
  "june junio juin juni junho giugno",
  "july julio juillet juli julho luglio",
  "august agosto aout augustus",
  "september septiembre setiembre septembre setembro settembre",
  "october octubre octobre oktober outubro ottobre",
  "november noviembre novembre novembro",
  "december diciembre decembre dezember dezembro dicembre",
].map((names) => names.split(" "));

/** Three-letter abbreviations that are not also common words ("out", "set", "ago"), usable without a dot. */
const ABBREVIATIONS = "jan feb mar apr jun jul aug sep oct nov dec okt dez dic ene fev avr abr";

/** 1 to 12 for a folded month name or abbreviation, 0 for any other word. */
export function monthOf(word: string, dotted = false): number {
  if (
    word.length < 3 ||
    (word.length === 3 && !dotted && !`${ABBREVIATIONS} may mai mei`.includes(word))
  )
    return 0;
  return MONTHS.findIndex((names) => names.some((name) => name.startsWith(word))) + 1;
}

/** Weekday names, loosely: a word ending in "day", "tag", "dag" or "di" before a date is taken for one. */
const WEEKDAY =
  "[a-z]{3,7}(?:day|tag|dag|di)|mittwoch|dimanche|sabato|domenica|(?:lun|mart|miercol|juev|viern)es|sabado|domingo|(?:segunda|terca|quarta|quinta|sexta)(?:-feira)?|(?:mon|tue|wed|thu|fri|sat|sun)\\.?";

/**
 * Dates on folded text, the weekday before them included. Groups: 1-3 ISO; 4-7 numeric (day and
 * month in either order, year); 8-11 day then month name;
 * 12-15 month name then day, as English writes it.
 */
const DATE = new RegExp(
  `\\b(?:(?:${WEEKDAY}),?\\s{1,3}(?:(?:the|den|le|el|il|de)\\s)?)?(?:(\\d{4})-(\\d\\d)-(\\d\\d)(?!\\d)|(\\d{1,2})([./-])(\\d{1,2})(?:\\5(\\d{4}|\\d\\d)(?!\\d)|\\.(?!\\d))|(\\d{1,2})(?:st|nd|rd|th|er|o|º|°|\\.)?\\s{0,3}(?:(?:de|of)\\s{1,3})?([a-gjlmnos][a-z]{2,9})(\\.?)(?:,?\\s{1,3}(?:de\\s)?(\\d{4})(?!\\d))?|((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})(\\.?)\\s{1,3}(?:the\\s)?(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s{1,3}(\\d{4})(?!\\d))?)`,
  "g",
);

/** A time right after a date: "at 2pm", "um 14 Uhr", "à 14h30", "a las 14:00", "om 14.00 uur". */
const TIME =
  /,?\s{0,3}(?:(?:at|um|a las|as|a|alle ore|alle|om|vers|ab|from|de|van|dalle|dalle ore|-)\s{1,3})?(?:ore\s)?(\d{1,2})(?:[:.h](\d\d))?\s{0,2}(a\.?m\.?|p\.?m\.?|uhr|uur|h|hrs|horas|heures|ore)?(?![\d:a-z])/y;

/** Words near which the interview's own date stands. */
const INTERVIEW =
  /interview|gesprach|entretien|entrevista|gesprek|colloquio|call|meeting|appel|llamada|chamada|termin|rendez-vous|reunion|reuniao|afspraak|incontro/g;

const pad = (n: number) => String(n).padStart(2, "0");

export interface DateContext {
  now: Date;
  /**
   * Read an ambiguous numeric date (both parts 12 or less) month first. Only for English mail from a
   * `.us` domain: everywhere else, and in the other six languages, the day comes first.
   */
  monthFirst: boolean;
}

/** `YYYY-MM-DD` for a real day, "" otherwise; a missing year is the next occurrence on or after `now`. */
function calendarDate(year: number, month: number, day: number, now: Date): string {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  for (let y = year || now.getFullYear(); y <= (year || now.getFullYear() + 4); y++) {
    const time = Date.UTC(y, month - 1, day);
    const date = new Date(time);
    if (date.getUTCDate() === day && date.getUTCMonth() === month - 1 && (year || time >= today))
      return `${y}-${pad(month)}-${pad(day)}`;
  }
  return "";
}

/** The dates `folded` mentions, offsets into it; `text` is what they are read from, unfolded. */
export function findDates(text: string, folded: string, context: DateContext): MentionedDate[] {
  const dates: MentionedDate[] = [];
  for (const m of folded.matchAll(DATE)) {
    const n = (i: number) => Number(m[i] ?? 0);
    let [year, month, day] = [n(1), n(2), n(3)];
    if (m[4]) {
      [day, month, year] = [n(4), n(6), n(7)];
      if (month > 12 || (day <= 12 && context.monthFirst && m[5] === "/"))
        [day, month] = [month, day];
      if (year && year < 100) year += 2000;
    } else if (m[8]) [day, month, year] = [n(8), monthOf(m[9] ?? "", m[10] === "."), n(11)];
    else if (m[12]) [day, month, year] = [n(14), monthOf(m[12] ?? "", m[13] === "."), n(15)];
    const date = month > 0 && month < 13 ? calendarDate(year, month, day, context.now) : "";
    if (date === "") continue;
    let end = m.index + m[0].length;
    const mentioned: MentionedDate = { text: "", date, start: m.index, end };
    TIME.lastIndex = end;
    const t = TIME.exec(folded);
    if (t && (t[2] || t[3])) {
      let hour = Number(t[1]);
      const minute = Number(t[2] ?? 0);
      if (t[3]?.[0] === "p" && hour < 12) hour += 12;
      if (t[3]?.[0] === "a" && hour === 12) hour = 0;
      if (hour < 24 && minute < 60) {
        mentioned.time = `${pad(hour)}:${pad(minute)}`;
        end = TIME.lastIndex;
      }
    }
    // A full stop after the date ends the sentence, unless it ends "p.m.".
    if (folded[end - 1] === "." && !/\.m\.$/.test(folded.slice(end - 3, end))) end--;
    dates.push({ ...mentioned, text: text.slice(m.index, end), end });
  }
  return dates;
}

/** The date nearest a word for the interview, a time counting as closeness; the first timed date failing that. */
export function interviewDateOf(
  dates: MentionedDate[],
  folded: string,
): { date: string; time?: string } | undefined {
  const words = [...folded.matchAll(INTERVIEW)].slice(0, 200).map((m) => m.index);
  let best: MentionedDate | undefined;
  let bestScore = 300;
  for (const date of dates) {
    const distance = Math.min(
      300,
      ...words.map((at) => (at < date.start ? date.start - at : Math.max(0, at - date.end))),
    );
    const score = distance - (date.time ? 100 : 0);
    if (score < bestScore) [best, bestScore] = [date, score];
  }
  return best && (best.time ? { date: best.date, time: best.time } : { date: best.date });
}
