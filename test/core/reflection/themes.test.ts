import { describe, expect, it } from "vitest";
import { fold } from "../../../src/core/detect/fold";
import { THEME_BOOKS } from "../../../src/core/reflection/theme-phrases";
import {
  findThemeEvidence,
  isTheme,
  orderThemes,
  suggestThemes,
  THEME_MESSAGE,
  THEMES,
  type Theme,
} from "../../../src/core/reflection/themes";

// Feedback as people paste it: written for these tests, invented companies and people.
const EXAMPLES: { language: string; text: string; themes: Theme[] }[] = [
  {
    language: "en",
    text: `Hi Sam,

Thanks again for making the time to meet the team last Thursday. I wanted to give you some honest feedback, as you asked.

The panel liked your energy, but your answers tended to run long and it was sometimes hard to tell what you had personally done versus the wider team. In the end we went with a candidate with more experience in B2B payments.

Best of luck with the search,
Dana`,
    themes: ["direct_answers", "relevant_experience"],
  },
  {
    language: "en",
    text: "Your technical depth was impressive. However, you seemed nervous at times and didn't ask us any questions about the product.",
    themes: ["confidence", "preparation"],
  },
  {
    language: "en",
    text: `Feedback from the hiring manager:
- Strong communicator, easy to talk to.
- System design: struggled with the scaling part of the exercise and didn't discuss trade-offs.
- We'd have liked more specific examples; some answers were a bit vague.`,
    themes: ["direct_answers", "technical_depth"],
  },
  {
    language: "en",
    text: "We felt the cultural fit wasn't quite there, and it was unclear why you want to move into fintech.",
    themes: ["fit"],
  },
  {
    language: "en",
    text: "Honestly you came across as a bit unprepared — you didn't seem to know much about what we sell. You also spoke quite fast and interrupted the interviewer a couple of times.",
    themes: ["preparation", "communication"],
  },
  {
    language: "en",
    text: "You clearly know your stuff, but you undersold yourself: own your achievements! Also, try to be more concise.",
    themes: ["direct_answers", "confidence"],
  },
  {
    language: "es",
    text: "Hola Lucía, gracias por tu tiempo. El equipo valoró tu actitud, pero nos habría gustado que tus respuestas fueran más concisas y que mostraras más seguridad en ti misma. Finalmente elegimos un perfil con más experiencia en logística.",
    themes: ["direct_answers", "confidence", "relevant_experience"],
  },
  {
    language: "es",
    text: "En la prueba técnica faltó profundidad en el diseño de sistemas y no parecías conocer nuestro producto.",
    themes: ["preparation", "technical_depth"],
  },
  {
    language: "fr",
    text: "Bonjour Camille, merci encore pour votre temps. Vous étiez bien préparée, mais nous avons retenu un profil plus senior, avec plus d'expérience en gestion d'équipe. Vos réponses étaient parfois un peu trop longues.",
    themes: ["direct_answers", "relevant_experience"],
  },
  {
    language: "fr",
    text: "Le jury a trouvé que vous manquiez de confiance et que vos explications étaient difficiles à suivre.",
    themes: ["confidence", "communication"],
  },
  {
    language: "de",
    text: "Hallo Jonas, vielen Dank für Ihre Zeit. Ihre Antworten waren leider oft zu ausführlich, und uns fehlte die technische Tiefe beim Systemdesign. Außerdem hatten wir den Eindruck, dass Sie sich nicht ausreichend über unser Unternehmen informiert hatten.",
    themes: ["direct_answers", "preparation", "technical_depth"],
  },
  {
    language: "de",
    text: "Sie wirkten im Gespräch etwas nervös, und wir hätten uns mehr Begeisterung für die Stelle gewünscht.",
    themes: ["confidence", "fit"],
  },
  {
    language: "pt",
    text: "Olá Rafael, obrigado pela participação. Sentimos falta de profundidade técnica e de conhecimento sobre a empresa. Suas respostas poderiam ser mais objetivas.",
    themes: ["direct_answers", "preparation", "technical_depth"],
  },
  {
    language: "pt",
    text: "Optamos por um perfil mais sênior, com mais experiência em vendas B2B. Também notamos falta de clareza na comunicação.",
    themes: ["relevant_experience", "communication"],
  },
];

