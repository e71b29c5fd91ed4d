import { describe, expect, it } from "vitest";
import { statusWordOf } from "../../src/popup/interview-status";

// 4 March 2026, 10:15 in the test machine's own time zone: the status compares local days.
const now = new Date(2026, 2, 4, 10, 15);

describe("statusWordOf", () => {
  it("calls an active interview on a later day upcoming", () => {
    expect(statusWordOf({ status: "active", date: "2026-03-05", time: "" }, now)).toBe("upcoming");
  });

  it("calls an active interview on an earlier day waiting", () => {
    expect(statusWordOf({ status: "active", date: "2026-03-03", time: "16:00" }, now)).toBe(
      "waiting",
    );
  });

  it("goes by the time of day for today's interview", () => {
    expect(statusWordOf({ status: "active", date: "2026-03-04", time: "14:00" }, now)).toBe(
      "upcoming",
    );
    expect(statusWordOf({ status: "active", date: "2026-03-04", time: "09:00" }, now)).toBe(
      "waiting",
    );
    // With no time given, today's interview is taken as done: the user adds it afterwards.
    expect(statusWordOf({ status: "active", date: "2026-03-04", time: "" }, now)).toBe("waiting");
  });

  it("keeps a recorded outcome whatever the date", () => {
    for (const status of ["offer", "rejected", "withdrawn", "no_answer"] as const) {
      expect(statusWordOf({ status, date: "2199-01-01", time: "" }, now)).toBe(status);
    }
  });
});
