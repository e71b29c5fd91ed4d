// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as gmailModule from "../../src/content/gmail/selectors";
import * as outlookModule from "../../src/content/outlook/selectors";
import type { Selector } from "../../src/content/select";
import { clientOfList, SELECTOR_LISTS } from "../../src/content/selector-lists";

/** Every list of Selectors of one client, as the readers name and count them. */
function listsOf(client: "gmail" | "outlook"): [string, Selector[]][] {
  return [...SELECTOR_LISTS]
    .filter(([name]) => clientOfList(name) === client)
    .map(([name, list]) => [name, [...list]]);
}

/**
 * Pseudo-classes Chromium and Firefox both parse. happy-dom accepts unknown ones silently, while a
 * browser rejects the whole selector, so an unlisted one is an error here.
 */
const KNOWN_PSEUDO = new Set(["not", "is", "where", "has", "first-child", "last-child", "empty"]);

/** The pseudo-classes a selector uses, outside strings and attribute tests (`[aria-label^='From:']`). */
function pseudoClassesOf(css: string): string[] {
  const bare = css.replace(/'[^']*'|"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return [...bare.matchAll(/::?([a-zA-Z-]+)/g)].map((match) => match[1] ?? "");
}

describe.each(["gmail", "outlook"] as const)("%s selectors", (client) => {
  const lists = listsOf(client);

  it("are all counted: ALL_LISTS names every list the file exports", () => {
    const module = client === "gmail" ? gmailModule : outlookModule;
    const { ALL_LISTS, ...exported } = module;
    expect(Object.keys(ALL_LISTS).sort()).toEqual(Object.keys(exported).sort());
    for (const [name, value] of Object.entries(exported)) {
      expect((ALL_LISTS as Record<string, unknown>)[name], name).toBe(value);
    }
  });
  const today = new Date().toISOString().slice(0, 10);

  it("are lists of selectors, none empty, none repeating a selector", () => {
    expect(lists.length).toBeGreaterThan(0);
    for (const [name, list] of lists) {
      expect(list.length, name).toBeGreaterThan(0);
      for (const [i, selector] of list.entries()) {
        expect(Object.keys(selector), `${name}[${i}]`).toEqual(["css"]);
      }
      const css = list.map((selector) => selector.css.trim());
      expect(new Set(css).size, `${name} repeats a selector`).toBe(css.length);
    }
  });

  it("all parse, using only pseudo-classes browsers know", () => {
    for (const [name, list] of lists) {
      for (const [i, { css }] of list.entries()) {
        expect(css.trim(), `${name}[${i}]`).not.toBe("");
        expect(() => document.querySelector(css), `${name}[${i}]: ${css}`).not.toThrow();
        for (const pseudo of pseudoClassesOf(css))
          expect(KNOWN_PSEUDO.has(pseudo), `${name}[${i}]: ${css} uses :${pseudo}`).toBe(true);
      }
    }
  });

  it("each carry a comment with a real calendar date no later than today, and a source", () => {
    const text = readFileSync(
      join(import.meta.dirname, `../../src/content/${client}/selectors.ts`),
      "utf8",
    );
    const before = text.split(/\bcss:/).slice(0, -1);
    expect(before.length).toBe(lists.reduce((sum, [, list]) => sum + list.length, 0));
    for (const [i, chunk] of before.entries()) {
      const line =
        chunk
          .replace(/[{\s]+$/, "")
          .split("\n")
          .at(-1) ?? "";
      const [, known = "", source = ""] = /^\s*\/\/ (\S+): (.*)$/.exec(line) ?? [];
      const where = `selector ${i + 1} of ${client}/selectors.ts`;
      expect(known, `${where}: ${line}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Date.parse takes 2025-02-30 as 2 March: only a round trip proves the day exists.
      expect(new Date(`${known}T00:00:00Z`).toISOString().slice(0, 10), where).toBe(known);
      expect(known <= today, `${where} is dated ${known}, after today`).toBe(true);
      expect(source.trim().length, where).toBeGreaterThan(5);
    }
  });
});

describe("the pseudo-class check", () => {
  it("sees pseudo-classes but not colons in attribute tests", () => {
    expect(pseudoClassesOf("span[aria-label^='From:']:not(.x) > a:first-child")).toEqual([
      "not",
      "first-child",
    ]);
    expect(pseudoClassesOf("div:nope")).toEqual(["nope"]);
  });
});
