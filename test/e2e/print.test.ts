/**
 * The guide page on paper, in Chromium's print media and printed to PDF: no navigation, the page's
 * address and catalogue version, external link targets after their links, and no heading or
 * table head left alone at the bottom of a sheet.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const GUIDE = {
  it: {
    path: '/proactive-support/',
    version: 'Catalogo versione 1.0.0 del 25 novembre 2026',
    heads: /^(EVENTI MONITORATI|DESCRIZIONE|Eventi monitorati|Descrizione)\b/,
  },
  en: {
    path: '/en/proactive-support/',
    version: 'Catalogue version 1.0.0 of November 25, 2026',
    heads: /^(MONITORED EVENTS|DESCRIPTION|Monitored events|Description)\b/,
  },
} as const;

for (const locale of ['it', 'en'] as const) {
  const guide = GUIDE[locale];

  test(`the guide page prints its content alone, with address, version and link targets (${locale})`, async ({
    page,
  }) => {
    await page.goto(guide.path);
    const meta = page.locator('.print-meta');
    await expect(meta).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['header.header', 'nav.sidebar', '.right-sidebar-container', '.pagination-links']) {
      await expect(page.locator(chrome).first(), chrome).toBeHidden();
    }
    await expect(page.locator('.pdf-download')).toBeHidden();
    await expect(meta).toBeVisible();
    // The address is the public one (the site's configured address), with the page's path.
    await expect(meta).toContainText(`https://care.imagicle.com${guide.path}`);
    await expect(meta).toContainText(guide.version);
    const web = page.locator('address.company a[href^="https://"]');
    expect(await web.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(
      `" (https://www.imagicle.com/)"`,
    );
    // A relative link keeps its words only.
    const internal = page.locator('.sl-markdown-content a[href^="/"]').first();
    expect(await internal.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('none');
    const heading = page.locator('.sl-markdown-content h3').first();
    expect(await heading.evaluate((element) => getComputedStyle(element).breakAfter)).toBe('avoid');
  });

  test(`printed to A4, no page ends with a heading or a table head (${locale})`, async ({ page }) => {
    await page.goto(guide.path);
    await page.emulateMedia({ media: 'print' });
    const dir = mkdtempSync(path.join(tmpdir(), 'care-print-'));
    try {
      const file = path.join(dir, 'guide.pdf');
      writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
      const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
        .split('\f')
        .filter((text) => text.trim() !== '');
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((text, index) => {
        const lines = text
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        const last = lines.at(-1) ?? '';
        if (index < pages.length - 1) {
          expect(last, `last line of page ${index + 1}`).not.toMatch(/^\d+(\.\d+)* \S/);
          expect(last, `last line of page ${index + 1}`).not.toMatch(guide.heads);
        }
      });
      const all = pages.join('\n');
      expect(all).toContain(`https://care.imagicle.com${guide.path}`);
      expect(all).not.toMatch(locale === 'it' ? /Cerca|Vai al contenuto/ : /Search|Skip to content/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
