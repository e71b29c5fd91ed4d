import { describe, expect, it } from "vitest";
import {
  BUILTIN_TEMPLATES,
  builtinTemplate,
  checkTemplate,
  formatTemplateDate,
  renderTemplate,
  TEMPLATE_KINDS,
  TEMPLATE_LANGUAGES,
  type TemplateValues,
  templateLanguageFor,
} from "../../../src/core/templates";

const today = new Date(2026, 10, 26);

function fullValues(language: string): TemplateValues {
  return {
    "interviewer.firstName": "Priya",
    "interviewer.name": "Priya Raman",
    company: "Lumen Analytics",
    role: "Data Analyst",
    round: "Second round",
    interviewDate: formatTemplateDate("2026-11-10", language, today),
    myName: "Alex Doe",
  };
}

/** What no letter Debrief writes may contain. */
function expectClean(text: string) {
  expect(text).not.toMatch(/\{\{|\}\}|\[\[|\]\]/);
  expect(text).not.toMatch(/undefined|null|NaN/);
  expect(text).not.toMatch(/ {2}|\t/);
  expect(text).not.toMatch(/ [,.:;]/);
  expect(text).not.toMatch(/^ | $/m);
  expect(text).not.toMatch(/\n\n\n/);
  expect(text).toBe(text.trim());
}

describe("the built-in templates", () => {
  it("exist for every kind in every language, and have nothing wrong in them", () => {
    expect(BUILTIN_TEMPLATES).toHaveLength(TEMPLATE_KINDS.length * TEMPLATE_LANGUAGES.length);
    for (const template of BUILTIN_TEMPLATES) {
      expect(checkTemplate(template.body), template.key).toEqual([]);
      expect(checkTemplate(template.subject), template.key).toEqual([]);
      expect(template.key).toBe(`${template.kind}.${template.language}`);
      expect(template.name).not.toBe("");
    }
  });

  it("are short: five to eight lines of text", () => {
    for (const template of BUILTIN_TEMPLATES) {
      const lines = template.body.split("\n").filter((line) => line.trim() !== "");
      expect(lines.length, template.key).toBeGreaterThanOrEqual(5);
      expect(lines.length, template.key).toBeLessThanOrEqual(8);
    }
  });

  it.each(TEMPLATE_LANGUAGES)("read cleanly in %s with every value given", (language) => {
    for (const kind of TEMPLATE_KINDS) {
      const template = builtinTemplate(kind, language);
      const text = renderTemplate(template.body, fullValues(language));
      expectClean(text);
      expect(text.split("\n")[0]).toContain("Priya");
      expect(text).toContain("Data Analyst");
      expect(text).toContain("Lumen Analytics");
      expect(text).toContain(formatTemplateDate("2026-11-10", language, today));
      expect(text.split("\n").at(-1)).toBe("Alex Doe");
      expectClean(renderTemplate(template.subject, fullValues(language)));
    }
  });

  it.each(TEMPLATE_LANGUAGES)("read cleanly in %s with no value at all", (language) => {
    for (const kind of TEMPLATE_KINDS) {
      const template = builtinTemplate(kind, language);
      const text = renderTemplate(template.body, {});
      expectClean(text);
      // The greeting stands on its own and is not left hanging on a comma after a space.
      expect(text.split("\n")[0]).toMatch(/^\p{L}[\p{L} ]*[,:]$/u);
      expectClean(renderTemplate(template.subject, {}));
    }
  });

  it.each(TEMPLATE_LANGUAGES)("read cleanly in %s with each value missing in turn", (language) => {
    const all = fullValues(language);
    for (const kind of TEMPLATE_KINDS)
      for (const missing of Object.keys(all)) {
        const text = renderTemplate(builtinTemplate(kind, language).body, {
          ...all,
          [missing]: "",
        });
        expectClean(text);
      }
  });

  it("greets by first name, asks what could be better and which skills to strengthen", () => {
    const english = renderTemplate(
      builtinTemplate("feedback_request", "en").body,
      fullValues("en"),
    );
    expect(english).toMatch(/^Hi Priya,\n/);
    expect(english).toContain("on November 10");
    expect(english).toMatch(/done better/);
    expect(english).toMatch(/skills/);
    expect(renderTemplate(builtinTemplate("feedback_request", "en").body, {})).toMatch(
      /^Hi there,\n/,
    );
    expect(
      renderTemplate(builtinTemplate("feedback_request", "es").body, fullValues("es")),
    ).toMatch(/^Hola, Priya:\n[\s\S]*del 10 de noviembre/);
    expect(
      renderTemplate(builtinTemplate("feedback_request", "de").body, fullValues("de")),
    ).toMatch(/^Hallo Priya,\n\nvielen Dank[\s\S]*am 10\. November[\s\S]*Viele Grüße\nAlex Doe$/);
  });

  it("fall back to English for a language Debrief has no template in", () => {
    expect(builtinTemplate("feedback_request", "nl").language).toBe("en");
    expect(builtinTemplate("check_in", "it").key).toBe("check_in.en");
  });
});

describe("templateLanguageFor", () => {
  it("finds the templates for a browser's or interface's language, region or not", () => {
    expect(templateLanguageFor("pt-BR")).toBe("pt");
    expect(templateLanguageFor("pt_PT")).toBe("pt");
    expect(templateLanguageFor("de-AT")).toBe("de");
    expect(templateLanguageFor("FR")).toBe("fr");
    expect(templateLanguageFor("es")).toBe("es");
  });

  it("writes in English for a language Debrief has no templates in", () => {
    for (const code of ["nl", "it-IT", "", "x-klingon"])
      expect(templateLanguageFor(code)).toBe("en");
  });
});
