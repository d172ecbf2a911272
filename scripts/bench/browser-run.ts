/**
 * The measurements taken in Chromium on a served build: the table's keystroke time, the
 * simulator's time for a batch and its longest task on a large paste, and each page type's
 * layout shift on a phone and a desktop, in both languages.
 */
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { checkCatalogFile } from '../../src/catalog/source/read.ts';
import type { BudgetId } from './budgets.ts';
import { keystrokeSequence, measureKeystrokes, measureSimulator, paste, type Timing } from './browser.ts';
import { measureLayoutShift, observeLayoutShifts, recordLongTasks } from './layout-shift.ts';
import { syntheticPayloads } from './payloads.ts';
import { atBudgetSize, type Catalogue, type Plan } from './plan.ts';
import type { Locale } from '../../src/catalog/model.ts';
import { formatCount } from '../../src/catalog/messages/define.ts';
import { BENCH_LOCALE, benchText, formatDecimal, medianOf } from './messages.ts';
import { figure, type Figure } from './report.ts';
import { maximum, median, round } from './stats.ts';
import { PAGE_TYPES, pageTypeKey, routeFile } from './weights.ts';

/** Chromium's launch options, the same as the browser tests'. */
export async function launchOptions(): Promise<Record<string, unknown>> {
  const config = (await import('../../playwright.config.ts')).default as {
    use?: { launchOptions?: Record<string, unknown> };
  };
  return config.use?.launchOptions ?? { executablePath: '/usr/bin/chromium' };
}

/** Figures of timed interactions: the median update time (budgeted) and the median time to the next paint. */
export function timingFigures(
  key: string,
  name: string,
  catalogue: Pick<Catalogue, 'label' | 'slug'>,
  timings: Timing[] | Error,
  budget: BudgetId | undefined,
  note?: string,
  locale: Locale = BENCH_LOCALE,
): Figure[] {
  const update = (value: number | null, detail?: string): Figure =>
    figure(
      `${key}.update@${catalogue.slug}`,
      benchText('toUpdatedLayout', { name }, locale),
      catalogue.label,
      value,
      'ms',
      budget,
      detail,
    );
  const paint = (value: number | null, detail?: string): Figure =>
    figure(
      `${key}.paint@${catalogue.slug}`,
      benchText('toNextPaint', { name }, locale),
      catalogue.label,
      value,
      'ms',
      undefined,
      detail,
    );
  if (timings instanceof Error) {
    const reason = timings.message.split('\n')[0];
    return [update(null, reason), paint(null, reason)];
  }
  const updates = timings.map((timing) => timing.update);
  return [
    update(
      round(median(updates), 2),
      [benchText('maxMs', { value: formatDecimal(maximum(updates), 1, locale, false) }, locale), note]
        .filter(Boolean)
        .join('; '),
    ),
    paint(round(median(timings.map((timing) => timing.paint)), 2), benchText('nextFrameNote', {}, locale)),
  ];
}

/** The simulator's own timings of its last run, from its results' data attributes. */
async function simulatorPhases(page: import('@playwright/test').Page): Promise<string> {
  const own = await page
    .locator('[data-simulated-count]')
    .first()
    .evaluate((element) => ({ ...(element as HTMLElement).dataset }));
  const phases =
    own['simulateMs'] && own['durationMs']
      ? benchText('lastRun', {
          simulate: formatDecimal(Number(own['simulateMs']), 1, BENCH_LOCALE, false),
          results: formatDecimal(Number(own['durationMs']), 1, BENCH_LOCALE, false),
        })
      : '';
  return `data-simulated-count="${own['simulatedCount']}"${phases}`;
}

/** The table's keystroke time and the simulator's batch and large-paste figures, in Chromium, on one build. */
export async function benchInteractions(
  browser: Browser,
  base: string,
  catalogue: Catalogue,
  plan: Plan,
): Promise<Figure[]> {
  const budgeted = atBudgetSize(plan, catalogue);
  const keyName = benchText('keystroke', { runs: medianOf(plan.keystrokes) });
  const simName = benchText('simulatorBatch', {
    payloads: formatCount(BENCH_LOCALE, plan.payloads),
    runs: medianOf(plan.simulatorRuns),
  });
  const keyBudget = budgeted ? 'tableKeystroke' : undefined;
  const simBudget = budgeted ? 'simulatorBatch' : undefined;
  const figures: Figure[] = [];
  const page = await browser.newPage();
  try {
    try {
      const response = await page.goto(`${base}/proactive-support/events/`);
      if (!response?.ok())
        throw new Error(
          benchText('pageNotBuiltHttp', { route: 'proactive-support/events/', status: String(response?.status()) }),
        );
      await page.locator('events-explorer[data-ready]').waitFor({ state: 'attached', timeout: 15_000 });
      const rows = await page.locator('#events-table tr[data-event-id]').count();
      const timings = await measureKeystrokes(page, keystrokeSequence(plan.keystrokes));
      const rowsNote = benchText('rows', { rows: formatCount(BENCH_LOCALE, rows) });
      figures.push(...timingFigures('browser.keystroke', keyName, catalogue, timings, keyBudget, rowsNote));
    } catch (error) {
      figures.push(...timingFigures('browser.keystroke', keyName, catalogue, error as Error, keyBudget));
    }
    const ids = checkCatalogFile(catalogue.file).catalog?.events.map((event) => event.id) ?? [];
    const openSimulator = async (): Promise<void> => {
      const response = await page.goto(`${base}/proactive-support/simulator/`);
      if (!response?.ok())
        throw new Error(
          benchText('pageNotBuiltHttp', { route: 'proactive-support/simulator/', status: String(response?.status()) }),
        );
      await page.locator('#simulator[data-ready]').waitFor({ state: 'attached', timeout: 15_000 });
    };
    try {
      await openSimulator();
      const batch = JSON.stringify(syntheticPayloads(ids, plan.payloads));
      const timings = await measureSimulator(page, batch, plan.simulatorRuns);
      const note = await simulatorPhases(page);
      figures.push(...timingFigures('browser.simulator', simName, catalogue, timings, simBudget, note));
    } catch (error) {
      figures.push(...timingFigures('browser.simulator', simName, catalogue, error as Error, simBudget));
    }
    figures.push(await benchLargePaste(page, openSimulator, ids, catalogue, plan));
  } finally {
    await page.close();
  }
  return figures;
}

