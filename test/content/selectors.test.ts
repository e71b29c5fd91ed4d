// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
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
  const today = new Date().toISOString().slice(0, 10);

  it("are lists of selectors, none empty, none repeating a selector", () => {
    expect(lists.length).toBeGreaterThan(0);
    for (const [name, list] of lists) {
      expect(list.length, name).toBeGreaterThan(0);
      for (const [i, selector] of list.entries()) {
        expect(Object.keys(selector).sort(), `${name}[${i}]`).toEqual(["css", "known", "source"]);
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

  it("carry a real calendar date no later than today, and name a source", () => {
    for (const [name, list] of lists) {
      for (const [i, { known, source }] of list.entries()) {
        expect(known, `${name}[${i}]`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // Date.parse takes 2025-02-30 as 2 March: only a round trip proves the day exists.
        expect(new Date(`${known}T00:00:00Z`).toISOString().slice(0, 10), `${name}[${i}]`).toBe(
          known,
        );
        expect(known <= today, `${name}[${i}] is dated ${known}, after today`).toBe(true);
        expect(source.trim().length, `${name}[${i}]`).toBeGreaterThan(5);
      }
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
