import { describe, expect, it } from "vitest";
import { formatTemplateDate } from "../../../src/core/templates";

const today = new Date(2026, 10, 26);

describe("an interview date in a letter", () => {
  it("is written the way each language writes it, without the year when it is recent", () => {
    expect(formatTemplateDate("2026-11-10", "en", today)).toBe("November 10");
    expect(formatTemplateDate("2026-11-10", "es", today)).toBe("10 de noviembre");
    expect(formatTemplateDate("2026-11-10", "fr", today)).toBe("10 novembre");
    expect(formatTemplateDate("2026-11-10", "de", today)).toBe("10. November");
    expect(formatTemplateDate("2026-11-10", "pt", today)).toBe("10 de novembro");
  });

  it("writes the first of the month as French does", () => {
    expect(formatTemplateDate("2026-11-01", "fr", today)).toBe("1er novembre");
  });

  it("keeps a recent date from last year without its year, and gives an old one its year", () => {
    expect(formatTemplateDate("2026-12-15", "en", new Date(2027, 0, 8))).toBe("December 15");
    expect(formatTemplateDate("2025-03-02", "en", today)).toBe("March 2, 2025");
    expect(formatTemplateDate("2025-03-02", "de", today)).toBe("2. März 2025");
  });

  it("gives nothing for what is not a day, so the template's fallback applies", () => {
    expect(formatTemplateDate("", "en", today)).toBe("");
    expect(formatTemplateDate("2026-02-30", "en", today)).toBe("");
    expect(formatTemplateDate("next Tuesday", "en", today)).toBe("");
  });

  it("falls back to English for a language tag Intl cannot read", () => {
    expect(formatTemplateDate("2026-11-10", "not a tag!", today)).toBe("November 10, 2026");
  });
});
