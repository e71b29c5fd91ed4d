import { describe, expect, it } from "vitest";
import { checkInterviewDraft, emptyDraft, isCalendarDate } from "../../src/core/interview-draft";

describe("checking an interview before it is saved", () => {
  it("asks for a company and a date", () => {
    const result = checkInterviewDraft({ ...emptyDraft(), company: "   " });
    expect(result).toEqual({
      ok: false,
      errors: { company: "errorCompanyRequired", date: "errorDateRequired" },
    });
  });

  it("refuses a day that does not exist", () => {
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("26-11-2026")).toBe(false);
    const result = checkInterviewDraft({ ...emptyDraft(), company: "Acme", date: "2026-13-01" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.date).toBe("errorDateImpossible");
  });

  it("refuses an impossible time, a malformed address and a link that is not a web address", () => {
    const result = checkInterviewDraft({
      ...emptyDraft(),
      company: "Acme",
      date: "2026-11-20",
      time: "25:00",
      interviewers: [{ name: "Jo", email: "jo-at-acme", title: "" }],
      postingUrl: "javascript:alert(1)",
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        time: "errorTimeImpossible",
        interviewer0: "errorEmailInvalid",
        postingUrl: "errorUrlInvalid",
      },
    });
  });

  it("trims the fields and drops interviewer rows left empty", () => {
    const result = checkInterviewDraft({
      ...emptyDraft(),
      company: "  Acme  ",
      date: "2026-11-20",
      interviewers: [
        { name: " Jo Park ", email: "jo@acme.example", title: "" },
        { name: "", email: " ", title: "" },
      ],
    });
    expect(result.ok && result.value.company).toBe("Acme");
    expect(result.ok && result.value.interviewers).toEqual([
      { name: "Jo Park", email: "jo@acme.example", title: "" },
    ]);
  });
});
