import { describe, expect, it } from "vitest";
import { renderTemplate } from "../../../src/core/templates";

describe("filling in a template", () => {
  it("puts each value in its place, whatever the name's case and spacing", () => {
    expect(
      renderTemplate("Hi {{interviewer.firstName}}, about {{ Role }} at {{company}}.", {
        "interviewer.firstName": "Priya",
        role: "Data analyst",
        company: "Lumen",
      }),
    ).toBe("Hi Priya, about Data analyst at Lumen.");
  });

  it("uses the fallback when the value is missing or blank", () => {
    const text = "Hi {{interviewer.firstName|there}},";
    expect(renderTemplate(text, {})).toBe("Hi there,");
    expect(renderTemplate(text, { "interviewer.firstName": "   " })).toBe("Hi there,");
    expect(renderTemplate(text, { "interviewer.firstName": "Ana" })).toBe("Hi Ana,");
  });

  it("closes up the space a value without a fallback leaves", () => {
    expect(renderTemplate("Bonjour {{interviewer.firstName}},", {})).toBe("Bonjour,");
    expect(renderTemplate("the {{role}} role", {})).toBe("the role");
    expect(renderTemplate("{{company}} is hiring", {})).toBe("is hiring");
    expect(renderTemplate("(see {{round}})", {})).toBe("(see)");
    expect(renderTemplate("({{round}}) next", {})).toBe("() next");
    expect(renderTemplate("Thanks {{myName}}!", {})).toBe("Thanks!");
  });

  it("keeps a space the writer put before punctuation, as French does", () => {
    expect(renderTemplate("Bonjour {{interviewer.firstName}} !", {})).toBe("Bonjour !");
  });

  it("leaves out an optional part unless every placeholder in it has a value", () => {
    const text =
      "Thank you for meeting me[[ on {{interviewDate}}]] about the {{role}} role[[ at {{company}}]].";
    expect(
      renderTemplate(text, { interviewDate: "November 10", role: "Analyst", company: "Lumen" }),
    ).toBe("Thank you for meeting me on November 10 about the Analyst role at Lumen.");
    expect(renderTemplate(text, { role: "Analyst" })).toBe(
      "Thank you for meeting me about the Analyst role.",
    );
    expect(renderTemplate(text, {})).toBe("Thank you for meeting me about the role.");
    expect(renderTemplate("Hola[[, {{interviewer.firstName}}]]:", {})).toBe("Hola:");
    expect(renderTemplate("[[{{role}} and {{company}}]]", { role: "Analyst" })).toBe("");
  });

  it("drops a line that held only missing values, without doubling the blank lines", () => {
    expect(renderTemplate("Best regards,\n{{myName}}", {})).toBe("Best regards,");
    expect(renderTemplate("A\n\n{{round}}\n\nB", {})).toBe("A\n\nB");
    expect(renderTemplate("{{round}}\n\nB", {})).toBe("B");
    expect(renderTemplate("A\n\nB", {})).toBe("A\n\nB");
  });

  it("never reads a value as template syntax, and keeps values on one line", () => {
    expect(
      renderTemplate("From {{company}}.", { company: "{{myName}} [[x]]\nEvil\u0000 Co" }),
    ).toBe("From {{myName}} [[x]] Evil Co.");
  });

  it("leaves what it does not understand as written, so the mistake shows", () => {
    expect(renderTemplate("Hi {{interviewr.firstName}}", {})).toBe("Hi {{interviewr.firstName}}");
    expect(renderTemplate("Hi {{company", { company: "Lumen" })).toBe("Hi {{company");
    expect(renderTemplate("a {{}} b", {})).toBe("a {{}} b");
    expect(renderTemplate("a [[ b {{company}}\nc ]] d", { company: "L" })).toBe("a [[ b L\nc ]] d");
    expect(renderTemplate("{{{{company}}", { company: "L" })).toBe("{{L");
  });

  it("never throws, and takes linear time on hostile text", () => {
    expect(renderTemplate(42 as never, {})).toBe("");
    for (const unit of ["{{", "[[", "]]", "{{a|", "}}", "{{company}}", "[[{{x}}"]) {
      // Quadratic work on these 100,000+ characters would run far past the test's time limit.
      expect(typeof renderTemplate(unit.repeat(50_000), {})).toBe("string");
    }
  });
});
