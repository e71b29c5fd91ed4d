import { describe, expect, it } from "vitest";
import type { OpenEmailState } from "../../src/messages";
import { draftFromOpenEmail } from "../../src/popup/draft-from-email";

const open: OpenEmailState = {
  tabId: 3,
  openedAt: "2026-03-05T09:00:00.000Z",
  email: {
    host: "outlook",
    messageId: "AAMk1",
    threadId: "AAQk1",
    subject: "  Interview invitation: Data Analyst ",
    from: { name: "Priya Raman", address: "priya@lumen-analytics.example" },
    body: "",
  },
  interviews: [],
};

describe("draftFromOpenEmail", () => {
  it("takes the sender as interviewer, the subject as a note and guesses the company", () => {
    expect(draftFromOpenEmail(open)).toEqual({
      company: "Lumen Analytics",
      role: "",
      round: "",
      date: "",
      time: "",
      interviewers: [{ name: "Priya Raman", email: "priya@lumen-analytics.example", title: "" }],
      postingUrl: "",
      notes: "Interview invitation: Data Analyst",
    });
  });

  it("prefers the company and role of the interview the email belongs to", () => {
    const draft = draftFromOpenEmail({
      ...open,
      email: { ...open.email, from: { name: "Sam", address: "sam@greenhouse-mail.io" } },
      interviews: [{ id: 4, company: "Lumen", role: "Data Analyst", date: "2026-03-01" }],
    });
    expect(draft.company).toBe("Lumen");
    expect(draft.role).toBe("Data Analyst");
  });

  it("leaves the company empty when the sender's domain names no employer", () => {
    const draft = draftFromOpenEmail({
      ...open,
      email: { ...open.email, from: { name: "", address: "x@gmail.com" } },
    });
    expect(draft.company).toBe("");
  });
});
