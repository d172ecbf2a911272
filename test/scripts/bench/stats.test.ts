import { describe, expect, it } from 'vitest';
import { maximum, median, round } from '../../../scripts/bench/stats.ts';

describe('median', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([300, 12, 14, 13, 11])).toBe(13);
  });
  it('averages the two middle samples of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => maximum([])).toThrow(RangeError);
  });
});

describe('maximum and round', () => {
  it('finds the largest sample', () => expect(maximum([2, 7.5, 7])).toBe(7.5));
  it('rounds to the given decimals', () => {
    expect(round(12.345, 2)).toBe(12.35);
    expect(round(12.36)).toBe(12.4);
  });
});
