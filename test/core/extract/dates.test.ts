import { describe, expect, it } from "vitest";
import { extract } from "../../../src/core/extract";

const now = new Date(2026, 8, 1); // 1 September 2026

function datesIn(body: string, address = "jobs@acme.example", when = now) {
  return extract({ subject: "", body, from: { address } }, { now: when }).dates.map(
    ({ date, time }) => (time ? `${date} ${time}` : date),
  );
}

describe("dates", () => {
  it.each([
    ["Thursday 15 October at 14:00", "2026-10-15 14:00"],
    ["on October 15th at 2pm", "2026-10-15 14:00"],
    ["Oct. 15, 2027 at 9:15 a.m.", "2027-10-15 09:15"],
    ["15 October at 12pm", "2026-10-15 12:00"],
    ["15 October at 12 a.m.", "2026-10-15 00:00"],
    ["2026-10-15", "2026-10-15"],
    ["2026-10-15 10:00", "2026-10-15 10:00"],
    ["15/10/2026", "2026-10-15"],
    ["15.10.26", "2026-10-15"],
    ["am 15.10. um 9:30 Uhr", "2026-10-15 09:30"],
    ["15. Oktober um 14 Uhr", "2026-10-15 14:00"],
    ["Donnerstag, den 15. Oktober 2026, 14:00", "2026-10-15 14:00"],
    ["le jeudi 15 octobre à 14h", "2026-10-15 14:00"],
    ["le 1er octobre à 9h30", "2026-10-01 09:30"],
    ["el jueves 15 de octubre a las 14:00", "2026-10-15 14:00"],
    ["el 15 de octubre de 2026", "2026-10-15"],
    ["quinta-feira, 15 de outubro, às 14h", "2026-10-15 14:00"],
    ["donderdag 15 oktober om 14.00 uur", "2026-10-15 14:00"],
    ["giovedì 15 ottobre alle 14:00", "2026-10-15 14:00"],
    ["15 März", "2027-03-15"],
    ["le 3 août", "2026-08-03".replace("2026", "2027")],
  ])("%s → %s", (text, expected) => {
    expect(datesIn(text)).toEqual([expected]);
  });

  it("gives the text and its offsets in the body as given", () => {
    const body = "<p>Hi,</p>\r\nCould you do Thursday 15 October at 14:00? Thanks.";
    const [date] = extract({ subject: "", body }, { now }).dates;
    expect(date?.text).toBe("Thursday 15 October at 14:00");
    expect(body.slice(date?.start, date?.end)).toBe(date?.text);
  });

  it("takes the next occurrence of a date without a year, on or after today", () => {
    expect(datesIn("1 September", undefined, now)).toEqual(["2026-09-01"]);
    expect(datesIn("31 August", undefined, now)).toEqual(["2027-08-31"]);
    expect(datesIn("29 February", undefined, now)).toEqual(["2028-02-29"]);
  });

  it("reads a numeric date day first, unless the day cannot be a month", () => {
    expect(datesIn("05/10/2026")).toEqual(["2026-10-05"]);
    expect(datesIn("10/15/2026")).toEqual(["2026-10-15"]);
  });

  it("reads it month first in English mail from a .us domain", () => {
    expect(datesIn("Can you make it on 05/10/2026?", "hr@acme.us")).toEqual(["2026-05-10"]);
    expect(datesIn("Can you make it on 15/10/2026?", "hr@acme.us")).toEqual(["2026-10-15"]);
    expect(datesIn("Können Sie am 05/10/2026?", "hr@acme.us")).toEqual(["2026-10-05"]);
  });

  it("skips what is not a calendar day", () => {
    expect(
      datesIn(
        "31/02/2026, 2026-13-01, 14.00 uur, 3.5 out of 5, version 1.2.3, 2 out of 3, 15 people",
      ),
    ).toEqual([]);
  });

  it("takes for the interview's the date near the word for it, a time helping", () => {
    const body =
      "Please reply by 20 September. We would like to invite you to an interview on 6 October at 10:00. Your start date would be 1 November.";
    expect(extract({ subject: "", body }, { now }).interviewDate).toEqual({
      date: "2026-10-06",
      time: "10:00",
    });
  });

  it("names no interview date when nothing points to one", () => {
    expect(
      extract({ subject: "", body: "Invoice dated 12 March 2026." }, { now }).interviewDate,
    ).toBeUndefined();
  });
});
