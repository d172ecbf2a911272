/** The event table on the built site: complete without JavaScript, searchable, filterable, shareable. */
import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations, recordPageErrors, useTheme } from './support/checks.ts';

const PAGES = { it: '/proactive-support/events/', en: '/en/proactive-support/events/' } as const;

const WEBEX = [
  'webex-cdr-not-downloaded',
  'webex-presence-failure',
  'webex-xsi-authorization-failure',
  'webex-cdr-download-token-integration-problem',
  'webex-user-sync-failure',
];
const catalogOrder = [
  'voip-stack-crash',
  'application-crash',
  'high-availability-replication-problem',
  'recording-save-database-failure',
  'webex-cdr-not-downloaded',
];
const P1 = ['voip-stack-crash', 'application-crash', 'webex-cdr-not-downloaded', 'cloud-api-unreachable'];

/** Ids of the rows a user sees, in order. */
async function visibleIds(page: Page): Promise<string[]> {
  return page
    .locator('#events-table tbody tr:not([hidden])')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['eventId'] ?? ''));
}

/** Opens the table and waits until the script has enhanced it. */
async function openTable(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('events-explorer[data-ready]')).toHaveCount(1);
  await expect(page.locator('#event-search')).toBeVisible();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [locale, path] of Object.entries(PAGES)) {
    test(`all 18 events are in the ${locale} table, linked, with every column`, async ({ page }) => {
      await page.goto(path);
      const rows = page.locator('#events-table tbody tr');
      await expect(rows).toHaveCount(18);
      await expect(page.locator('#events-table tbody tr:not([hidden])')).toHaveCount(18);
      const first = rows.first();
      await expect(first).toHaveAttribute('data-event-id', 'voip-stack-crash');
      await expect(first.locator('th[scope="row"] a')).toHaveAttribute('href', `${path}voip-stack-crash/`);
      await expect(page.locator('#events-table thead th[scope="col"]')).toHaveCount(5);
      await expect(page.locator('#events-table th[aria-sort="ascending"]')).toHaveCount(1);
      await expect(page.locator('#events-table caption')).not.toBeEmpty();
      // The controls need the script: without it they are not offered at all.
      await expect(page.locator('#event-search')).toBeHidden();
      await expect(page.locator('[data-result-count]')).toHaveText(locale === 'it' ? '18 eventi' : '18 events');
      await expect(page.locator(`a[href="/catalog/v1/events.${locale}.csv"]`)).toBeVisible();
    });
  }

  test('cells read as the guide writes them, colour not needed', async ({ page }) => {
    await page.goto(PAGES.it);
    const row = page.locator('tr[data-event-id="recording-channels-exhausted"]');
    // innerText: the column labels shown only on narrow screens are not part of the cell as read here.
    await expect(row.locator('td')).toHaveText(
      ['2.3.1 Saturazione della capacità', 'Call Recording', 'P3 MEDIO', '< 4 ore'],
      { useInnerText: true },
    );
    await expect(page.locator('tr[data-event-id="voip-stack-crash"] td').nth(1)).toHaveText('Non indicata', {
      useInnerText: true,
    });
    await page.goto(PAGES.en);
    await expect(page.locator('tr[data-event-id="cloud-api-unreachable"] td')).toHaveText(
      ['2.3.2 Cloud connection error', 'Not specified', 'P1 CRITICAL', '< 1 hour'],
      { useInnerText: true },
    );
  });
});