describe("suggestThemes", () => {
  for (const example of EXAMPLES) {
    it(`reads ${example.themes.join(", ")} in ${example.language}: ${example.text.slice(0, 40)}…`, () => {
      expect(suggestThemes(example.text)).toEqual(example.themes);
    });
  }

  it("leaves out a topic the feedback only praises", () => {
    expect(
      suggestThemes("Your preparation was excellent and your technical skills were strong."),
    ).toEqual([]);
    expect(suggestThemes("Thank you for attending the technical interview on Monday.")).toEqual([]);
    expect(suggestThemes("Ihre Vorbereitung war hervorragend.")).toEqual([]);
    expect(suggestThemes("Votre préparation était excellente.")).toEqual([]);
  });

  it("keeps a praised topic when the same clause asks for more", () => {
    expect(suggestThemes("Good communication overall, though it could be clearer.")).toEqual([
      "communication",
    ]);
    expect(suggestThemes("Great preparation but you could go deeper on system design.")).toEqual([
      "technical_depth",
    ]);
  });

  it("counts what is wrong even next to praise", () => {
    expect(suggestThemes("Great chat, you just rambled a little.")).toEqual(["direct_answers"]);
  });

  it("reads quotation marks and apostrophes of every kind", () => {
    expect(suggestThemes("You didn’t answer the question directly.")).toEqual(["direct_answers"]);
  });

  it("gives the themes in the order of THEMES, whatever the order of the text", () => {
    const text = "Technical depth was lacking. Also, you were nervous. And you rambled.";
    expect(suggestThemes(text)).toEqual(["direct_answers", "confidence", "technical_depth"]);
    expect(suggestThemes(text)).toEqual(suggestThemes(text));
  });

  it("finds nothing in feedback that names no theme, and in no feedback at all", () => {
    expect(suggestThemes("We have decided not to move forward. Best of luck!")).toEqual([]);
    expect(suggestThemes("")).toEqual([]);
    expect(suggestThemes("   \n ")).toEqual([]);
  });

  it("never throws, whatever it is given", () => {
    for (const junk of [
      null,
      undefined,
      42,
      {},
      [],
      "\u0000\uffff",
      "<div>>>>",
      "*".repeat(5000),
    ]) {
      expect(() => suggestThemes(junk)).not.toThrow();
    }
    expect(suggestThemes(null)).toEqual([]);
  });

  it("reads a long paste once, word by word, and ignores quoted history", () => {
    const paragraph = "Not the best day for the candidate, but the interview went on. ";
    const long = `${paragraph.repeat(20_000)}You rambled.`;
    expect(suggestThemes(long)).toEqual([]); // past the read limit
    expect(suggestThemes(`${"not ".repeat(100_000)}`)).toEqual([]);
    expect(suggestThemes("Thanks!\n> You were nervous and unprepared.\n")).toEqual([]);
  });
});

describe("findThemeEvidence", () => {
  it("says where each theme was found, in the words of the text", () => {
    const text = "Honestly, you didn't answer the question and you seemed nervous.";
    const evidence = findThemeEvidence(text);
    expect(evidence.map((found) => found.theme)).toEqual(["direct_answers", "confidence"]);
    for (const found of evidence) expect(text.slice(found.start, found.end)).toBe(found.phrase);
    expect(evidence[0]?.phrase).toBe("didn't answer the question");
    expect(evidence[1]?.phrase).toBe("nervous");
  });
});

describe("the themes", () => {
  it("are the seven of the design, each with its words", () => {
    expect(THEMES).toEqual([
      "direct_answers",
      "confidence",
      "relevant_experience",
      "preparation",
      "fit",
      "communication",
      "technical_depth",
    ]);
    expect(Object.keys(THEME_MESSAGE).sort()).toEqual([...THEMES].sort());
  });

  it("are told from other values, and ordered without repeats", () => {
    expect(isTheme("fit")).toBe(true);
    expect(isTheme("Fit")).toBe(false);
    expect(isTheme(3)).toBe(false);
    expect(orderThemes(["technical_depth", "fit", "nope", "fit", "confidence"])).toEqual([
      "confidence",
      "fit",
      "technical_depth",
    ]);
  });
});

describe("the theme phrase books", () => {
  const patternsOf = (book: (typeof THEME_BOOKS)[number]) =>
    Object.values(book.themes).flatMap((lists) => [...lists.critical, ...lists.topic]);

  it("name every theme in every language", () => {
    for (const book of THEME_BOOKS) {
      for (const theme of THEMES) {
        const lists = book.themes[theme];
        expect(lists.critical.length + lists.topic.length, theme).toBeGreaterThan(0);
      }
    }
  });

  it("are written folded, as words, with prefixes long enough to index", () => {
    for (const book of THEME_BOOKS) {
      const words = [
        ...patternsOf(book).flatMap((pattern) => pattern.split(" ")),
        ...book.praise,
        ...book.criticism,
        ...book.contrast,
        ...book.negations,
      ];
      for (const pattern of patternsOf(book)) {
        expect(pattern, pattern).toBe(
          fold(pattern).replace(/\bnot\b/g, (word, at) =>
            pattern.slice(at, at + 3) === "NOT" ? "NOT" : word,
          ),
        );
        expect(pattern.startsWith("*") || pattern.endsWith("*"), pattern).toBe(false);
        expect(pattern, pattern).not.toMatch(/ {2}|^ | $/);
      }
      for (const part of words) {
        if (part === "*" || part === "NOT") continue;
        for (const alternative of part.split("/")) {
          expect(alternative, part).toMatch(/^[a-z0-9]+\+?$/);
          if (alternative.endsWith("+")) expect(alternative.length, part).toBeGreaterThan(3);
        }
      }
    }
  });
});
