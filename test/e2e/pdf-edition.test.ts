/**
 * The PDF edition on the built site: linked from the guide page (its language) and from the
 * integration page (both), served as PDFs; and the seed's legal lines in the company block.
 */
import { expect, test } from '@playwright/test';
import { COMPANY_LEGAL } from '../../src/guide/company.ts';

const PDF = {
  it: '/pdf/imagiclecare-proactive-support.it.pdf',
  en: '/pdf/imagiclecare-proactive-support.en.pdf',
} as const;
const PREFIX = { it: '/', en: '/en/' } as const;

for (const locale of ['it', 'en'] as const) {
  test(`the guide page links to its PDF, which downloads (${locale})`, async ({ page, request }) => {
    await page.goto(`${PREFIX[locale]}proactive-support/`);
    const link = page.getByRole('link', {
      name: locale === 'it' ? 'Scarica questa pagina in PDF' : 'Download this page as a PDF',
    });
    await expect(link).toHaveAttribute('href', PDF[locale]);
    await expect(link.locator('..')).toContainText(
      locale === 'it' ? 'catalogo versione 1.0.0' : 'catalogue version 1.0.0',
    );
    const response = await request.get(PDF[locale]);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test(`the integration page links to both PDFs (${locale})`, async ({ page }) => {
    await page.goto(`${PREFIX[locale]}proactive-support/integration/`);
    for (const path of Object.values(PDF)) {
      await expect(page.getByRole('link', { name: path })).toHaveAttribute('href', path);
    }
  });

  test(`the company block carries the seed's legal lines (${locale})`, async ({ page }) => {
    await page.goto(`${PREFIX[locale]}proactive-support/`);
    const legal = page.locator('address.company .company-legal');
    await expect(legal).toBeVisible();
    await expect(legal).toHaveAttribute('lang', 'en');
    for (const line of COMPANY_LEGAL[locale]) await expect(legal).toContainText(line);
  });
}
