import { describe, expect, it } from "vitest";
import { guessLanguage } from "../../../src/core/detect/language";
import { tokenize } from "../../../src/core/detect/tokens";

describe("telling the language", () => {
  it.each([
    ["en", "Thank you for your time and for the conversation with our team."],
    ["es", "Gracias por tu interés en el puesto y por el tiempo que nos dedicaste."],
    [
      "fr",
      "Nous vous remercions pour votre candidature et pour le temps que vous nous avez accordé.",
    ],
    ["de", "Vielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen."],
    ["pt", "Agradecemos o seu interesse na vaga e o tempo que dedicou ao processo."],
    ["nl", "Bedankt voor je sollicitatie en voor het gesprek met ons team."],
    ["it", "Grazie per la tua candidatura e per il tempo che ci hai dedicato."],
  ])("reads %s", (language, text) => {
    expect(guessLanguage([tokenize(text)])).toBe(language);
  });

  // Words several languages share ("de", "la", "en", "un", "tu") count a part for each, so an
  // informal note is read by the words only its language has.
  it.each([
    ["fr", "Salut, je préfère être franc : on part sur quelqu'un d'autre, mais merci pour tout."],
    ["es", "Estimado/a candidato/a: la plaza ha sido cubierta. Le agradecemos su participación."],
    ["de", "Neue Jobs für dich in Hamburg. Du erhältst diesen Alert, weil du ihn abonniert hast."],
  ])("reads a short %s note whose common words other languages share", (language, text) => {
    expect(guessLanguage([tokenize(text)])).toBe(language);
  });

  it("says English when nothing tells", () => {
    expect(guessLanguage([tokenize("12345 !!!")])).toBe("en");
  });
});
