/**
 * The guide site as a whole, in a real browser: language switch, search, event pages, company
 * block, alternates, and a strict Content-Security-Policy that the
 * browser never has to enforce against our own pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { recordPageErrors } from './support/checks.ts';

const EVENT = 'disk-space-running-low';

/** The three page types this site owns, in both languages. */
const PAGE_TYPES = {
  home: { it: '/', en: '/en/' },
  guide: { it: '/proactive-support/', en: '/en/proactive-support/' },
  event: { it: `/proactive-support/events/${EVENT}/`, en: `/en/proactive-support/events/${EVENT}/` },
} as const;

/** The language picker in the header. */
async function switchLanguage(page: Page, label: 'English' | 'Italiano'): Promise<void> {
  // The picker navigates from a script: make sure it is listening before choosing.
  await page.evaluate(() => customElements.whenDefined('starlight-lang-select'));
  await page.locator('header starlight-lang-select select').selectOption({ label });
  await page.waitForURL((url) => url.pathname.startsWith('/en/') === (label === 'English'), { timeout: 15_000 });
}

test.describe('language switch', () => {
  for (const [type, paths] of Object.entries(PAGE_TYPES)) {
    test(`lands on the same ${type} page in the other language`, async ({ page }) => {
      await page.goto(paths.it);
      await switchLanguage(page, 'English');
      await expect(page).toHaveURL(paths.en);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await switchLanguage(page, 'Italiano');
      await expect(page).toHaveURL(paths.it);
      await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    });
  }
});

test.describe('language switch on a phone', () => {
  test.use({ viewport: { width: 320, height: 800 } });
  test('the home page, which has no menu, links the other language', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Read this guide in English' }).click();
    await expect(page).toHaveURL('/en/');
    await page.getByRole('link', { name: 'Leggi la guida in italiano' }).click();
    await expect(page).toHaveURL('/');
  });
});