test.describe('with JavaScript', () => {
  let errors: string[];
  test.beforeEach(({ page }) => {
    errors = recordPageErrors(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('"webex" finds the five Webex events in Italian and in English', async ({ page }) => {
    for (const [locale, path] of Object.entries(PAGES)) {
      await openTable(page, path);
      await page.locator('#event-search').fill('webex');
      expect(await visibleIds(page)).toEqual(WEBEX);
      await expect(page.locator('[data-result-count]')).toHaveText(
        locale === 'it' ? '5 eventi su 18' : '5 of 18 events',
      );
      await expect(page.locator('[data-result-count]')).toHaveAttribute('aria-live', 'polite');
      // The URL follows the search box once typing pauses.
      await expect(page).toHaveURL((url) => url.search === '?q=webex');
    }
  });

  test('search ignores case and accents and needs every word', async ({ page }) => {
    await openTable(page, PAGES.en);
    await page.locator('#event-search').fill('CAPACITA');
    expect(await visibleIds(page)).toHaveLength(4);
    await page.locator('#event-search').fill('webex cdr');
    expect(await visibleIds(page)).toEqual([
      'webex-cdr-not-downloaded',
      'webex-cdr-download-token-integration-problem',
    ]);
  });

  test('the P1 filter gives the four P1 events, and filters combine', async ({ page }) => {
    await openTable(page, PAGES.it);
    await page.getByRole('checkbox', { name: 'P1 CRITICO' }).check();
    expect(await visibleIds(page)).toEqual(P1);
    await expect(page.locator('[data-result-count]')).toHaveText('4 eventi su 18');
    await page.getByLabel('Sezione', { exact: true }).selectOption('space-saturation');
    expect(await visibleIds(page)).toEqual(['cloud-api-unreachable']);
    await page.getByRole('checkbox', { name: 'P1 CRITICO' }).uncheck();
    await page.getByRole('checkbox', { name: 'P3 MEDIO' }).check();
    await page.getByLabel('Applicazione', { exact: true }).selectOption('call-recording');
    expect(await visibleIds(page)).toEqual(['recording-channels-exhausted', 'recording-too-long']);
    await page.locator('#event-search').fill('lunga');
    expect(await visibleIds(page)).toEqual(['recording-too-long']);
    await expect(page).toHaveURL(
      (url) => url.search === '?q=lunga&priority=P3&section=space-saturation&application=call-recording',
    );
  });

  test('sorting moves the rows and the aria-sort mark', async ({ page }) => {
    await openTable(page, PAGES.en);
    await page.getByLabel('Sort by').selectOption('title');
    const sorted = await visibleIds(page);
    expect(sorted[0]).toBe('application-crash');
    expect(sorted.at(-1)).toBe('webex-xsi-authorization-failure');
    await expect(page.locator('th[aria-sort]')).toHaveText(['Event']);
    await page.getByLabel('Sort by').selectOption('priority');
    expect((await visibleIds(page)).slice(0, 4)).toEqual(P1);
    await expect(page.locator('th[aria-sort="ascending"]')).toHaveText(['Priority level']);
    await page.getByLabel('Sort by').selectOption('response-time');
    await expect(page.locator('th[aria-sort="ascending"]')).toHaveText(['Response time']);
    expect(new URL(page.url()).search).toBe('?sort=response-time');
  });

  test('a URL reproduces its view; unknown values are ignored', async ({ page }) => {
    await openTable(page, `${PAGES.it}?q=licenze&priority=P3&priority=P9&section=capacity-saturation&sort=title&x=1`);
    await expect(page.locator('#event-search')).toHaveValue('licenze');
    await expect(page.getByRole('checkbox', { name: 'P3 MEDIO' })).toBeChecked();
    await expect(page.getByLabel('Sezione', { exact: true })).toHaveValue('capacity-saturation');
    await expect(page.getByLabel('Ordina per')).toHaveValue('title');
    expect(await visibleIds(page)).toEqual([
      'advanced-queueing-licenses-exhausted',
      'auto-attendant-licenses-exhausted',
    ]);
    await expect(page.locator('th[aria-sort="ascending"]')).toHaveText(['Evento']);
  });

  test('back and forward restore the views', async ({ page }) => {
    await openTable(page, PAGES.en);
    await page.getByRole('checkbox', { name: 'P1 CRITICAL' }).check();
    await page.getByLabel('Application', { exact: true }).selectOption('call-recording');
    expect(await visibleIds(page)).toEqual([]);
    await page.goBack();
    await expect(page).toHaveURL(/\?priority=P1$/);
    expect(await visibleIds(page)).toEqual(P1);
    await expect(page.getByLabel('Application', { exact: true })).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL(/\/events\/$/);
    expect(await visibleIds(page)).toHaveLength(18);
    await expect(page.getByRole('checkbox', { name: 'P1 CRITICAL' })).not.toBeChecked();
    await page.goForward();
    expect(await visibleIds(page)).toEqual(P1);
    await expect(page.getByRole('checkbox', { name: 'P1 CRITICAL' })).toBeChecked();
  });

  test('a large result shows one page of rows, and the rest on request', async ({ page }) => {
    // Large catalogues show 100 rows at a time; a page size of 5 makes the 18 seed events one.
    await page.route(`**${PAGES.en}`, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      expect(body).toContain('data-page-size="100"');
      await route.fulfill({ response, body: body.replace('data-page-size="100"', 'data-page-size="5"') });
    });
    await openTable(page, PAGES.en);
    const more = page.locator('[data-more]');
    expect(await visibleIds(page)).toEqual(catalogOrder.slice(0, 5));
    await expect(page.locator('[data-result-count]')).toHaveText('18 events');
    await expect(more).toHaveText(/Showing the first 5 of 18 matching events\./);
    await expectNoA11yViolations(page);
    await page.locator('#event-search').fill('webex');
    expect(await visibleIds(page)).toEqual(WEBEX);
    await expect(more).toBeHidden();
    await page.locator('#event-search').fill('');
    await page.getByLabel('Sort by').selectOption('priority');
    expect(await visibleIds(page)).toEqual([...P1, 'recording-save-database-failure']);
    await page.getByRole('button', { name: 'Show all matching events' }).click();
    const all = await visibleIds(page);
    expect(all).toHaveLength(18);
    await expect(more).toBeHidden();
    // Focus lands on the first row that was not shown before.
    await expect(page.locator(`tr[data-event-id="${all[5]}"] a`)).toBeFocused();
    // A new view starts again from one page.
    await page.getByRole('checkbox', { name: 'P3 MEDIUM' }).check();
    expect(await visibleIds(page)).toHaveLength(5);
    await expect(more).toHaveText(/Showing the first 5 of 7 matching events\./);
  });

  test('an empty result offers a way out', async ({ page }) => {
    await openTable(page, PAGES.it);
    await page.locator('#event-search').fill('nessunrisultato');
    await expect(page.locator('[data-result-count]')).toHaveText('0 eventi su 18');
    const empty = page.locator('[data-empty-state]');
    await expect(empty).toBeVisible();
    await expect(page.locator('#events-table')).toBeHidden();
    await empty.getByRole('button', { name: 'Azzera ricerca e filtri' }).click();
    expect(await visibleIds(page)).toHaveLength(18);
    await expect(page.locator('#event-search')).toBeFocused();
    await expect(page.locator('#event-search')).toHaveValue('');
    await expect(empty).toBeHidden();
    expect(new URL(page.url()).search).toBe('');
  });

  test('the copy-link button copies the view and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openTable(page, PAGES.en);
    await page.locator('#event-search').fill('webex');
    await page.getByRole('button', { name: 'Copy the link to this view' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard.');
    // The link is the view on screen, the search just typed included.
    expect(page.url()).toMatch(/\?q=webex$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('without the Clipboard API the link is shown, selected, to copy by hand', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await openTable(page, `${PAGES.it}?priority=P2`);
    await page.getByRole('button', { name: 'Copia il link a questa vista' }).click();
    const field = page.getByLabel('Link a questa vista');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(page.url());
    const selected = await field.evaluate((input: HTMLInputElement) =>
      input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
    );
    expect(selected).toBe(page.url());
  });

  test('the CSV download is the current language', async ({ page, request }) => {
    for (const [locale, path] of Object.entries(PAGES)) {
      await openTable(page, path);
      const href = await page.locator('a[download]').getAttribute('href');
      expect(href).toBe(`/catalog/v1/events.${locale}.csv`);
      expect((await request.get(href!)).status()).toBe(200);
    }
  });

  test('the whole flow by keyboard', async ({ page }) => {
    await openTable(page, PAGES.en);
    // From the top of the page: the skip link, then Tab into the content reaches the search box.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    for (
      let i = 0;
      i < 5 && !(await page.locator('#event-search').evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(page.locator('#event-search')).toBeFocused();
    await page.keyboard.type('webex');
    expect(await visibleIds(page)).toEqual(WEBEX);
    await page.keyboard.press('Enter'); // must not reload or leave the page
    await page.keyboard.press('Tab'); // P1
    await page.keyboard.press('Space');
    expect(await visibleIds(page)).toEqual(['webex-cdr-not-downloaded']);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // P2
    await page.keyboard.press('Space');
    expect(await visibleIds(page)).toHaveLength(4);
    await page.keyboard.press('Tab'); // P3
    await page.keyboard.press('Tab'); // P4
    await page.keyboard.press('Tab'); // section
    await expect(page.getByLabel('Section', { exact: true })).toBeFocused();
    await page.keyboard.press('Tab'); // application
    await page.keyboard.press('Tab'); // sort
    await expect(page.getByLabel('Sort by')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Sort by')).toHaveValue('priority');
    await page.keyboard.press('Tab'); // reset
    await page.keyboard.press('Tab'); // copy link
    await expect(page.getByRole('button', { name: 'Copy the link to this view' })).toBeFocused();
    await page.keyboard.press('Tab'); // CSV download
    await page.keyboard.press('Tab'); // the scrollable table region
    await expect(page.getByRole('region', { name: 'Events covered by Proactive Support' })).toBeFocused();
    await page.keyboard.press('Tab'); // the first visible event
    await expect(page.getByRole('link', { name: 'Webex presence failure' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/proactive-support\/events\/webex-presence-failure\/$/);
    await page.goBack();
    await expect(page.locator('#event-search')).toHaveValue('webex');
    expect(await visibleIds(page)).toHaveLength(4);
    // Back on the table, the reset button brings every event back.
    await page.getByRole('button', { name: 'Clear search and filters' }).first().focus();
    await page.keyboard.press('Enter');
    expect(await visibleIds(page)).toHaveLength(18);
  });

  test('at 320 px the page does not scroll sideways; each event is a block of lines', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openTable(page, PAGES.it);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    // Nothing to swipe: the table region does not scroll, and every cell of a row is on screen.
    const region = page.getByRole('region', { name: 'Eventi coperti dal Supporto Proattivo' });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
    const row = page.locator('tr[data-event-id="recording-channels-exhausted"]');
    for (const cell of await row.locator('th, td').all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(widths.viewport);
    }
    // Each value says which column it belongs to.
    await expect(row.locator('td').last()).toHaveText('Tempo di risposta: < 4 ore', { useInnerText: true });
    await expect(page.locator('#event-search')).toBeInViewport();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [locale, path] of Object.entries(PAGES)) {
      test(`no axe violations, ${locale}, ${theme} theme`, async ({ page }) => {
        await useTheme(page, theme);
        await openTable(page, `${path}?priority=P2`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoA11yViolations(page);
        await page.locator('#event-search').fill('nessunrisultato');
        await expect(page.locator('[data-empty-state]')).toBeVisible();
        await expectNoA11yViolations(page);
      });
    }
  }
});
