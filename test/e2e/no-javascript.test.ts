/**
 * The site with JavaScript off: the simulator says what it needs and where to look instead, and
 * the event table says that a link's filters are not applied (it shows every event).
 */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

const CASES = [
  {
    locale: 'it',
    prefix: '',
    needs: 'Il simulatore ha bisogno di JavaScript.',
    table: 'la tabella degli eventi',
    csv: 'la tabella in CSV',
    filters: 'i filtri di un link condiviso non vengono applicati',
  },
  {
    locale: 'en',
    prefix: '/en',
    needs: 'The simulator needs JavaScript.',
    table: 'the event table',
    csv: 'the table as CSV',
    filters: 'the filters of a shared link are not applied',
  },
] as const;

for (const c of CASES) {
  test(`the simulator says it needs JavaScript and where to look instead (${c.locale})`, async ({ page }) => {
    await page.goto(`${c.prefix}/proactive-support/simulator/`);
    const notice = page.locator('.simulator-noscript');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(c.needs);
    await expect(notice.getByRole('link', { name: c.table })).toHaveAttribute(
      'href',
      `${c.prefix}/proactive-support/events/`,
    );
    await expect(notice.getByRole('link', { name: c.csv })).toHaveAttribute(
      'href',
      `/catalog/v1/events.${c.locale}.csv`,
    );
    await expect(notice.locator('code')).toHaveText('npm run simulate -- FILE');
    // Controls that could do nothing, and a "loading" that never ends, are not shown.
    await expect(page.locator('#simulator-pick-run')).toBeHidden();
    await expect(page.locator('#simulator-status')).toBeHidden();
  });

  test(`a filtered table link says its filters are not applied (${c.locale})`, async ({ page }) => {
    await page.goto(`${c.prefix}/proactive-support/events/?q=disco&priority=P4`);
    await expect(page.locator('.noscript-notice')).toBeVisible();
    await expect(page.locator('.noscript-notice')).toContainText(c.filters);
    await expect(page.locator('#events-table tbody tr')).toHaveCount(18);
    await expect(page.locator('#events-table tbody tr').first()).toBeVisible();
  });
}
