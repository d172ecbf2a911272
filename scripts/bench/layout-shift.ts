/**
 * Cumulative Layout Shift of a page as Chromium reports it (`layout-shift` entries through a
 * `PerformanceObserver`), from the first paint until the page's scripts have run, and the
 * longest main-thread task (`longtask` entries) while the page works.
 */
import type { Page } from '@playwright/test';
import { benchText } from './messages.ts';

/** A `layout-shift` entry, as far as CLS is concerned. */
export interface ShiftEntry {
  value: number;
  startTime: number;
  hadRecentInput: boolean;
  /** Whether one of the elements that moved is in the page's `<main>` (ours), not in Starlight's frame. */
  inMain?: boolean;
}

/**
 * CLS as Core Web Vitals define it: shifts not caused by input, grouped in session windows
 * (a gap under 1 s, a window under 5 s); the largest window's sum.
 */
export function cumulativeLayoutShift(entries: readonly ShiftEntry[]): number {
  let largest = 0;
  let current = 0;
  let first = -Infinity;
  let previous = -Infinity;
  for (const entry of [...entries].sort((a, b) => a.startTime - b.startTime)) {
    if (entry.hadRecentInput) continue;
    if (entry.startTime - previous >= 1000 || entry.startTime - first >= 5000) {
      current = 0;
      first = entry.startTime;
    }
    current += entry.value;
    previous = entry.startTime;
    largest = Math.max(largest, current);
  }
  return largest;
}

/** Collects every `layout-shift` entry of the pages opened after this, from their first frame. */
export async function observeLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: unknown[] = [];
    (window as unknown as { __benchShifts: unknown[] }).__benchShifts = shifts;
    type Source = { node?: Node | null };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as (ShiftEntry & { sources: Source[] })[]) {
        const inMain = entry.sources.some(({ node }) =>
          Boolean((node instanceof Element ? node : node?.parentElement)?.closest('main')),
        );
        shifts.push({ value: entry.value, startTime: entry.startTime, hadRecentInput: entry.hadRecentInput, inMain });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * Opens `url` and returns its `layout-shift` entries once the page has loaded, `ready` (a
 * selector the page's script sets when it has taken over, if any) is there, and two more frames
 * have been laid out.
 */
export async function layoutShifts(page: Page, url: string, ready?: string): Promise<ShiftEntry[]> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(benchText('httpFor', { status: String(response?.status()), url }));
  if (ready) await page.locator(ready).first().waitFor({ state: 'attached', timeout: 15_000 });
  // Shifts are reported after the frame that shows them: wait for a few frames and a pause.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))),
  );
  return page.evaluate(() => (window as unknown as { __benchShifts: ShiftEntry[] }).__benchShifts);
}

/** The CLS of `url` once its script has taken over (see `layoutShifts`). */
export async function measureLayoutShift(page: Page, url: string, ready?: string): Promise<number> {
  return cumulativeLayoutShift(await layoutShifts(page, url, ready));
}

/** Starts recording the page's long tasks (over 50 ms); `stop` returns the longest, in ms (0 when none). */
export async function recordLongTasks(
  page: Page,
): Promise<{ stop: () => Promise<{ longest: number; count: number }> }> {
  await page.evaluate(() => {
    const durations: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    (window as unknown as Record<string, unknown>)['__benchLongTasks'] = { durations, observer };
  });
  return {
    stop: () =>
      page.evaluate(async () => {
        // Long tasks are reported once they end: let the last one be delivered.
        await new Promise((resolve) => setTimeout(resolve, 100));
        const { durations, observer } = (window as unknown as Record<string, unknown>)['__benchLongTasks'] as {
          durations: number[];
          observer: PerformanceObserver;
        };
        observer.disconnect();
        return { longest: Math.max(0, ...durations), count: durations.length };
      }),
  };
}
