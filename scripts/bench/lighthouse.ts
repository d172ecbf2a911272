/**
 * Lighthouse (mobile, its default: a mid-range phone on a slow 4G network, simulated) on each
 * page type of a build served as GitHub Pages serves it, with Debian's Chromium; the four
 * category scores per page type, against a budget of 100 each. Each page is run several times
 * and the median run reported, chosen by Lighthouse's own `computeMedianRun`, as its authors
 * advise: one run's total blocking time swings with the machine.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import type { BudgetId } from './budgets.ts';
import type { Locale } from '../../src/catalog/model.ts';
import { BENCH_LOCALE, benchText } from './messages.ts';
import { figure, type Figure } from './report.ts';
import { pageTypeKey, type PageType } from './weights.ts';
import { freePort } from './serve.ts';

/** Lighthouse's categories, with their budgets. */
export const CATEGORIES = [
  { id: 'performance', budget: 'lighthousePerformance' },
  { id: 'accessibility', budget: 'lighthouseAccessibility' },
  { id: 'best-practices', budget: 'lighthouseBestPractices' },
  { id: 'seo', budget: 'lighthouseSeo' },
] as const satisfies readonly { id: string; budget: BudgetId }[];

/** Category scores of one page, 0–100 (`null` when Lighthouse could not score it), or why the run failed. */
export type Scores = Record<(typeof CATEGORIES)[number]['id'], number | null> | Error;

/** What the performance score was made of, for the note: the metrics Lighthouse weighs. */
export type Metrics = Record<string, string>;

/** One page's outcome: its scores and metrics, from the median of `runs` runs (0 when none ran). */
export interface PageResult {
  scores: Scores;
  metrics: Metrics;
  runs: number;
}

/** The four figures of one page type; `runs` is how many runs the median run was chosen from. */
export function lighthouseFigures(
  type: PageType,
  label: string,
  slug: string,
  scores: Scores,
  metrics: Metrics = {},
  runs = 1,
  locale: Locale = BENCH_LOCALE,
): Figure[] {
  const name = (category: (typeof CATEGORIES)[number]['id']): string =>
    benchText('lighthouse', { type: benchText(type, {}, locale), category: benchText(category, {}, locale) }, locale);
  const key = (category: string): string => `lighthouse.${pageTypeKey(type)}.${category}@${slug}`;
  if (scores instanceof Error) {
    const reason = scores.message.split('\n')[0];
    return CATEGORIES.map((category) =>
      figure(key(category.id), name(category.id), label, null, 'points', category.budget, reason),
    );
  }
  const detail = [
    ...Object.entries(metrics).map(([metric, value]) => `${metric} ${value}`),
    ...(runs > 1 ? [benchText('lighthouseMedian', { runs }, locale)] : []),
  ].join(', ');
  return CATEGORIES.map((category) =>
    figure(
      key(category.id),
      name(category.id),
      label,
      scores[category.id],
      'points',
      category.budget,
      category.id === 'performance' && detail ? detail : undefined,
    ),
  );
}

/** The metrics behind the performance score, as Lighthouse displays them. */
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;

/** The scores and metrics of one Lighthouse result. */
function readResult(lhr: LighthouseResult): { scores: Scores; metrics: Metrics } {
  const score = (id: string): number | null => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const metrics: Metrics = {};
  for (const [name, audit] of Object.entries(METRICS)) {
    const shown = lhr.audits[audit]?.displayValue;
    if (shown) metrics[name] = String(shown).replace(/\u00a0/g, ' ');
  }
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics,
  };
}

type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/**
 * Runs Lighthouse `runs` times on each URL, one Chromium for all (its debugging port taken from
 * the benchmark's range), and keeps each URL's median run. A page whose every run fails gets an
 * `Error` in place of its scores.
 */
export async function runLighthouse(
  urls: readonly string[],
  firstPort: number,
  chromePath: string,
  runs = 1,
): Promise<PageResult[]> {
  const chrome = await launch({
    chromePath,
    port: await freePort(firstPort),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
    logLevel: 'silent',
  });
  const results: PageResult[] = [];
  try {
    // A freshly launched Chromium paints its first page late whatever the page (speed index 3.8 s,
    // then 1.0–1.1 s for the same page): one discarded run, so that the first page type measured
    // is not charged for the browser's start.
    if (urls[0])
      await lighthouse(urls[0], {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      }).catch(() => undefined);
    for (const url of urls) {
      const done: LighthouseResult[] = [];
      let failure: Error | undefined;
      for (let run = 0; run < runs; run++) {
        try {
          const result = await lighthouse(url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            // Its displayed values (`0,9 s`) in the run's language.
            locale: BENCH_LOCALE,
            onlyCategories: CATEGORIES.map((category) => category.id),
          });
          if (!result) throw new Error(benchText('lighthouseNoResult'));
          const { lhr } = result;
          if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
          done.push(lhr);
        } catch (error) {
          failure = error as Error;
        }
      }
      if (done.length === 0)
        results.push({ scores: failure ?? new Error(benchText('lighthouseDidNotRun')), metrics: {}, runs: 0 });
      else {
        const median = readResult(done.length === 1 ? done[0]! : (computeMedianRun(done) as LighthouseResult));
        results.push({ ...median, runs: done.length });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
