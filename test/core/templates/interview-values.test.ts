import { describe, expect, it } from "vitest";
import {
  firstNameOf,
  interviewRecipient,
  interviewValues,
  renderTemplate,
} from "../../../src/core/templates";

const interview = {
  company: "Nordlicht Software",
  role: "Backend Engineer",
  round: "Zweite Runde",
  date: "2026-11-10",
  interviewers: [
    { name: "", email: "jobs@nordlicht.example", title: "" },
    { name: "Dr. Jonas Weber", email: "jonas.weber@nordlicht.example", title: "CTO" },
  ],
};

describe("firstNameOf", () => {
  it("finds the name a person is greeted by", () => {
    expect(firstNameOf("Dr. Priya Raman")).toBe("Priya");
    expect(firstNameOf("Raman, Priya")).toBe("Priya");
    expect(firstNameOf("Mme Claire Dubois")).toBe("Claire");
    expect(firstNameOf("priya@lumen.example")).toBe("");
  });
});

describe("interviewValues", () => {
  it("greets the first interviewer with a name and writes the date the language's way", () => {
    const values = interviewValues({
      interview,
      myName: "Ana",
      language: "de",
      today: new Date("2026-11-12T12:00:00"),
    });
    expect(values["interviewer.firstName"]).toBe("Jonas");
    expect(values["interviewer.name"]).toBe("Dr. Jonas Weber");
    expect(renderTemplate("{{company}}, {{round}}, {{interviewDate}}", values)).toBe(
      "Nordlicht Software, Zweite Runde, 10. November",
    );
  });

  it("leaves out a date Debrief only guessed", () => {
    const values = interviewValues({
      interview: { ...interview, dateUnknown: true },
      myName: "",
      language: "en",
      today: new Date("2026-11-12T12:00:00"),
    });
    expect(renderTemplate("Thanks[[ for {{interviewDate}}]].", values)).toBe("Thanks.");
  });
});

describe("interviewValues told whom to greet", () => {
  it("greets that person, whoever the interview's first interviewer is", () => {
    const values = interviewValues({
      interview,
      to: { firstName: "Sam", name: "Sam Ortiz" },
      myName: "",
      language: "es",
      today: new Date(2026, 10, 20),
    });
    expect(values["interviewer.firstName"]).toBe("Sam");
    expect(values["interviewer.name"]).toBe("Sam Ortiz");
    expect(values.interviewDate).toBe("10 de noviembre");
  });
});

describe("interviewRecipient", () => {
  it("writes to the interviewer who is greeted, else to any address known", () => {
    expect(interviewRecipient(interview)).toBe("jonas.weber@nordlicht.example");
    expect(
      interviewRecipient({
        ...interview,
        interviewers: [{ name: "", email: "jobs@nordlicht.example", title: "" }],
      }),
    ).toBe("jobs@nordlicht.example");
    expect(interviewRecipient({ ...interview, interviewers: [] })).toBe("");
  });
});
