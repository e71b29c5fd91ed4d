import { describe, expect, it } from "vitest";
import { extract } from "../../../src/core/extract";

function roleOf(subject: string, body = "") {
  return extract({ subject, body }).role;
}

describe("role", () => {
  it.each([
    ["Thank you for applying for the Senior Product Analyst role.", "Senior Product Analyst"],
    [
      "We have reviewed your application for the position of Data Engineer at Lumen.",
      "Data Engineer",
    ],
    ["Regarding your application for UX Researcher (Ref. 4521), we...", "UX Researcher"],
    [
      "Thank you for your interest in the Senior Data Analyst (R-12345) position.",
      "Senior Data Analyst",
    ],
    ["Ihre Bewerbung als Softwareentwickler (m/w/d) bei uns", "Softwareentwickler"],
    ["Ihre Bewerbung bei der Kranich GmbH als Data Analyst m/w/d ist eingegangen", "Data Analyst"],
    ["Merci pour votre candidature pour le poste de Chef de projet (H/F).", "Chef de projet"],
    ["Gracias por tu interés para el puesto de Analista de Datos en Madrid.", "Analista de Datos"],
    ["Obrigado pela candidatura para a vaga de Analista de Marketing.", "Analista de Marketing"],
    ["Bedankt voor je sollicitatie voor de functie van Data Analist.", "Data Analist"],
    ["Grazie per la candidatura per la posizione di Sviluppatore Backend!", "Sviluppatore Backend"],
  ])("%s → %s", (body, role) => {
    expect(roleOf("", body)).toBe(role);
  });

  it.each([
    ["Your application for Senior Product Analyst at Lumen Analytics", "Senior Product Analyst"],
    ["Application: Backend Engineer #R-1183", "Backend Engineer"],
    ["Re: Application - Backend Engineer - REQ-2291", "Backend Engineer"],
    ["Senior Product Analyst – Application update", "Senior Product Analyst"],
    ["Bewerbung: Data Engineer (w/m/d)", "Data Engineer"],
    ["Candidature : Chef de projet H/F", "Chef de projet"],
    ["Update on your application", ""],
    ["Thank you for applying", ""],
  ])("subject %j → %j", (subject, role) => {
    expect(roleOf(subject)).toBe(role);
  });

  it("does not take the company for the role", () => {
    expect(
      extract({
        subject: "Lumen Analytics – Application update",
        body: "Thank you for applying to Lumen Analytics.",
      }).role,
    ).toBe("");
  });
});
