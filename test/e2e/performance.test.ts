/** Speed the visitor sees (issue 17): nothing moves when the table's script takes over; a huge paste stays responsive. */
import { expect, test, type Page } from '@playwright/test';
import { paste } from '../../scripts/bench/browser.ts';
import { cumulativeLayoutShift, layoutShifts, observeLayoutShifts } from '../../scripts/bench/layout-shift.ts';

test.describe('the event table does not shift', () => {
  for (const [name, viewport] of [
    ['a phone', { width: 412, height: 823 }],
    ['a desktop', { width: 1350, height: 940 }],
  ] as const) {
    test(`on ${name}, in both languages, once the script has run`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await observeLayoutShifts(page);
      for (const path of ['/proactive-support/events/', '/en/proactive-support/events/']) {
        // Nothing in the page's content moves; Starlight's header may settle by a hair (its own, far below 0.01).
        const shifts = await layoutShifts(page, path, 'events-explorer[data-ready]');
        expect(shifts.filter((entry) => entry.inMain)).toEqual([]);
        expect(cumulativeLayoutShift(shifts)).toBeLessThan(0.001);
        await expect(page.locator('#event-search')).toBeVisible();
      }
    });
  }
});

test.describe('a long page painted before it is parsed to the end', () => {
  // Chromium paints a long page (the guide) while parsing it. Starlight's table of contents comes
  // before the content in the document; cut the page right after it to see that first paint.
  test('has the table of contents on the right already, where it stays', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1350, height: 940 });
    const guide = new URL('/proactive-support/', baseURL).href;
    const html = await (await page.request.get(guide)).text();
    const tocEnd = html.indexOf('</aside>', html.indexOf('class="right-sidebar-container')) + '</aside>'.length;
    await page.route(guide, (route) => route.fulfill({ contentType: 'text/html', body: html.slice(0, tocEnd) }));
    await page.goto(guide);
    const column = async (): Promise<{ x: number | undefined; width: number | undefined }> => {
      const box = await page.locator('.right-sidebar-container').boundingBox();
      return { x: box?.x, width: box?.width };
    };
    const partial = await column();
    await page.unroute(guide);
    await page.goto(guide);
    expect(partial).toEqual(await column());
  });
});

test.describe('a large paste in the simulator', () => {
  /** `count` payloads, one a line: above the size the page hands to its worker. */
  const payloadLines = (count: number): string =>
    Array.from({ length: count }, (_, index) =>
      JSON.stringify({
        event: index % 10 === 9 ? 'voip-stack-crsh' : 'voip-stack-crash',
        occurredAt: `2026-11-25T10:${String(index % 60).padStart(2, '0')}:00+01:00`,
        host: `ucx-${index % 7}.example.com`,
      }),
    ).join('\n');

  /** Opens the simulator and pastes the text into its box. */
  async function openWith(page: Page, path: string, text: string): Promise<void> {
    await page.goto(path);
    await expect(page.locator('#simulator[data-ready]')).toHaveCount(1);
    await paste(page, '#simulator-input', text);
  }

  test('shows its progress politely and can be cancelled', async ({ page }) => {
    // Megabytes of text to hand to the page, and a simulation long enough to cancel.
    test.slow();
    await openWith(page, '/proactive-support/simulator/', payloadLines(50_000));
    // Kept out of the text box, which would take the browser seconds to lay out.
    await expect(page.locator('#simulator-held')).toContainText('50.000 righe');
    await expect(page.locator('#simulator-input')).toHaveValue('');
    await page.locator('#simulator-run').click();
    const status = page.locator('#simulator-progress-status');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(status).toContainText(/Lettura dei payload|Simulazione in corso: [\d.]+ payload su 30\.000/);
    await page.getByRole('button', { name: 'Annulla la simulazione' }).click();
    await expect(status).toHaveText('Simulazione annullata.');
    await expect(page.getByRole('progressbar')).toBeHidden();
    await expect(page.locator('#simulator-run')).toBeFocused();
    await expect(page.locator('#simulator-results')).not.toHaveAttribute('data-simulated-count');
  });

  test('shows the queue first, then opens any case’s detail on request', async ({ page }) => {
    await openWith(page, '/en/proactive-support/simulator/', payloadLines(3000));
    await page.locator('#simulator-run').click();
    await expect(page.locator('#simulator-results')).toHaveAttribute('data-simulated-count', '3000', {
      timeout: 60_000,
    });
    await expect(page.locator('#simulator-queue tbody tr')).toHaveCount(100);
    // Counts as English writes them (the queue holds the 2,700 covered payloads).
    await expect(page.locator('#simulator-summary')).toContainText('Payloads: 3,000 · simulated: 3,000');
    await expect(page.locator('#simulator-results')).toContainText('Showing the first 100 of 2,700 events.');
    await expect(page.locator('#simulator-copy-status')).toHaveText(/too large for a link/);
    await expect(page.locator('#simulator-progress-status')).toBeEmpty();
    // The 300 payloads that named the same wrong id are one entry: the id, once, with its count.
    const notCovered = page.locator('#simulator-not-covered > li');
    await expect(notCovered).toHaveCount(1);
    await expect(notCovered).toContainText('voip-stack-crsh · 300 payloads: [9], [19], [29], [39], [49] and 295 more');
    await expect(notCovered.locator('a.suggestion')).toHaveText('voip-stack-crash');
    // Detail cards: the first ten, then the one a link opens (the fifth not-covered payload is not built before).
    await expect(page.locator('article.case')).toHaveCount(10);
    await expect(page.locator('#simulator-case-49')).toHaveCount(0);
    await notCovered.locator('a[href="#simulator-case-49"]').click();
    await expect(page.locator('#simulator-case-49')).toBeFocused();
    await expect(page.locator('#simulator-case-49')).toContainText('voip-stack-crsh');
  });
});
