/**
 * An event's page as a customer reaches it from a notification, in both languages: what the event
 * means (its section's description, from the seed), what Imagicle commits to, the notification
 * they receive (the simulator's templates) and whom to contact.
 */
import { expect, test } from '@playwright/test';
import { loadCatalog } from '../../src/catalog/source/read.ts';
import { lookupEvent as getEvent } from '../../src/catalog/lookups.ts';
import { renderNotificationPreview } from '../../src/catalog/simulator/notification.ts';
import { readSeedSections } from '../support/seed.ts';
import { expectNoA11yViolations, recordPageErrors } from './support/checks.ts';

const EVENT = 'disk-space-running-low';
const SITE = (process.env['SITE_URL'] ?? 'https://care.imagicle.com').replace(/\/$/, '');
const GUIDE_URL = process.env['IMAGICLECARE_GUIDE_URL'] ?? 'https://www.imagicle.com/';
/** Section 2.3 as the seed words it, without its `**bold**` markers. */
const SEED_DESCRIPTION = readSeedSections()
  .find((section) => section.number === '2.3')!
  .description.replace(/\*\*/g, '');

const CASES = [
  {
    locale: 'it',
    path: `/proactive-support/events/${EVENT}/`,
    headings: {
      meaning: 'Che cosa significa',
      commitment: 'Che cosa farà Imagicle',
      notification: 'La notifica che ricevi',
      contact: 'Chi contattare',
      others: 'Altri eventi della sezione',
    },
    description: SEED_DESCRIPTION,
    commitment:
      'Livello di priorità P4 BASSO, tempo di risposta < 8 ore. Il nostro team di supporto ti contatterà entro questo termine.',
    subject: '[ImagicleCare P4 BASSO] Spazio su disco disponibile in esaurimento',
    preview: 'Anteprima della notifica',
    guideLink: 'guida dedicata',
    others: [
      'Spazio su disco disponibile vicino alla saturazione',
      'Spazio disponibile sul database in esaurimento',
      'Spazio disponibile sul database vicino alla saturazione',
    ],
  },
  {
    locale: 'en',
    path: `/en/proactive-support/events/${EVENT}/`,
    headings: {
      meaning: 'What it means',
      commitment: 'What Imagicle will do',
      notification: 'The notification you receive',
      contact: 'Whom to contact',
      others: 'Other events of the section',
    },
    description: 'A full database or disk could degrade or interrupt the service.',
    commitment:
      'Priority level P4 LOW, response time < 8 hours. Our support team will get in touch with you within this time.',
    subject: '[ImagicleCare P4 LOW] Available disk space running low',
    preview: 'Notification preview',
    guideLink: 'dedicated guide',
    others: [
      'Available disk space nearly full',
      'Available database space running low',
      'Available database space nearly full',
    ],
  },
] as const;

for (const c of CASES) {
  test.describe(`event page (${c.locale})`, () => {
    test('says what the event means and what Imagicle will do', async ({ page }) => {
      const errors = recordPageErrors(page);
      await page.goto(c.path);
      const meaning = page.getByRole('region', { name: c.headings.meaning });
      await expect(meaning).toContainText(c.description);
      await expect(page.getByRole('region', { name: c.headings.commitment })).toHaveText(
        new RegExp(`^\\s*${c.headings.commitment}\\s*${c.commitment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`),
      );
      const others = page.getByRole('region', { name: c.headings.others }).getByRole('link');
      await expect(others).toHaveText(c.others);
      expect(errors).toEqual([]);
    });

    test('shows the notification the customer receives, from the simulator’s templates', async ({ page }) => {
      await page.goto(c.path);
      const figure = page.getByRole('region', { name: c.headings.notification }).getByRole('figure', {
        name: c.preview,
      });
      await expect(figure).toContainText(c.subject);
      const body = (await figure.locator('pre').textContent()) ?? '';
      const catalog = loadCatalog();
      const expected = renderNotificationPreview(catalog, {
        event: getEvent(catalog, EVENT)!,
        locale: c.locale,
        url: `${SITE}${c.path}`,
        placeholders: {
          occurredAt: c.locale === 'it' ? '[data e ora del rilevamento]' : '[date and time of detection]',
          deadline:
            c.locale === 'it'
              ? '[data e ora entro cui ti contatteremo]'
              : '[date and time by which we will contact you]',
        },
      });
      expect(body).toBe(expected.body);
      // The page states the same commitment as the e-mail, and the e-mail links back to this page.
      expect(body).toContain(c.commitment.split('. ').at(-1));
      expect(body).toContain(`${SITE}${c.path}`);
    });

    test('says whom to contact, with links that open a call, a mail and the guide', async ({ page }) => {
      // axe-core takes a while on a shared machine.
      test.slow();
      await page.goto(c.path);
      const contact = page.getByRole('region', { name: c.headings.contact });
      await expect(contact.getByRole('link', { name: '+39.0584.943232' })).toHaveAttribute('href', 'tel:+390584943232');
      await expect(contact.getByRole('link', { name: 'info@imagicle.com' })).toHaveAttribute(
        'href',
        'mailto:info@imagicle.com',
      );
      await expect(contact.getByRole('link', { name: 'www.imagicle.com' })).toHaveAttribute(
        'href',
        'https://www.imagicle.com/',
      );
      await expect(contact.getByRole('link', { name: c.guideLink })).toHaveAttribute('href', GUIDE_URL);
      await expectNoA11yViolations(page);
    });
  });
}

test('a phone-width event page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(CASES[0].path);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the definitions link the ImagicleCare guide of the configuration, not this site', async ({ page }) => {
  for (const [path, names] of [
    ['/proactive-support/', ['guida di ImagicleCare', 'guida dedicata']],
    ['/en/proactive-support/', ['ImagicleCare guide', 'dedicated guide']],
  ] as const) {
    await page.goto(path);
    for (const name of names) {
      await expect(page.locator('main').getByRole('link', { name, exact: true })).toHaveAttribute('href', GUIDE_URL);
    }
  }
});
