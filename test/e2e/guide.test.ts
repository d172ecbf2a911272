/**
 * The guide page `proactive-support/` against the seed document: every section with its
 * number, heading level, description and table, every row with its text, priority and
 * response time, in Italian (read from the seed itself) and in English (an independent list).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ENGLISH_SECTIONS } from '../site/seed-en.ts';
import { readSeedDefinitions, readSeedSections } from '../support/seed.ts';
import { recordPageErrors } from './support/checks.ts';

/** What one section of the page must show. */
interface ExpectedSection {
  number: string;
  title: string;
  firstColumn: string;
  rows: [string, string, string][];
}

const ITALIAN: ExpectedSection[] = readSeedSections().map((section) => ({
  number: section.number,
  title: section.title,
  // The seed prints column headings in capitals: "EVENTI MONITORATI" is shown as "Eventi monitorati".
  firstColumn: section.heading.charAt(0) + section.heading.slice(1).toLowerCase(),
  rows: section.rows.map((row): [string, string, string] => [
    row.title,
    `${row.priority} ${row.label}`,
    row.responseTime,
  ]),
}));

const LOCALES = [
  {
    locale: 'it',
    path: '/proactive-support/',
    sections: ITALIAN,
    columns: ['Livello di priorità', 'Tempo di risposta'],
    chapter: '2 Eventi coperti dal Supporto Proattivo',
  },
  {
    locale: 'en',
    path: '/en/proactive-support/',
    sections: ENGLISH_SECTIONS,
    columns: ['Priority level', 'Response time'],
    chapter: '2 Events covered by Proactive Support',
  },
] as const;

/** The table that belongs to a section, found by its caption. */
function sectionTable(page: Page, label: string): Locator {
  return page.getByRole('table', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`) });
}

test('the seed has the 18 rows the guide is checked against', () => {
  expect(ITALIAN.map((section) => section.number)).toEqual(['2.1', '2.2', '2.3', '2.3.1', '2.3.2']);
  expect(ITALIAN.flatMap((section) => section.rows)).toHaveLength(18);
  expect(ENGLISH_SECTIONS.flatMap((section) => section.rows)).toHaveLength(18);
});

for (const { locale, path, sections, columns, chapter } of LOCALES) {
  test.describe(`guide (${locale})`, () => {
    test('every seed section and row, with its text, priority and response time', async ({ page }) => {
      const errors = recordPageErrors(page);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 2, name: chapter })).toBeVisible();
      for (const section of sections) {
        const label = `${section.number} ${section.title}`;
        // 2.1 is a sub-heading of chapter 2 (h3), 2.3.1 a sub-heading of 2.3 (h4).
        const level = section.number.split('.').length + 1;
        await expect(page.getByRole('heading', { level, name: label, exact: true })).toBeVisible();
        const table = sectionTable(page, label);
        await expect(table).toHaveCount(1);
        await expect(table.getByRole('columnheader')).toHaveText([section.firstColumn, ...columns]);
        const rows = table.locator('tbody tr');
        await expect(rows).toHaveCount(section.rows.length);
        for (const [index, [text, priority, response]] of section.rows.entries()) {
          const row = rows.nth(index);
          await expect(row.getByRole('rowheader')).toHaveText(text);
          await expect(row.getByRole('cell').nth(0)).toHaveText(priority);
          await expect(row.locator('td.response')).toContainText(response);
          // Each row is an anchor and links to its event page.
          const id = await row.getAttribute('id');
          expect(id).toMatch(/^[a-z0-9-]+$/);
          await expect(row.getByRole('link', { name: text })).toHaveAttribute('href', `${path}events/${id}/`);
        }
      }
      await expect(page.locator('table.guide-events tbody tr')).toHaveCount(18);
      expect(errors).toEqual([]);
    });

    test('a priority legend with the four levels and their response times', async ({ page }) => {
      await page.goto(path);
      const legend = page.getByRole('table', { name: locale === 'it' ? 'Livelli di priorità' : 'Priority levels' });
      const expected =
        locale === 'it'
          ? [
              ['P1 CRITICO', '< 1 ora'],
              ['P2 ALTO', '< 2 ore'],
              ['P3 MEDIO', '< 4 ore'],
              ['P4 BASSO', '< 8 ore'],
            ]
          : [
              ['P1 CRITICAL', '< 1 hour'],
              ['P2 HIGH', '< 2 hours'],
              ['P3 MEDIUM', '< 4 hours'],
              ['P4 LOW', '< 8 hours'],
            ];
      await expect(legend.getByRole('rowheader')).toHaveText(expected.map(([priority]) => priority!));
      await expect(legend.locator('tbody td')).toHaveText(expected.map(([, response]) => response!));
    });

    test('descriptions render **bold** as <strong>, and the table of contents lists the sections', async ({ page }) => {
      await page.goto(path);
      const bold = locale === 'it' ? ['Database', 'Disco'] : ['database', 'disk'];
      const description = page.locator('h3#section-space-saturation').locator('xpath=../following-sibling::p[1]');
      await expect(description.locator('strong')).toHaveText(bold);
      await expect(description).not.toContainText('**');
      const toc = page.locator('starlight-toc nav');
      for (const section of sections) {
        await expect(toc.getByRole('link', { name: `${section.number} ${section.title}`, exact: true })).toHaveCount(1);
      }
    });

    test('a row anchor leads to the row, and its link to the event page', async ({ page }) => {
      await page.goto(`${path}#disk-space-running-low`);
      const row = page.locator('tr#disk-space-running-low');
      await expect(row).toBeInViewport();
      await row.getByRole('link').click();
      await expect(page).toHaveURL(`${path}events/disk-space-running-low/`);
    });
  });
}

test('the Italian definitions paragraph is the seed text', async ({ page }) => {
  await page.goto('/proactive-support/');
  await expect(page.getByRole('heading', { level: 2, name: '1 Definizioni' })).toBeVisible();
  const paragraph = page.locator('[id="1-definizioni"] + p');
  // Markdown typesets the apostrophe (l'invio → l’invio); the words are the seed's, exactly.
  const text = (await paragraph.textContent())?.replaceAll('\u2019', "'");
  expect(text).toBe(readSeedDefinitions());
});
