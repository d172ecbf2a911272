import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift } from '../../../scripts/bench/layout-shift.ts';

describe('cumulativeLayoutShift', () => {
  it('is the largest session window, without shifts after input', () => {
    const shift = (value: number, startTime: number, hadRecentInput = false) => ({ value, startTime, hadRecentInput });
    expect(cumulativeLayoutShift([])).toBe(0);
    // Two windows (a gap of more than 1 s): 0.1 + 0.2, then 0.25; the input-driven shift does not count.
    expect(
      cumulativeLayoutShift([shift(0.1, 100), shift(0.2, 600), shift(0.25, 3000), shift(0.9, 3100, true)]),
    ).toBeCloseTo(0.3);
    // A window closes after 5 s even without a gap.
    const steady = Array.from({ length: 12 }, (_, index) => shift(0.05, index * 900));
    expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.3);
  });
});
