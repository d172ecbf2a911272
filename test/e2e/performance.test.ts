/** Speed the visitor sees (issue 17): nothing moves when the table's script takes over; a huge paste stays responsive. */
import { expect, test } from '@playwright/test';
import { measureLayoutShift, observeLayoutShifts } from '../../scripts/bench/layout-shift.ts';

test.describe('the event table does not shift', () => {
  for (const [name, viewport] of [
    ['a phone', { width: 412, height: 823 }],
    ['a desktop', { width: 1350, height: 940 }],
  ] as const) {
    test(`on ${name}, in both languages, once the script has run`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await observeLayoutShifts(page);
      for (const path of ['/proactive-support/events/', '/en/proactive-support/events/']) {
        expect(await measureLayoutShift(page, path, 'events-explorer[data-ready]')).toBe(0);
        await expect(page.locator('#event-search')).toBeVisible();
      }
    });
  }
});
