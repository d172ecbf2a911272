import { describe, expect, it } from 'vitest';
import { failsCheck, figure, formatTable, formatValue, tally } from '../../../scripts/bench/report.ts';

describe('figure', () => {
  it('carries its verdict against the named budget', () => {
    expect(figure('k', 'validation', '2000', 120, 'ms', 'catalogCheck').verdict).toBe('within');
    expect(figure('k', 'validation', '2000', 320, 'ms', 'catalogCheck').verdict).toBe('over');
    expect(figure('k', 'validation', '500', 320, 'ms').verdict).toBe('info');
    expect(figure('k', 'table', 'committed', null, 'kB', 'pageHtml', 'page not built').verdict).toBe('missing');
  });
});

describe('formatTable', () => {
  it('prints every figure on its own line with value, budget and verdict', () => {
    const figures = [
      figure('a', 'build time ours / bare Starlight', '2000', 1.234, '×', 'buildRatio'),
      figure('b', 'table: HTML gzipped', 'committed (18)', 7.5, 'kB', 'pageHtml'),
      figure('c', 'simulator', '2000', null, 'ms', 'simulatorBatch', 'page not built'),
    ];
    const lines = formatTable(figures, 'en').split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/build time ours \/ bare Starlight\s+2000\s+1\.23×\s+≤ 1\.3×\s+within$/);
    expect(lines[3]).toMatch(/table: HTML gzipped\s+committed \(18\)\s+7\.50 kB\s+≤ 7 kB\s+OVER$/);
    expect(lines[4]).toMatch(/—\s+< 100 ms\s+MISSING: page not built$/);
    const italian = formatTable(figures, 'it').split('\n');
    expect(italian[0]).toMatch(/^figura\s+catalogo\s+valore\s+limite\s+esito$/);
    expect(italian[2]).toMatch(/\s1,23×\s+≤ 1,3×\s+entro$/);
    expect(italian[3]).toMatch(/\s7,50 kB\s+≤ 7 kB\s+OLTRE$/);
    expect(italian[4]).toMatch(/—\s+< 100 ms\s+MANCANTE: page not built$/);
  });
  it('formats values by unit', () => {
    expect(formatValue(1536.4, 'MiB', 'en')).toBe('1536 MiB');
    expect(formatValue(4.567, 'ms', 'en')).toBe('4.57 ms');
    expect(formatValue(2971.14, 'ms', 'en')).toBe('2971.1 ms');
    // A difference may be negative: as many decimals as its size asks for.
    expect(formatValue(-180, 'ms', 'en')).toBe('-180.0 ms');
    expect(formatValue(-4.567, 'ms', 'en')).toBe('-4.57 ms');
    expect(formatValue(null, 'kB', 'en')).toBe('—');
    expect(formatValue(0.0042, 'CLS', 'en')).toBe('0.004');
    expect(formatValue(99.6, 'points', 'en')).toBe('100');
    expect(formatValue(49, 'pages', 'en')).toBe('49 pages');
    expect(formatValue(2971.14, 'ms', 'it')).toBe('2971,1 ms');
    expect(formatValue(49, 'pages', 'it')).toBe('49 pagine');
  });
});

describe('failsCheck and tally', () => {
  const within = figure('a', 'x', 'c', 1, 'ms', 'tableKeystroke');
  const info = figure('b', 'y', 'c', 99, 'ms');
  it('fails on a figure over budget or missing, not on information', () => {
    expect(failsCheck([within, info])).toBe(false);
    expect(failsCheck([within, figure('c', 'z', 'c', 17, 'ms', 'tableKeystroke')])).toBe(true);
    expect(failsCheck([within, figure('d', 'z', 'c', null, 'ms')])).toBe(true);
    expect(tally([within, info])).toEqual({ within: 1, over: 0, missing: 0, info: 1 });
  });
});