/** The longest main-thread task while the simulator works through a large paste (one object a line). */
async function benchLargePaste(
  page: import('@playwright/test').Page,
  openSimulator: () => Promise<void>,
  ids: string[],
  catalogue: Catalogue,
  plan: Plan,
): Promise<Figure> {
  const name = benchText('largePaste', { payloads: formatCount(BENCH_LOCALE, plan.largePayloads) });
  const key = `browser.simulator-large.longest-task@${catalogue.slug}`;
  const budget = atBudgetSize(plan, catalogue) ? 'simulatorLongestTask' : undefined;
  try {
    await openSimulator();
    const text = syntheticPayloads(ids, plan.largePayloads)
      .map((payload) => JSON.stringify(payload))
      .join('\n');
    // The paste itself counts (a box of megabytes would hold the page for seconds); handing the text to the page does not.
    let tasks: Awaited<ReturnType<typeof recordLongTasks>> | undefined;
    await paste(page, '#simulator-input', text, async () => (tasks = await recordLongTasks(page)));
    const started = Date.now();
    await page.locator('#simulator-run').click();
    await page.locator('#simulator-results[data-simulated-count]').waitFor({ state: 'attached', timeout: 300_000 });
    const seconds = round((Date.now() - started) / 1000, 1);
    const { longest, count } = await tasks!.stop();
    const note = benchText('largePasteNote', {
      count,
      seconds: formatDecimal(seconds, 1, BENCH_LOCALE, false),
      phases: await simulatorPhases(page),
    });
    return figure(key, name, catalogue.label, round(longest, 1), 'ms', budget, note);
  } catch (error) {
    return figure(key, name, catalogue.label, null, 'ms', budget, (error as Error).message.split('\n')[0]);
  }
}

/** A phone as Lighthouse's mobile run emulates it, and a desktop window. */
export const VIEWPORTS: { name: string; options: BrowserContextOptions }[] = [
  {
    name: 'mobile',
    options: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  },
  { name: 'desktop', options: { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1 } },
];

/** What tells that a page type's script has taken over (none: the page is done when loaded). */
const READY: Record<string, string | undefined> = {
  table: 'events-explorer[data-ready]',
  simulator: '#simulator[data-ready]',
};

/** Each page type's CLS, the worst of mobile and desktop, Italian and English, on one build. */
export async function benchLayoutShift(
  browser: Browser,
  base: string,
  distDir: string,
  catalogue: Pick<Catalogue, 'label' | 'slug'>,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const { type, route } of PAGE_TYPES) {
    const key = `cls.${pageTypeKey(type)}@${catalogue.slug}`;
    const name = benchText('layoutShift', { type: benchText(type) });
    const resolved = routeFile(distDir, route);
    if (!resolved) {
      figures.push(
        figure(key, name, catalogue.label, null, 'CLS', 'layoutShift', benchText('pageNotBuilt', { route })),
      );
      continue;
    }
    try {
      let worst = { value: -1, viewport: '', lang: '' };
      for (const viewport of VIEWPORTS) {
        const context = await browser.newContext(viewport.options);
        try {
          const page = await context.newPage();
          await observeLayoutShifts(page);
          for (const prefix of ['', 'en/']) {
            const value = await measureLayoutShift(page, `${base}/${prefix}${resolved.route}`, READY[type]);
            if (value > worst.value) worst = { value, viewport: viewport.name, lang: prefix ? 'en' : 'it' };
          }
        } finally {
          await context.close();
        }
      }
      figures.push(
        figure(
          key,
          name,
          catalogue.label,
          round(worst.value, 3),
          'CLS',
          'layoutShift',
          benchText('worst', { viewport: worst.viewport, lang: worst.lang }),
        ),
      );
    } catch (error) {
      figures.push(
        figure(key, name, catalogue.label, null, 'CLS', 'layoutShift', (error as Error).message.split('\n')[0]),
      );
    }
  }
  return figures;
}
