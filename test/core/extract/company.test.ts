import { describe, expect, it } from "vitest";
import { extract } from "../../../src/core/extract";

function companyOf(subject: string, body: string, name = "", address = "") {
  return extract({ subject, body, from: { name, address } }).company;
}

describe("company", () => {
  it.each([
    ["Thank you for your interest in Lumen Analytics and the role.", "Lumen Analytics"],
    [
      "We enjoyed having you with us at Blue Harbor Labs. Unfortunately, we have chosen someone else.",
      "Blue Harbor Labs",
    ],
    [
      "Thanks for your application for the analyst position at Fabrikam Inc. and for your time.",
      "Fabrikam Inc",
    ],
    ["We're excited about you joining Contoso Pharma next month!", "Contoso Pharma"],
    ["Vielen Dank für Ihre Bewerbung bei der Kranich Logistik GmbH.", "Kranich Logistik GmbH"],
    ["Merci pour votre intérêt pour un poste chez Maison Bellerive.", "Maison Bellerive"],
    ["Gracias por tu interés en trabajar en Grupo Altamar.", "Grupo Altamar"],
    ["Obrigado pelo seu interesse na Onda Azul.", "Onda Azul"],
    ["Bedankt voor je sollicitatie bij Tulp Energie.", "Tulp Energie"],
    [
      "La ringraziamo per il suo interesse per una posizione presso Vela Digitale.",
      "Vela Digitale",
    ],
  ])("%s → %s", (body, company) => {
    expect(companyOf("", body)).toBe(company);
  });

  it("reads the subject too", () => {
    expect(companyOf("Your application at Northwind Traders", "Thank you.")).toBe(
      "Northwind Traders",
    );
  });

  it.each([
    ["The Lumen Talent Team", "Lumen"],
    ["Lumen Recruiting", "Lumen"],
    ["Das Recruiting-Team der Kranich GmbH", "Kranich GmbH"],
    ["L'équipe recrutement de Nova Santé", "Nova Santé"],
    ["Equipo de Selección de Vientos del Sur", "Vientos del Sur"],
    ["Head of Talent Acquisition", ""],
  ])("reads the signature %j", (signature, company) => {
    expect(companyOf("", `Hi Sam,\n\nThank you.\n\nBest,\nMaya\n${signature}`)).toBe(company);
  });

  it.each([
    ["Lumen Careers", "no-reply@us.greenhouse-mail.io", "Lumen"],
    ["Lumen Analytics via Workday", "lumen@myworkday.com", "Lumen Analytics"],
    ["Lumen Analytics (via Greenhouse)", "no-reply@greenhouse.io", "Lumen Analytics"],
    ["Maya from Lumen", "maya@gmail.com", "Lumen"],
    ["Maya Okafor", "maya@lumen-analytics.example", "Lumen Analytics"],
  ])("falls back on the sender %j <%s>", (name, address, company) => {
    expect(companyOf("Your application", "Thank you for applying.", name, address)).toBe(company);
  });

  it("does not take a display name that could be a person's for the company", () => {
    expect(companyOf("Your application", "Thank you.", "Blue Harbor", "no-reply@ashbyhq.com")).toBe(
      "",
    );
  });

  it.each([
    "maya@gmail.com",
    "maya@web.de",
    "maya@orange.fr",
    "maya@free.fr",
    "noreply@lumen.wd5.myworkdayjobs.com",
    "jobs@join.com",
    "noreply@stepstone.de",
    "mailer@xing.com",
    "jobs-noreply@linkedin.com",
  ])("names no company from the domain of %s", (address) => {
    expect(companyOf("Your application", "Thank you for applying.", "Maya Okafor", address)).toBe(
      "",
    );
  });

  it("prefers the name the domain agrees with", () => {
    const body =
      "Hi Sam,\n\nThank you for meeting us at Berlin Mitte. Your interview at Lumen Analytics went well.";
    expect(companyOf("", body, "Maya Okafor", "maya@lumen-analytics.example")).toBe(
      "Lumen Analytics",
    );
  });

  it("does not take people for the company", () => {
    expect(companyOf("", "Je spreekt met Pieter de Vries en Eva Jansen.")).toBe("");
    expect(companyOf("", "You will get a call from Priya Raman tomorrow.")).toBe("");
    expect(companyOf("Update from Lumen", "Hi Sam,")).toBe("Lumen");
  });

  it("does not take the candidate, the sender, times or months for the company", () => {
    const body =
      "Dear Jordan,\n\nSee you at 2pm at The Office, or in October at Zoom.\n\nBest,\nMaya";
    expect(companyOf("", body)).toBe("");
  });
});
