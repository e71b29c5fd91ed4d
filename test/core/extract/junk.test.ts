import { describe, expect, it } from "vitest";
import type { EmailInput } from "../../../src/core/detect/types";
import { extract } from "../../../src/core/extract";

function randomText(length: number, seed: number, alphabet?: string): string {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state;
  };
  let text = "";
  for (let i = 0; i < length; i++)
    text += alphabet ? alphabet[next() % alphabet.length] : String.fromCharCode(next() % 0x10000);
  return text;
}

const wellFormed = (value: unknown) =>
  expect(value).toMatchObject({
    company: expect.any(String),
    role: expect.any(String),
    senderFirstName: expect.any(String),
    recipientFirstName: expect.any(String),
    people: expect.any(Array),
    dates: expect.any(Array),
  });

// No timing assertions: these run to show extraction finishes and never throws on them.
describe("extract on junk", () => {
  it.each<[string, string]>([
    ["empty", ""],
    ["1 MB of random code units", randomText(1_000_000, 7)],
    ["binary", String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => i % 256))],
    ["lone surrogates", "\ud800\udfff\ud83d".repeat(10_000)],
    [
      "HTML left in the text",
      `<html><body><div style="x">Dear <b>Jordan</b>,</div><p>Interview at <a href="#">Lumen</a> on 15/10/2026</p>${"<div>".repeat(50_000)}`,
    ],
    ["unclosed tags", "<".repeat(100_000) + "a".repeat(100_000)],
    ["digits and separators", randomText(200_000, 3, "0123456789/.-: ")],
    [
      "words the patterns start on",
      randomText(200_000, 5, "at with bei en chez Dear Best, Lumen 15 October Thursday ()/m/w/d\n"),
    ],
    ["one very long capitalised name", `interview with ${"Aa".repeat(100_000)}`],
    ["many capitalised words", `at ${"Lumen ".repeat(100_000)}`],
    ["a name list without end", `You'll meet ${"Jane Doe, ".repeat(50_000)}`],
    ["commas", ",".repeat(500_000)],
    ["spaces then a digit", `${" ".repeat(500_000)}1`],
    ["newlines", "\n".repeat(500_000)],
    ["a sign-off on every line", "Best,\n".repeat(100_000)],
    [
      "runs of punctuation in a name",
      `at A${"&".repeat(100_000)} ${")".repeat(100_000)} ${"-".repeat(100_000)}`,
    ],
    ["spaces in a signature", `Best,\n${" ".repeat(100_000)}x\nMaya${" ".repeat(100_000)}Okafor`],
  ])("%s", (_name, body) => {
    wellFormed(
      extract({
        subject: body.slice(0, 1000),
        body,
        from: { name: body.slice(0, 300), address: body.slice(0, 300) },
      }),
    );
  });

  it("takes fields that are missing, null or not strings", () => {
    wellFormed(extract({} as EmailInput));
    wellFormed(extract(null as unknown as EmailInput));
    wellFormed(extract({ subject: 42, body: { text: "x" }, from: null } as unknown as EmailInput));
    wellFormed(extract({ subject: "", body: "on 15 October" }, { now: new Date(Number.NaN) }));
  });
});
