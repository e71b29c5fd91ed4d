import { describe, expect, it } from "vitest";
import {
  MAX_SELECTOR_COUNT,
  mergeSelectorHits,
  selectorTroubles,
} from "../../src/core/selector-hits";

const LENGTHS = new Map([
  ["outlook.body", 4],
  ["gmail.sender", 2],
]);

describe("merging selector counts", () => {
  it("adds new counts to the stored ones, list by list", () => {
    const stored = { "outlook.body": [5, 1, 0, 0, 2] };
    expect(
      mergeSelectorHits(
        stored,
        { "outlook.body": [1, 0, 0, 0, 1], "gmail.sender": [0, 1, 0] },
        LENGTHS,
      ),
    ).toEqual({ "outlook.body": [6, 1, 0, 0, 3], "gmail.sender": [0, 1, 0] });
  });

  it("starts a list again whose length changed, and drops lists Debrief no longer has", () => {
    const stored = {
      "outlook.body": [5, 1, 0, 2],
      "outlook.gone": [1, 0],
      "gmail.sender": [1, 0, 0],
    };
    expect(mergeSelectorHits(stored, { "outlook.body": [1, 0, 0, 0, 0] }, LENGTHS)).toEqual({
      "outlook.body": [1, 0, 0, 0, 0],
      "gmail.sender": [1, 0, 0],
    });
  });

  it("keeps nothing malformed, and no count past the limit", () => {
    for (const stored of [
      null,
      "counts",
      [1, 2],
      { "outlook.body": "1,0,0,0,0" },
      { "gmail.sender": [1, -1, 0] },
    ]) {
      expect(mergeSelectorHits(stored, {}, LENGTHS), JSON.stringify(stored)).toEqual({});
    }
    expect(
      mergeSelectorHits(
        { "gmail.sender": [MAX_SELECTOR_COUNT, 0, 0] },
        { "gmail.sender": [5, 0, 0] },
        LENGTHS,
      ),
    ).toEqual({ "gmail.sender": [MAX_SELECTOR_COUNT, 0, 0] });
  });
});

describe("the lists worth a look", () => {
  it("are those where a fallback matched, or nothing ever did; not those that missed now and then", () => {
    expect(
      selectorTroubles({
        "outlook.subject": [4, 0, 0, 0, 9],
        "outlook.body": [2, 3, 0, 0, 1],
        "gmail.sender": [0, 0, 7],
      }),
    ).toEqual([
      { name: "gmail.sender", first: 0, fallback: 0, none: 7 },
      { name: "outlook.body", first: 2, fallback: 3, none: 1 },
    ]);
  });
});
