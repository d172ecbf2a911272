/**
 * The changelog on the built site, in both languages: reachable from the sidebar, lists the
 * catalogue's own version, every entry dated or marked unreleased, accessible, no console errors.
 * Works on any build (the committed history or a fixture one): it reads the served catalog.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, recordPageErrors, useTheme } from './support/checks.ts';

const PAGES = [
  { locale: 'it', path: '/proactive-support/changelog/', title: 'Novità del catalogo', version: 'Versione' },
  { locale: 'en', path: '/en/proactive-support/changelog/', title: 'Catalogue changelog', version: 'Version' },
] as const;

for (const { locale, path, title, version } of PAGES) {
  test(`the ${locale} changelog lists the published catalogue version with a date`, async ({ page, request }) => {
    const errors = recordPageErrors(page);
    const catalog = (await (await request.get('/catalog/v1/catalog.json')).json()) as { version: string };
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const entries = page.locator('main section.changelog-entry');
    expect(await entries.count()).toBeGreaterThan(0);
    // The catalogue being served is either a recorded release or the unreleased entry on top.
    const current = page.getByRole('heading', { level: 2, name: new RegExp(`^${version} ${catalog.version}\\b`) });
    const unreleased = page.locator('h2#unreleased');
    expect((await current.count()) + (await unreleased.count())).toBeGreaterThan(0);
    // Every recorded release carries a machine-readable date; only the unreleased entry has none.
    for (const entry of await entries.all()) {
      const id = await entry.locator('h2').getAttribute('id');
      if (id === 'unreleased') await expect(entry.locator('time')).toHaveCount(0);
      else await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    }
    expect(errors).toEqual([]);
  });
}

test('a recorded release is the very catalog.json the site publishes for that version', async ({ request }) => {
  const served = await (await request.get('/catalog/v1/catalog.json')).text();
  const { version, sourceSha256 } = JSON.parse(served) as { version: string; sourceSha256: string };
  const release = path.resolve(process.env['RELEASES_DIR'] ?? 'catalog/releases', `${version}.json`);
  // Only a build of the recorded source can match it byte for byte (a scratch CATALOG_FILE build cannot).
  const recorded = existsSync(release) ? readFileSync(release, 'utf8') : undefined;
  const sameSource =
    recorded !== undefined && (JSON.parse(recorded) as { sourceSha256: string }).sourceSha256 === sourceSha256;
  expect(sameSource ? recorded : served).toBe(served);
});

test('the sidebar leads to the changelog, and the language switch keeps the page', async ({ page }) => {
  await page.goto('/en/proactive-support/');
  await page.getByRole('link', { name: 'Catalogue changelog' }).first().click();
  await expect(page).toHaveURL(/\/en\/proactive-support\/changelog\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="it"]')).toHaveAttribute(
    'href',
    /\/proactive-support\/changelog\/$/,
  );
});

for (const theme of ['light', 'dark'] as const) {
  for (const { locale, path } of PAGES) {
    test(`the ${locale} changelog has no accessibility violations (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto(path);
      await expectNoA11yViolations(page);
    });
  }
}
