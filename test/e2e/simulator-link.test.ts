/**
 * A damaged or oversized share link in the simulator: the tab survives a decompression bomb
 * (a ~100 kB link that would inflate to 100 MB), and the message about the link stays visible
 * after the catalogue has loaded, until the user acts.
 */
import { expect, test } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { recordPageErrors } from './support/checks.ts';

const bomb = `z${deflateRawSync(Buffer.alloc(100 * 1024 * 1024, 0x20), { level: 9 }).toString('base64url')}`;

for (const { path, tooLarge, damaged } of [
  { path: '/proactive-support/simulator/', tooLarge: /più di 2 MB/, damaged: /non è leggibile/ },
  { path: '/en/proactive-support/simulator/', tooLarge: /more than 2 MB/, damaged: /cannot be read/ },
]) {
  test(`a decompression bomb link is refused and the tab survives (${path})`, async ({ page }) => {
    // A 130 kB URL is slow to load on a busy machine; the bound itself acts within milliseconds.
    test.setTimeout(120_000);
    const errors = recordPageErrors(page);
    await page.goto(`${path}#sim=${bomb}`);
    const status = page.locator('#simulator-status');
    await expect(status).toHaveText(tooLarge, { timeout: 60_000 });
    // The catalogue loads meanwhile; the message must not be replaced by "ready".
    await page.waitForTimeout(1000);
    await expect(status).toHaveText(tooLarge);
    // The tab still works: a picked event runs.
    await page.locator('#simulator-event').fill('voip-stack-crash');
    await page.locator('#simulator-occurred').fill('2026-11-25T10:00');
    await page.locator('#simulator-pick-run').click();
    await expect(page.locator('#simulator-results')).toHaveAttribute('data-simulated-count', '1');
    expect(errors).toEqual([]);
  });

  test(`a damaged link's message stays after the catalogue is ready (${path})`, async ({ page }) => {
    await page.goto(`${path}#sim=zAAAA`);
    const status = page.locator('#simulator-status');
    await expect(status).toHaveText(damaged);
    await page.waitForTimeout(1000);
    await expect(status).toHaveText(damaged);
  });
}
