import { describe, expect, it } from 'vitest';
import { weightFigures } from '../../../scripts/bench/weight-figures.ts';
import type { PageWeight } from '../../../scripts/bench/weights.ts';

const page = (overrides: Partial<PageWeight>): PageWeight => ({
  type: 'table',
  route: 'proactive-support/events/',
  found: true,
  html: 9000,
  htmlFrame: 6000,
  css: 15000,
  js: 8000,
  ownJs: 5000,
  total: 32000,
  assets: [],
  missing: [],
  ...overrides,
});

describe('weightFigures', () => {
  it('judges each weight against its budget, in kB', () => {
    const figures = weightFigures([page({})], 'committed (18)', 'committed', true, 'en');
    const byKey = Object.fromEntries(figures.map((item) => [item.key, item]));
    expect(byKey['weight.table.own-js@committed']).toMatchObject({ value: 5, budget: 'tableOwnJs', verdict: 'within' });
    expect(byKey['weight.table.html-content@committed']).toMatchObject({ value: 3, verdict: 'within' });
    expect(byKey['weight.table.total@committed']!.figure).toBe('table: total transferred, gzipped');
  });

  it('puts every weight of a page that references missing files over budget, and says which files', () => {
    const figures = weightFigures([page({ missing: ['_astro/gone.js'] })], 'x', 'x', true, 'it');
    const budgeted = figures.filter((item) => item.budget);
    expect(budgeted.length).toBeGreaterThan(0);
    expect(budgeted.every((item) => item.verdict === 'over')).toBe(true);
    expect(figures[0]!.note).toBe('rimanda a file che mancano: _astro/gone.js');
    expect(figures[0]!.figure).toBe('tabella: HTML gzip, pagina intera');
  });

  it('marks the weights of a page that was not built missing, with its route', () => {
    const figures = weightFigures([page({ found: false })], 'x', 'x', false, 'en');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({
      value: null,
      verdict: 'missing',
      note: 'page not built (/proactive-support/events/)',
    });
  });
});
