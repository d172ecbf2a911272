/**
 * What a customer meets around the guide, on the built site: the changelog feed checked against
 * the release records, the Italian search interface and an index of words, the event table's
 * search by priority with suggestions, and the 404 page in both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test, type Page } from '@playwright/test';
import { SyntaxValidator } from 'fast-xml-validator';
import { recordPageErrors } from './support/checks.ts';

const SITE = (process.env['SITE_URL'] ?? 'https://care.imagicle.com').replace(/\/$/, '');
const RELEASES = path.resolve(import.meta.dirname, '../../catalog/releases');

/** The recorded releases, newest first, as `catalog:release` wrote them. */
function releases(): { version: string; updated: string }[] {
  return readdirSync(RELEASES)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(RELEASES, file), 'utf8')) as { version: string; updated: string })
    .sort((a, b) => b.updated.localeCompare(a.updated) || b.version.localeCompare(a.version, 'en', { numeric: true }));
}

test.describe('changelog feed', () => {
  for (const [prefix, heading] of [
    ['', 'Versione'],
    ['/en', 'Version'],
  ] as const) {
    test(`${prefix || '/'}: valid Atom, one entry per recorded release`, async ({ request, page }) => {
      const response = await request.get(`${prefix}/proactive-support/changelog.xml`);
      expect(response.ok()).toBe(true);
      const text = await response.text();
      expect(SyntaxValidator.validate(text)).toBe(true);
      const feed = parseFeed(text);
      expect(feed.meta.type).toBe('atom');
      const recorded = releases();
      expect(recorded.length).toBeGreaterThan(0);
      expect(feed.items.map((item) => item.title)).toEqual(recorded.map(({ version }) => `${heading} ${version}`));
      expect(feed.items.map((item) => item.updated?.toISOString().slice(0, 10))).toEqual(
        recorded.map(({ updated }) => updated),
      );
      expect(feed.url).toBe(`${SITE}${prefix}/proactive-support/changelog/`);

      // Every page announces it, and the changelog page links it.
      for (const route of ['/', '/proactive-support/events/', '/proactive-support/changelog/']) {
        await page.goto(`${prefix}${route}`);
        await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
          'href',
          `${prefix}/proactive-support/changelog.xml`,
        );
      }
      await expect(page.locator(`main a[href="${prefix}/proactive-support/changelog.xml"]`)).toBeVisible();
    });
  }
});

/** Opens Starlight's search dialog and types a query. */
async function searchSite(page: Page, query: string): Promise<void> {
  const open = page.locator('header site-search button[data-open-modal]');
  await expect(open).toBeEnabled();
  await open.click();
  await page.getByRole('dialog').getByRole('textbox').fill(query);
}

test.describe('site search', () => {
  test('speaks Italian on the Italian site', async ({ page }) => {
    test.slow();
    const errors = recordPageErrors(page);
    await page.goto('/');
    await searchSite(page, 'disco');
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('.pagefind-ui__message')).toHaveText(/^\d+ risultat[oi] per disco$/, {
      timeout: 15_000,
    });
    // Pagefind matches loosely, so an odd word may still find a page: either way, in Italian.
    await dialog.getByRole('textbox').fill('qwxzjv');
    await expect(dialog.locator('.pagefind-ui__message')).toHaveText(
      /^(Nessun risultato per qwxzjv|1 risultato per qwxzjv|\d+ risultati per qwxzjv)$/,
      { timeout: 15_000 },
    );
    await expect(dialog.getByRole('button', { name: 'Cancella' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the index holds words, not cells glued together: "P1" finds the guide', async ({ page }) => {
    test.slow();
    await page.goto('/');
    await searchSite(page, 'P1');
    const links = page.locator('#starlight__search a.pagefind-ui__result-link');
    await expect(links.first()).toBeVisible({ timeout: 15_000 });
    // The guide's legend has "P1 CRITICO" in a cell right after the "Tempo di risposta" heading.
    await expect
      .poll(() => links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
      .toContain('/proactive-support/');
  });
});

/** Opens the event table, waits for its script, and searches. */
async function searchTable(page: Page, path: string, query: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('events-explorer[data-ready]')).toHaveCount(1);
  await page.locator('#event-search').fill(query);
}

/** Ids of the rows shown. */
function shownIds(page: Page): Promise<string[]> {
  return page
    .locator('#events-table tbody tr:not([hidden])')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['eventId'] ?? ''));
}

