/** Small statistics for benchmark samples. */

/** The median of the samples (mean of the two middle ones when even); throws on an empty list. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The largest sample; throws on an empty list. */
export function maximum(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('maximum of no samples');
  return Math.max(...samples);
}

/** Rounds to `digits` decimals, for stable output. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
