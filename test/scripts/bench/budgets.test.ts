import { describe, expect, it } from 'vitest';
import { BUDGETS, formatBudget, verdict } from '../../../scripts/bench/budgets.ts';

describe('verdict', () => {
  it('treats a strict budget as exclusive', () => {
    expect(verdict(299.9, BUDGETS.catalogCheck)).toBe('within');
    expect(verdict(300, BUDGETS.catalogCheck)).toBe('over');
  });
  it('treats an inclusive budget as inclusive', () => {
    expect(verdict(1.3, BUDGETS.buildRatio)).toBe('within');
    expect(verdict(1.31, BUDGETS.buildRatio)).toBe('over');
    expect(verdict(16.75, BUDGETS.pageCss)).toBe('within');
  });
  it('treats a floor (scores) as inclusive', () => {
    expect(verdict(100, BUDGETS.lighthousePerformance)).toBe('within');
    expect(verdict(99, BUDGETS.lighthousePerformance)).toBe('over');
  });
  it('marks a value without a budget as information, and no value as missing', () => {
    expect(verdict(12, undefined)).toBe('info');
    expect(verdict(null, BUDGETS.pageHtml)).toBe('missing');
    expect(verdict(Number.NaN, undefined)).toBe('missing');
  });
});

describe('BUDGETS', () => {
  it('holds the figures of issue 8', () => {
    expect(formatBudget(BUDGETS.catalogCheck, 'en')).toBe('< 300 ms');
    expect(formatBudget(BUDGETS.buildRatio, 'en')).toBe('≤ 1.3×');
    expect(formatBudget(BUDGETS.buildPeakMemory, 'en')).toBe('< 1536 MiB');
    expect([BUDGETS.pageHtml.limit, BUDGETS.pageJs.limit, BUDGETS.pageCss.limit]).toEqual([7, 27, 16.75]);
    expect([BUDGETS.tableOwnJs.limit, BUDGETS.simulatorOwnJs.limit]).toEqual([10, 42]);
    expect(formatBudget(BUDGETS.tableKeystroke, 'en')).toBe('< 16 ms');
    expect(formatBudget(BUDGETS.simulatorBatch, 'en')).toBe('< 100 ms');
  });
  it('holds the figures of issue 17', () => {
    expect(formatBudget(BUDGETS.layoutShift, 'en')).toBe('≤ 0.01');
    expect(formatBudget(BUDGETS.simulatorLongestTask, 'en')).toBe('≤ 200 ms');
    expect(formatBudget(BUDGETS.buildCpuRatio, 'en')).toBe('≤ 1.3×');
    expect(formatBudget(BUDGETS.buildMemoryRatio, 'en')).toBe('≤ 1.3×');
    expect(formatBudget(BUDGETS.buildMemoryRatio, 'it')).toBe('≤ 1,3×');
    expect(formatBudget(BUDGETS.pageCss, 'it')).toBe('≤ 16,75 kB');
    expect(formatBudget(BUDGETS.lighthouseSeo, 'en')).toBe('≥ 100 points');
  });
});
