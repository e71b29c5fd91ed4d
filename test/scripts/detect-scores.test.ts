import { describe, expect, it } from "vitest";
import {
  countConfusion,
  f1,
  median,
  percentile,
  precision,
  recall,
  summarizeTimes,
} from "../../scripts/lib/detect-scores";

const outcome = (actual: boolean, predicted: boolean) => ({ actual, predicted });

describe("scoring the detector", () => {
  it("counts each outcome in its own cell", () => {
    const counts = countConfusion([
      outcome(true, true),
      outcome(true, true),
      outcome(true, true),
      outcome(false, true),
      outcome(true, false),
      outcome(false, false),
      outcome(false, false),
    ]);
    expect(counts).toEqual({
      truePositives: 3,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 2,
    });
    expect(precision(counts)).toBeCloseTo(0.75);
    expect(recall(counts)).toBeCloseTo(0.75);
    expect(f1(counts)).toBeCloseTo(0.75);
  });

  it("weighs precision and recall apart", () => {
    // 8 found, 2 wrongly called, 8 missed: precision 0.8, recall 0.5, F1 = 2·0.4/1.3.
    const counts = { truePositives: 8, falsePositives: 2, falseNegatives: 8, trueNegatives: 50 };
    expect(precision(counts)).toBeCloseTo(0.8);
    expect(recall(counts)).toBeCloseTo(0.5);
    expect(f1(counts)).toBeCloseTo(0.8 / 1.3);
  });

  it("says 'undefined' rather than inventing a figure when there is nothing to divide by", () => {
    const onlyNegatives = countConfusion([outcome(false, false), outcome(false, false)]);
    expect(precision(onlyNegatives)).toBeNull();
    expect(recall(onlyNegatives)).toBeNull();
    expect(f1(onlyNegatives)).toBeNull();
    const nothingCalled = countConfusion([outcome(true, false)]);
    expect(precision(nothingCalled)).toBeNull();
    expect(recall(nothingCalled)).toBe(0);
    expect(f1(nothingCalled)).toBe(0);
    const allWrong = countConfusion([outcome(false, true)]);
    expect(precision(allWrong)).toBe(0);
    expect(recall(allWrong)).toBeNull();
    expect(f1(allWrong)).toBe(0);
    expect(countConfusion([])).toEqual({
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 0,
      trueNegatives: 0,
    });
  });
});

describe("percentiles of times", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100

  it("takes the nearest rank", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5], 99)).toBe(5);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("summarizes unsorted times without changing them, sorting numbers as numbers", () => {
    const times = [10, 2, 0.5, 30, 1, 9, 100, 3];
    const copy = [...times];
    expect(summarizeTimes(times)).toEqual({ count: 8, p50: 3, p99: 100, max: 100 });
    expect(times).toEqual(copy);
    expect(summarizeTimes([])).toEqual({
      count: 0,
      p50: Number.NaN,
      p99: Number.NaN,
      max: Number.NaN,
    });
  });

  it("takes a median of runs", () => {
    expect(median([5, 1, 4, 2, 3])).toBe(3);
    expect(median([40, 10, 30, 20])).toBe(20);
    expect(median([])).toBeNaN();
  });
});
