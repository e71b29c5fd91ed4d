// The arithmetic of `npm run bench:detect`: confusion counts, precision, recall, F1, percentiles.

/** Counts of one binary decision, the positive class being "rejection". */
export interface Confusion {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

export interface Outcome {
  actual: boolean;
  predicted: boolean;
}

export function countConfusion(outcomes: Iterable<Outcome>): Confusion {
  const counts: Confusion = {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    trueNegatives: 0,
  };
  for (const { actual, predicted } of outcomes) {
    if (actual && predicted) counts.truePositives++;
    else if (predicted) counts.falsePositives++;
    else if (actual) counts.falseNegatives++;
    else counts.trueNegatives++;
  }
  return counts;
}

/** Of the emails called rejections, the share that were; null when none was called one. */
export function precision(counts: Confusion): number | null {
  const called = counts.truePositives + counts.falsePositives;
  return called === 0 ? null : counts.truePositives / called;
}

/** Of the rejections, the share found; null when there was none to find. */
export function recall(counts: Confusion): number | null {
  const actual = counts.truePositives + counts.falseNegatives;
  return actual === 0 ? null : counts.truePositives / actual;
}

/**
 * The harmonic mean of precision and recall, written as 2TP / (2TP + FP + FN) so that it is 0
 * (not undefined) when there were rejections or calls but no hit; null when there were neither.
 */
export function f1(counts: Confusion): number | null {
  const denominator = 2 * counts.truePositives + counts.falsePositives + counts.falseNegatives;
  return denominator === 0 ? null : (2 * counts.truePositives) / denominator;
}

/**
 * The nearest-rank percentile (0 < p ≤ 100) of values sorted ascending: the smallest value that at
 * least p % of the values are less than or equal to. p = 0 gives the minimum; empty gives NaN.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * sorted.length);
  return sorted[Math.max(rank, 1) - 1] as number;
}

export interface TimeSummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** The distribution of times (any unit), without changing the array given. */
export function summarizeTimes(times: ArrayLike<number>): TimeSummary {
  const sorted = Float64Array.from(times).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.length === 0 ? Number.NaN : (sorted[sorted.length - 1] as number),
  };
}

/** The middle value (the lower of the two middles for an even count); NaN for none. */
export function median(values: ArrayLike<number>): number {
  return percentile(Float64Array.from(values).sort(), 50);
}
