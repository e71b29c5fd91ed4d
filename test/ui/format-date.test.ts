import { describe, expect, it } from "vitest";
import { formatInterviewDate, localDay } from "../../src/ui/format-date";

describe("formatInterviewDate", () => {
  it("writes the calendar day the user picked, in the given language, without shifting it by time zone", () => {
    expect(formatInterviewDate("2026-03-04", "", ["en-GB"])).toBe("4 Mar 2026");
    expect(formatInterviewDate("2026-03-04", "", ["en-US"])).toBe("Mar 4, 2026");
    expect(formatInterviewDate("2026-03-04", "", ["de-DE"])).toBe("04.03.2026");
  });

  it("adds the time when there is one", () => {
    expect(formatInterviewDate("2026-03-04", "14:30", ["en-GB"])).toBe("4 Mar 2026, 14:30");
  });

  it("shows a stored value it cannot read as it is", () => {
    expect(formatInterviewDate("sometime in March")).toBe("sometime in March");
  });
});

describe("localDay", () => {
  it("is the local calendar day", () => {
    expect(localDay(new Date(2026, 0, 9, 23, 59))).toBe("2026-01-09");
  });
});
