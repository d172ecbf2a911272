import { describe, expect, it } from 'vitest';
import { buildRoundsOf, FULL, QUICK } from '../../../scripts/bench/plan.ts';

describe('the plans', () => {
  it('report the median of three Lighthouse runs in the full run, one in the quick run', () => {
    expect([FULL.lighthouseRuns, QUICK.lighthouseRuns]).toEqual([3, 1]);
  });

  it('build each side once unmeasured before the measured rounds in the full run only', () => {
    expect([FULL.warmupRounds, QUICK.warmupRounds]).toEqual([1, 0]);
  });
});

describe('buildRoundsOf', () => {
  it('builds the committed catalogue more often than the synthetic sizes in the full run', () => {
    expect(buildRoundsOf(FULL, { synthetic: false })).toBe(15);
    expect(buildRoundsOf(FULL, { synthetic: true })).toBe(3);
  });

  it('builds every catalogue once in the quick run', () => {
    expect(buildRoundsOf(QUICK, { synthetic: false })).toBe(1);
    expect(buildRoundsOf(QUICK, { synthetic: true })).toBe(1);
  });
});
