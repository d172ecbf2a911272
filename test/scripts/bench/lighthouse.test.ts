import { describe, expect, it } from 'vitest';
import { lighthouseFigures } from '../../../scripts/bench/lighthouse.ts';

describe('lighthouseFigures', () => {
  it('gives the four scores of a page type against a budget of 100, the metrics next to performance', () => {
    const figures = lighthouseFigures(
      'event page',
      'committed (18)',
      'committed',
      { performance: 97, accessibility: 100, 'best-practices': 100, seo: null },
      { LCP: '2.1 s' },
      3,
      'en',
    );
    expect(figures.map((item) => [item.key, item.verdict])).toEqual([
      ['lighthouse.event-page.performance@committed', 'over'],
      ['lighthouse.event-page.accessibility@committed', 'within'],
      ['lighthouse.event-page.best-practices@committed', 'within'],
      ['lighthouse.event-page.seo@committed', 'missing'],
    ]);
    expect(figures[0]!.note).toBe('LCP 2.1 s, run median of 3');
    expect(figures[0]!.figure).toBe('event page: Lighthouse performance (mobile)');
    const italian = lighthouseFigures(
      'event page',
      'x',
      'x',
      { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
      { LCP: '2,1 s' },
      3,
      'it',
    );
    expect(italian.map((item) => item.figure)).toEqual([
      'pagina di un evento: Lighthouse prestazioni (mobile)',
      'pagina di un evento: Lighthouse accessibilità (mobile)',
      'pagina di un evento: Lighthouse best practice (mobile)',
      'pagina di un evento: Lighthouse SEO (mobile)',
    ]);
    expect(italian[0]!.note).toBe('LCP 2,1 s, esecuzione mediana di 3');
  });

  it('marks every score missing, with the reason, when the run failed', () => {
    const figures = lighthouseFigures('home', 'x', 'x', new Error('NO_FCP\nstack'));
    expect(figures.every((item) => item.verdict === 'missing' && item.note === 'NO_FCP')).toBe(true);
  });
});
