import fc from "fast-check";

/*
 * Strings an attacker or a broken mail could hand Debrief, for property-based tests: runs of the
 * characters that template syntax, tidying, tokenising and JSON care about, unicode of every kind
 * (lone surrogates and control characters included), and huge inputs. One source for every
 * property test, so each module is tried on the same hostile material.
 */

/** The pieces hostile text is made of. */
export const HOSTILE_UNITS = [
  " ",
  "   ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\u0000",
  "\u0007",
  "\u001b",
  "\u00a0",
  "\u200b",
  "\u2028",
  "\ufeff",
  "\ud800",
  "\udfff",
  "😀",
  "e\u0301",
  "İ",
  "ß",
  "{{",
  "}}",
  "{",
  "}",
  "[[",
  "]]",
  "[",
  "]",
  "|",
  "{{company}}",
  "{{ Role }}",
  "{{interviewer.firstName|there}}",
  "{{nope}}",
  "{{}}",
  "[[ on {{interviewDate}}]]",
  "<br>",
  "<div>",
  "<",
  ">",
  "&nbsp;",
  '"',
  "\\",
  ",",
  ".",
  "!",
  "(",
  "«",
  ":",
  "@",
  "Dear Jordan,",
  "Hi Maya",
  "Unfortunately",
  "we regret",
  "not to move forward",
  "interview",
  "offer",
  "on Monday 5 May at 14:00",
  "15/10/2026",
  "Best regards,\nMaya Okafor",
  "Lumen Analytics",
  "Senior Product Analyst",
  "Leider",
  "lamentamos",
] as const;

const unit = fc.constantFrom(...HOSTILE_UNITS);

/** One unit repeated into a long run: "{{" ten thousand times, a long stretch of spaces. */
const run = (maxLength: number) =>
  fc
    .tuple(unit, fc.integer({ min: 1, max: maxLength }))
    .map(([piece, length]) => piece.repeat(Math.max(1, Math.floor(length / piece.length))));

/**
 * Hostile text up to some tens of thousands of characters: a mix of units, long runs of them and
 * arbitrary unicode (any code point, lone surrogates included).
 */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: unit },
      { weight: 2, arbitrary: run(5_000) },
      { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
      {
        weight: 1,
        arbitrary: fc.string({
          unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
          maxLength: 40,
        }),
      },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** Huge hostile text, 100,000 to 1,000,000 characters: a few units repeated. For a handful of runs. */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(unit, { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 100_000, max: 1_000_000 }),
  )
  .map(([pieces, length]) => {
    const pattern = pieces.join("");
    return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
  });

/** Runs for properties over `hostileText`, and over `hugeText`: enough to find breakage, few enough to keep the suite fast. */
export const RUNS = { hostile: 100, huge: 4 } as const;
