import { describe, expect, it } from "vitest";
import {
  daysBetween,
  dueReminders,
  oldestReminderDay,
  type ReminderInterview,
} from "../../../src/core/reminders";

// Local noon, so the calendar day is the same in every time zone the tests run in.
const on = (day: string, clock = "12:00") => new Date(`${day}T${clock}:00`);

const interview = (overrides: Partial<ReminderInterview> = {}): ReminderInterview => ({
  id: 1,
  company: "Lumen Analytics",
  status: "active",
  date: "2026-11-10",
  time: "10:00",
  ...overrides,
});

describe("daysBetween", () => {
  it("counts calendar days, across a month's end and a clock change", () => {
    expect(daysBetween("2026-10-30", "2026-11-02")).toBe(3);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-11-10", "2026-11-10")).toBe(0);
  });
});

describe("dueReminders: the thank-you note", () => {
  it("is due once the interview is over, and for the two days after", () => {
    const meeting = [interview()];
    expect(dueReminders(meeting, [], on("2026-11-10", "09:00"))).toEqual([]);
    expect(dueReminders(meeting, [], on("2026-11-10", "11:00"))).toEqual([
      { kind: "thank_you", interviewId: 1, daysSince: 0 },
    ]);
    expect(dueReminders(meeting, [], on("2026-11-12"))).toEqual([
      { kind: "thank_you", interviewId: 1, daysSince: 2 },
    ]);
    expect(dueReminders(meeting, [], on("2026-11-13"))).toEqual([]);
  });

  it("waits until midday for an interview today whose time is not known", () => {
    const meeting = [interview({ time: "" })];
    expect(dueReminders(meeting, [], on("2026-11-10", "08:00"))).toEqual([]);
    expect(dueReminders(meeting, [], on("2026-11-10", "12:30"))).toHaveLength(1);
  });

  it("is no longer due once one was drafted or marked done", () => {
    const followUps = [{ interviewId: 1, kind: "thank_you", draftedAt: "2026-11-10T15:00:00Z" }];
    expect(dueReminders([interview()], followUps, on("2026-11-11"))).toEqual([]);
  });

  it("is still due when the only draft was opened before the interview's day", () => {
    const followUps = [{ interviewId: 1, kind: "thank_you", draftedAt: "2026-11-08T15:00:00Z" }];
    expect(dueReminders([interview()], followUps, on("2026-11-11"))).toHaveLength(1);
  });

  it("is not due for an interview that got its answer, or whose date Debrief only guessed", () => {
    const now = on("2026-11-11");
    expect(dueReminders([interview({ status: "rejected" })], [], now)).toEqual([]);
    expect(dueReminders([interview({ status: "offer" })], [], now)).toEqual([]);
    expect(dueReminders([interview({ dateUnknown: true })], [], now)).toEqual([]);
  });
});

describe("dueReminders: the check-in", () => {
  it("is due from a week after the interview to a month after", () => {
    const meeting = [interview()];
    expect(dueReminders(meeting, [], on("2026-11-16"))).toEqual([]);
    expect(dueReminders(meeting, [], on("2026-11-17"))).toEqual([
      { kind: "check_in", interviewId: 1, daysSince: 7 },
    ]);
    expect(dueReminders(meeting, [], on("2026-12-10"))).toEqual([
      { kind: "check_in", interviewId: 1, daysSince: 30 },
    ]);
    expect(dueReminders(meeting, [], on("2026-12-11"))).toEqual([]);
  });

  it("is no longer due once a check-in was drafted after the interview", () => {
    const now = on("2026-11-20");
    const before = [{ interviewId: 1, kind: "check_in", draftedAt: "2026-11-01T10:00:00Z" }];
    expect(dueReminders([interview()], before, now)).toHaveLength(1);
    const after = [{ interviewId: 1, kind: "check_in", draftedAt: "2026-11-18T10:00:00Z" }];
    expect(dueReminders([interview()], after, now)).toEqual([]);
  });

  it("is not due when a later interview with the same company shows the process moved on", () => {
    const rounds = [
      interview(),
      interview({ id: 2, company: " lumen analytics", date: "2026-11-15", status: "active" }),
    ];
    expect(dueReminders(rounds, [], on("2026-11-18")).map((due) => due.interviewId)).toEqual([]);
    expect(dueReminders(rounds, [], on("2026-11-23")).map((due) => due.interviewId)).toEqual([2]);
  });
});

describe("dueReminders: order", () => {
  it("puts thank-you notes first, then the oldest interview", () => {
    const now = on("2026-11-20");
    const due = dueReminders(
      [
        interview({ id: 1, company: "A", date: "2026-11-12" }),
        interview({ id: 2, company: "B", date: "2026-11-19" }),
        interview({ id: 3, company: "C", date: "2026-11-05" }),
      ],
      [],
      now,
    );
    expect(due.map((reminder) => [reminder.kind, reminder.interviewId])).toEqual([
      ["thank_you", 2],
      ["check_in", 3],
      ["check_in", 1],
    ]);
  });
});

describe("oldestReminderDay", () => {
  it("is a month back, the last day a check-in can be due for", () => {
    expect(oldestReminderDay(on("2026-12-10"))).toBe("2026-11-10");
  });
});
