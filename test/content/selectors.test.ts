// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import * as gmail from "../../src/content/gmail/selectors";
import * as outlook from "../../src/content/outlook/selectors";
import type { Selector } from "../../src/content/select";

/** Every Selector in a selectors module, named by where it sits. */
function selectorsOf(module: Record<string, unknown>): [string, Selector][] {
  const found: [string, Selector][] = [];
  const visit = (name: string, value: unknown): void => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) visit(`${name}[${i}]`, item);
    } else if (value && typeof value === "object" && "css" in value)
      found.push([name, value as Selector]);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) visit(`${name}.${key}`, inner);
  };
  for (const [name, value] of Object.entries(module)) visit(name, value);
  return found;
}

describe.each([
  ["gmail", gmail as Record<string, unknown>],
  ["outlook", outlook as Record<string, unknown>],
])("%s selectors", (_host, module) => {
  const selectors = selectorsOf(module);

  it("exist", () => {
    expect(selectors.length).toBeGreaterThan(20);
  });

  it("all parse, carry a real date no later than today, and name a source", () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const [name, selector] of selectors) {
      expect(() => document.querySelector(selector.css), name).not.toThrow();
      expect(selector.known, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(selector.known)), name).toBe(false);
      expect(selector.known <= today, name).toBe(true);
      expect(selector.source.length, name).toBeGreaterThan(5);
    }
  });
});
