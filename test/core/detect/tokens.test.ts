import { describe, expect, it } from "vitest";
import { fold } from "../../../src/core/detect/fold";
import { tokenize } from "../../../src/core/detect/tokens";

describe("words and where they stand", () => {
  it("folds case and accents without moving any character", () => {
    const text = "Désolé, Straße – ÀÉÎÕÜ n’a";
    expect(fold(text)).toBe("desole, strase - aeiou n'a");
    expect(fold(text).length).toBe(text.length);
  });

  it("gives each word its place in the original text", () => {
    const text = "Leider  müssen wir Ihnen mitteilen";
    const tokens = tokenize(text);
    expect(tokens.words).toEqual(["leider", "mussen", "wir", "ihnen", "mitteilen"]);
    expect(text.slice(tokens.starts[1], tokens.ends[1])).toBe("müssen");
  });

  it("skips markup and quoted lines, and numbers sentences", () => {
    const tokens = tokenize('<p class="x">One.</p> Two\n> quoted line\nThree');
    expect(tokens.words).toEqual(["one", "two", "three"]);
    expect(tokens.sentences[0]).not.toBe(tokens.sentences[1]);
  });

  it("ends no sentence at an abbreviation, an initial or a day's ordinal", () => {
    const sentenceOf = (text: string, word: string) => {
      const tokens = tokenize(text);
      return tokens.sentences[tokens.words.indexOf(word)];
    };
    const same = (text: string, a: string, b: string) =>
      expect(sentenceOf(text, a), text).toBe(sentenceOf(text, b));
    same("Eine Einstellung zum 1. Oktober ist leider nicht möglich", "einstellung", "moglich");
    same("Dr. Weiss hat sich leider anders entschieden", "dr", "entschieden");
    same("Wir suchen z. B. Erfahrung mit SQL", "suchen", "sql");
    same("J. Smith decided not to proceed", "j", "proceed");
    same("Your Roll No. 2204518 does not appear in the list", "roll", "list");
    // A sentence that ends in a number, or a dot at the end of a line, still ends there.
    const ended = tokenize("We met on day 12.\nThe team chose another candidate");
    expect(ended.sentences[ended.words.indexOf("12")]).not.toBe(
      ended.sentences[ended.words.indexOf("team")],
    );
    const rested = tokenize("Es un no. Buscamos a otra persona");
    expect(rested.sentences[rested.words.indexOf("no")]).not.toBe(
      rested.sentences[rested.words.indexOf("buscamos")],
    );
  });

  it("reads a statement with a question tag as a statement, and a question as a question", () => {
    expect(tokenize("Não foi dessa vez, tá?").asked.size).toBe(0);
    expect(tokenize("We went with someone else, ok?").asked.size).toBe(0);
    expect(tokenize("Did we choose someone else?").asked.size).toBe(1);
    expect(tokenize("Is it ok?").asked.size).toBe(1);
  });

  it("keeps a quotation inside another quoted to its end, whatever marks each uses", () => {
    const quotedWords = (text: string) => {
      const tokens = tokenize(text);
      return tokens.words.filter((_, at) => tokens.quoted[at]);
    };
    expect(
      quotedWords('She wrote «after two "we chose another candidate" mails I asked» then'),
    ).toEqual(["after", "two", "we", "chose", "another", "candidate", "mails", "i", "asked"]);
    expect(
      quotedWords("Er schrieb „wir haben uns für jemand anderen entschieden“ und dann"),
    ).toEqual(["wir", "haben", "uns", "fur", "jemand", "anderen", "entschieden"]);
    expect(quotedWords("“We went another way” was all. Then plain words")).toEqual([
      "we",
      "went",
      "another",
      "way",
    ]);
    expect(quotedWords("Sätze wie »leider müssen wir absagen« kennt jeder")).toEqual([
      "leider",
      "mussen",
      "wir",
      "absagen",
    ]);
    expect(quotedWords("Sie schrieb ‚wir haben abgesagt‘ und mehr")).toEqual([
      "wir",
      "haben",
      "abgesagt",
    ]);
    // An unclosed quotation ends with its paragraph.
    expect(quotedWords('He said "no\n\nNew paragraph here')).toEqual(["no"]);
  });
});
