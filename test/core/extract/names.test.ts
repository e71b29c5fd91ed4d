import { describe, expect, it } from "vitest";
import { extract } from "../../../src/core/extract";

function extractFrom(body: string, name = "", address = "", subject = "") {
  return extract({ subject, body, from: { name, address } });
}

describe("sender's first name", () => {
  it.each([
    ["Best,\nMaya", "Maya"],
    ["Kind regards,\n\nMaya Okafor\nAnalytics Lead", "Maya"],
    ["Thanks, Maya", "Maya"],
    ["Mit freundlichen Grüßen\nLena Hoffmann", "Lena"],
    ["Mit freundlichen Grüßen\ni.A. Karin Lüdtke", "Karin"],
    ["Un saludo,\nMarta", "Marta"],
    ["Met vriendelijke groet,\nJoris Bakker | Polderbank", "Joris"],
    ["Best wishes,\nThe Lumen Talent Team", ""],
    ["Best,\nLumen Recruiting", ""],
  ])("%j → %s", (signature, first) => {
    expect(
      extractFrom(`Hi Jordan,\n\nThank you for your time.\n\n${signature}`).senderFirstName,
    ).toBe(first);
  });

  it("falls back on the display name when it is a person's", () => {
    expect(extractFrom("Thank you.", "Maya Okafor").senderFirstName).toBe("Maya");
    expect(extractFrom("Thank you.", "Okafor, Maya").senderFirstName).toBe("Maya");
    expect(extractFrom("Thank you.", "Maya from Lumen").senderFirstName).toBe("Maya");
  });

  it.each([
    ["Lumen Careers", "careers@lumen.example"],
    ["Talent Acquisition", "jobs@lumen.example"],
    ["no-reply", "no-reply@lumen.example"],
    ["Lumen", "jobs@lumen.example"],
    ["Lumen via Workday", "lumen@myworkday.com"],
    ["Recruiting Team", "team@lumen.example"],
  ])("does not take %j for a person", (name, address) => {
    expect(extractFrom("Thank you.", name, address).senderFirstName).toBe("");
  });

  it("does not take the candidate's name for the sender's", () => {
    expect(extractFrom("Dear Jordan,\n\nThanks, Jordan, for your time.").senderFirstName).toBe("");
  });
});

describe("recipient's first name", () => {
  it.each([
    ["Dear Jordan,", "Jordan"],
    ["Hi Jordan Lee, thanks for applying.", "Jordan"],
    ["Hola Lucía:", "Lucía"],
    ["Beste Sanne,", "Sanne"],
    ["Sehr geehrte Frau Weber,", ""],
    ["Dear Candidate,", ""],
    ["Thank you for applying.", ""],
  ])("%j → %j", (greeting, first) => {
    expect(extractFrom(`${greeting}\n\nWe will be in touch.`).recipientFirstName).toBe(first);
  });
});

describe("people", () => {
  it("names interviewers with their titles, once each, without the candidate or the sender", () => {
    const body =
      "Dear Jordan,\n\nYou will meet Tomás Ferreira, our Head of Product, and Jane Doe. Your interview with Jane Doe and Tomás will be on Zoom, with Jordan Lee as the candidate.\n\nBest,\nMaya";
    expect(extractFrom(body, "Maya Okafor").people).toEqual([
      { name: "Tomás Ferreira", role: "Head of Product" },
      { name: "Jane Doe" },
    ]);
  });

  it("does not take pronouns for a title", () => {
    expect(
      extractFrom("You'll meet Jane Doe (she/her) and Sam Lee (Staff Engineer).").people,
    ).toEqual([{ name: "Jane Doe" }, { name: "Sam Lee", role: "Staff Engineer" }]);
  });

  it("keeps a title with a surname alone", () => {
    expect(extractFrom("Danke für das Gespräch mit Herrn Meier.").people).toEqual([
      { name: "Herr Meier" },
    ]);
    expect(extractFrom("Sie sprechen mit Frau Vogel und Herrn Dr. Paul Schmitt.").people).toEqual([
      { name: "Frau Vogel" },
      { name: "Paul Schmitt" },
    ]);
  });

  it("does not take tools or the company for people", () => {
    const body =
      "Your interview at Lumen Analytics will be with Google Meet, with Lumen Analytics' panel.";
    expect(extractFrom(body).people).toEqual([]);
  });

  it("needs a full name after a bare 'with'", () => {
    expect(extractFrom("We had lunch with Sam after the call.").people).toEqual([]);
    expect(extractFrom("You'll meet Sam, our CTO.").people).toEqual([{ name: "Sam", role: "CTO" }]);
  });
});