test.describe('event table search', () => {
  const P1 = ['voip-stack-crash', 'application-crash', 'webex-cdr-not-downloaded', 'cloud-api-unreachable'];
  for (const [path, query] of [
    ['/proactive-support/events/', 'P1'],
    ['/proactive-support/events/', 'critico'],
    ['/en/proactive-support/events/', 'critical'],
    ['/en/proactive-support/events/', 'critico'],
  ] as const) {
    test(`"${query}" finds the P1 events (${path})`, async ({ page }) => {
      await searchTable(page, path, query);
      await expect.poll(() => shownIds(page)).toEqual(P1);
    });
  }

  test('"webx" finds nothing and suggests "webex", which finds the Webex events', async ({ page }) => {
    const errors = recordPageErrors(page);
    await searchTable(page, '/proactive-support/events/', 'webx');
    const empty = page.locator('[data-empty-state]');
    await expect(empty).toBeVisible();
    const suggestions = empty.locator('[data-suggestions]');
    await expect(suggestions).toContainText('Forse cercavi:');
    const link = suggestions.getByRole('link', { name: 'webex', exact: true });
    await expect(link).toHaveAttribute('href', '/proactive-support/events/?q=webex');
    await link.click();
    await expect(page.locator('#event-search')).toHaveValue('webex');
    await expect(page).toHaveURL('/proactive-support/events/?q=webex');
    await expect.poll(async () => (await shownIds(page)).length).toBe(5);
    await expect(empty).toBeHidden();
    await expect(page.locator('#event-search')).toBeFocused();
    expect(errors).toEqual([]);
  });

  test('the suggestion speaks English on the English table', async ({ page }) => {
    await searchTable(page, '/en/proactive-support/events/', 'licenze exausted');
    const suggestions = page.locator('[data-suggestions]');
    await expect(suggestions).toContainText('Did you mean:');
    await expect(suggestions.getByRole('link').first()).toHaveText('licenze exhausted');
  });
});

test.describe('404', () => {
  for (const [path, lang, heading, home] of [
    ['/no-such-page/', 'it', 'Pagina non trovata', '/'],
    ['/en/no-such-page/', 'en', 'Page not found', '/en/'],
    ['/en/proactive-support/events/no-such-event/', 'en', 'Page not found', '/en/'],
  ] as const) {
    test(`${path} answers in its language, pointing at no page that does not exist`, async ({ page }) => {
      const errors = recordPageErrors(page);
      // The page itself answers 404 (the browser logs it); everything it loads must be found.
      const failed: string[] = [];
      page.on('response', (answer) => {
        if (answer.status() >= 400 && answer.request().resourceType() !== 'document') failed.push(answer.url());
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      const other = lang === 'it' ? 'Page not found' : 'Pagina non trovata';
      await expect(page.getByRole('heading', { name: other })).toBeHidden();
      await expect(page.locator('main section:visible').getByRole('link').first()).toHaveAttribute('href', home);
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
      await expect(page.locator('link[hreflang]')).toHaveCount(0);
      await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      expect(failed).toEqual([]);
      expect(errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
    });
  }
});

test('llms.txt lists the guide, every event page and the artifacts, each link found', async ({ request }) => {
  test.slow();
  const response = await request.get('/llms.txt');
  expect(response.ok()).toBe(true);
  const text = await response.text();
  const links = [...text.matchAll(/\]\((https?:\/\/[^)]+)\)/g)].map((match) => new URL(match[1]!).pathname);
  expect(links).toContain('/en/proactive-support/');
  expect(links).toContain('/catalog/v1/catalog.json');
  expect(links.filter((link) => /^\/en\/proactive-support\/events\/[^/]+\/$/.test(link))).toHaveLength(18);
  for (const link of links) expect((await request.get(link)).status(), link).toBe(200);
});