test.describe('search', () => {
  const cases = [
    { locale: 'it', path: '/', query: 'disco', prefix: '/proactive-support/events/' },
    { locale: 'en', path: '/en/', query: 'disk', prefix: '/en/proactive-support/events/' },
  ] as const;
  for (const { locale, path, query, prefix } of cases) {
    test(`"${query}" finds the disk event pages (${locale})`, async ({ page }) => {
      const errors = recordPageErrors(page);
      await page.goto(path);
      const open = page.locator('header site-search button[data-open-modal]');
      await expect(open).toBeEnabled();
      await open.click();
      await page.getByRole('dialog').getByRole('textbox').fill(query);
      const links = page.locator('#starlight__search a.pagefind-ui__result-link');
      // The first search loads Pagefind's WebAssembly and index fragments: on a loaded 2-core CI
      // machine the results have taken more than the default 5 s to appear.
      await expect(links.first()).toBeVisible({ timeout: 20_000 });
      await expect
        .poll(async () =>
          links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
        )
        .toEqual(expect.arrayContaining([`${prefix}disk-space-running-low/`, `${prefix}disk-space-nearly-full/`]));
      // Each language has its own index: no result leads to the other language.
      const hrefs = await links.evaluateAll((anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      for (const href of hrefs) expect(href.startsWith('/en/')).toBe(locale === 'en');
      expect(errors).toEqual([]);
    });
  }
});

test.describe('event page', () => {
  const cases = [
    {
      locale: 'it',
      title: 'Spazio su disco disponibile in esaurimento',
      facts: [
        ['Sezione', '2.3 Saturazione dello spazio'],
        ['Applicazione', '— non indicata'],
        ['Livello di priorità', 'P4 BASSO'],
        ['Tempo di risposta', '< 8 ore'],
        ['Identificativo', EVENT],
      ],
      back: 'Torna alla sezione 2.3 Saturazione dello spazio',
      table: 'Tabella di tutti gli eventi',
    },
    {
      locale: 'en',
      title: 'Available disk space running low',
      facts: [
        ['Section', '2.3 Space saturation'],
        ['Application', '— not specified'],
        ['Priority level', 'P4 LOW'],
        ['Response time', '< 8 hours'],
        ['Identifier', EVENT],
      ],
      back: 'Back to section 2.3 Space saturation',
      table: 'Table of all events',
    },
  ] as const;
  for (const { locale, title, facts, back, table } of cases) {
    test(`shows what the catalogue says, with links back (${locale})`, async ({ page }) => {
      const path = PAGE_TYPES.event[locale];
      const guide = PAGE_TYPES.guide[locale];
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('.event-facts dt')).toHaveText(facts.map(([term]) => term));
      await expect(page.locator('.event-facts dd')).toHaveText(facts.map(([, value]) => value));
      await expect(page.getByRole('link', { name: back })).toHaveAttribute('href', `${guide}#section-space-saturation`);
      await expect(page.getByRole('link', { name: table })).toHaveAttribute('href', `${guide}events/`);
      await page.getByRole('link', { name: back }).click();
      await expect(page).toHaveURL(`${guide}#section-space-saturation`);
      await expect(page.locator('#section-space-saturation')).toBeInViewport();
    });
  }

  test('an event with an application and a sub-section names both', async ({ page }) => {
    await page.goto('/en/proactive-support/events/recording-too-long/');
    const section = page.locator('.event-facts dd').first();
    await expect(section.getByRole('link')).toHaveText(['2.3 Space saturation', '2.3.1 Capacity saturation']);
    await expect(page.locator('.event-facts dd').nth(1)).toHaveText('Call Recording');
  });
});

test.describe('site frame', () => {
  for (const locale of ['it', 'en'] as const) {
    test(`company block, sidebar and alternates (${locale})`, async ({ page }) => {
      await page.goto(PAGE_TYPES.guide[locale]);
      const company = page.locator('address.company');
      await expect(company).toContainText('Imagicle spa');
      await expect(company).toContainText('Via Fondacci, 272');
      await expect(company).toContainText('55054 Massarosa (LU) Italy');
      await expect(company).toContainText('+39.0584.943232');
      await expect(company).toContainText('+39.0584.943325');
      await expect(company.getByRole('link', { name: 'info@imagicle.com' })).toHaveAttribute(
        'href',
        'mailto:info@imagicle.com',
      );
      await expect(company.getByRole('link', { name: 'www.imagicle.com' })).toHaveAttribute(
        'href',
        'https://www.imagicle.com/',
      );

      const prefix = locale === 'it' ? '/' : '/en/';
      const sidebar = page.locator('#starlight__sidebar');
      for (const route of ['', 'events/', 'simulator/', 'integration/', 'changelog/']) {
        await expect(sidebar.locator(`a[href="${prefix}proactive-support/${route}"]`)).toHaveCount(1);
      }
      await expect(
        sidebar.getByRole('link', { name: locale === 'it' ? 'Eventi coperti' : 'Covered events' }),
      ).toHaveAttribute('aria-current', 'page');

      const site = (process.env['SITE_URL'] ?? 'https://care.imagicle.com').replace(/\/$/, '');
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${prefix}proactive-support/`);
      await expect(page.locator('link[rel="alternate"][hreflang="it"]')).toHaveAttribute(
        'href',
        `${site}/proactive-support/`,
      );
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        'href',
        `${site}/en/proactive-support/`,
      );
      await expect(page.locator('link[rel~="icon"]')).toHaveAttribute('href', '/favicon.svg');
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        'content',
        locale === 'it' ? /Supporto Proattivo/ : /Proactive Support/,
      );
    });
  }
});

// Accessibility, console and CSP violations of every page type: every-page.test.ts.
test.describe('Content-Security-Policy', () => {
  for (const [type, paths] of Object.entries(PAGE_TYPES)) {
    test(`the ${type} page carries the strict policy`, async ({ page }) => {
      await page.goto(paths.it);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const directives = new Map(
        (policy ?? '')
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .filter((parts) => parts[0])
          .map(([name, ...values]) => [name!, values]),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'self'"]);
      expect(directives.get('form-action')).toEqual(["'self'"]);
      const scripts = directives.get('script-src') ?? [];
      expect(scripts).toContain("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(directives.get('style-src') ?? []).not.toContain("'unsafe-inline'");
    });
  }

  test('every inline script of a page is allowed by a hash of the policy', async ({ page }) => {
    for (const path of Object.values(PAGE_TYPES).flatMap((paths) => [paths.it, paths.en])) {
      await page.goto(path);
      const { policy, inline } = await page.evaluate(async () => {
        const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
        const bodies = [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '');
        const hashes = await Promise.all(
          bodies.map(async (body) => {
            const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
            return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
          }),
        );
        return { policy: meta?.getAttribute('content') ?? '', inline: hashes };
      });
      expect(inline.length).toBeGreaterThan(0);
      for (const hash of inline) expect(policy, path).toContain(hash);
    }
  });
});
