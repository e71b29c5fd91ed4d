import "../setup/i18n";
import { afterEach, describe, expect, it, vi } from "vitest";
import { tCount, uiLocales } from "../../src/ui/i18n";
import { getMessage } from "../setup/i18n";

const scope = globalThis as unknown as { chrome: { i18n: { getMessage: typeof getMessage } } };

afterEach(() => {
  scope.chrome.i18n.getMessage = getMessage;
  vi.unstubAllGlobals();
});

/** Messages of a language other than English, as chrome.i18n would give them. */
function speak(language: string, bundle: Record<string, string>): void {
  scope.chrome.i18n.getMessage = (key: string, substitutions?: string | string[]) => {
    if (key === "languageCode") return language;
    const values = Array.isArray(substitutions) ? substitutions : [substitutions ?? ""];
    return (bundle[key] ?? "").replace(/\$([1-9])/g, (_, which) => values[Number(which) - 1] ?? "");
  };
}

describe("a message that counts", () => {
  it("takes the form the count needs, with the number written the language's way", () => {
    expect(tCount("importDone", 1)).toBe("Imported 1 record.");
    expect(tCount("importDone", 12)).toBe("Imported 12 records.");
    expect(tCount("importDone", 0)).toBe("Imported 0 records.");
    expect(tCount("importDone", 10_000)).toBe("Imported 10,000 records.");
  });

  it("passes further substitutions after the count", () => {
    expect(tCount("insightsThemeCount", 4, "3")).toBe("in 3 of 4 pieces of feedback");
    expect(tCount("insightsThemeCount", 1, "1")).toBe("in 1 of 1 piece of feedback");
  });

  it("follows each language's rules: French says one for 0, Polish has a form for a few", () => {
    speak("fr", { n_one: "$1 enregistrement", n_other: "$1 enregistrements" });
    expect(tCount("n", 0)).toBe("0 enregistrement");
    expect(tCount("n", 2)).toBe("2 enregistrements");
    speak("pl", { n_one: "$1 rekord", n_few: "$1 rekordy", n_other: "$1 rekordów" });
    expect(tCount("n", 1)).toBe("1 rekord");
    expect(tCount("n", 3)).toBe("3 rekordy");
    expect(tCount("n", 5)).toBe("5 rekordów");
  });

  it("falls back to the general form when the language's own form is missing", () => {
    // French has a form for millions ("many"); a bundle without it reads the general one.
    speak("fr", { n_one: "$1 enregistrement", n_other: "$1 enregistrements" });
    expect(tCount("n", 1_000_000).replace(/\s/g, " ")).toBe("1 000 000 enregistrements");
  });
});

describe("the languages dates and numbers are written in", () => {
  it("are the interface's, in the browser's region of that language", () => {
    vi.stubGlobal("navigator", { languages: ["de-AT", "en-GB"] });
    speak("de", {});
    expect(uiLocales()).toEqual(["de-AT", "de"]);
    speak("en", {});
    expect(uiLocales()).toEqual(["en-GB", "en"]);
  });

  it("never mix with the words: a browser in a language without a translation gets English dates", () => {
    vi.stubGlobal("navigator", { languages: ["pl-PL"] });
    speak("en", {});
    expect(uiLocales()).toEqual(["en"]);
  });

  it("keep the interface's own region", () => {
    vi.stubGlobal("navigator", { languages: ["pt-BR"] });
    speak("pt-PT", {});
    expect(uiLocales()).toEqual(["pt-PT"]);
  });
});
