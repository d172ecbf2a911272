/**
 * The event simulator on the built site, in both languages: picking an event, pasting a batch,
 * bad input, text shown as text, the shareable link, accessibility and a clean console.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations, recordPageErrors } from './support/checks.ts';

const PAGES = [
  {
    locale: 'it',
    path: '/proactive-support/simulator/',
    covered: 'Coperto dal Supporto Proattivo',
    notCovered: 'Non coperto dal Supporto Proattivo',
    critical: 'P1 CRITICO',
    line: 'Riga 3, colonna 33',
  },
  {
    locale: 'en',
    path: '/en/proactive-support/simulator/',
    covered: 'Covered by Proactive Support',
    notCovered: 'Not covered by Proactive Support',
    critical: 'P1 CRITICAL',
    line: 'Line 3, column 33',
  },
] as const;

/** Opens the simulator and waits until the catalogue is loaded. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('#simulator-status')).toContainText('1.');
}

/** Pastes payloads and runs them. */
async function simulate(page: Page, input: string): Promise<void> {
  await page.locator('#simulator-input').fill(input);
  await page.locator('#simulator-run').click();
}

const results = (page: Page) => page.locator('#simulator-results');

for (const p of PAGES) {
  test.describe(`simulator (${p.locale})`, () => {
    let errors: string[];
    test.beforeEach(({ page }) => {
      errors = recordPageErrors(page);
    });
    test.afterEach(() => {
      expect(errors).toEqual([]);
    });

    test('a picked P1 event at 10:00 Europe/Rome responds by 11:00 Europe/Rome', async ({ page }) => {
      await open(page, p.path);
      await page.getByLabel(/Fuso orario|Time zone/).selectOption('Europe/Rome');
      await page.locator('#simulator-event').fill('voip-stack-crash');
      await page.locator('#simulator-occurred').fill('2026-11-25T10:00');
      await page.locator('#simulator-pick-run').click();
      await expect(results(page)).toHaveAttribute('data-simulated-count', '1');
      const card = page.locator('#simulator-case-0');
      await expect(card).toContainText(p.covered);
      await expect(card).toContainText(p.critical);
      await expect(card.locator('.deadline')).toContainText('11:00');
      await expect(card.locator('.deadline')).toContainText('Europe/Rome, UTC+01:00');
      await expect(card.locator('.notification-it .subject')).toHaveText(
        '[ImagicleCare P1 CRITICO] Arresto anomalo dello stack VoIP',
      );
      await expect(card.locator('.notification-en .subject')).toHaveText('[ImagicleCare P1 CRITICAL] VoIP stack crash');
      await expect(card.getByRole('link', { name: /voip-stack-crash/ })).toHaveAttribute(
        'href',
        `${p.locale === 'en' ? '/en' : ''}/proactive-support/events/voip-stack-crash/`,
      );
      await expectNoA11yViolations(page);
    });

    test('across the change to summer time, 01:30 +01:00 responds by 03:30 +02:00', async ({ page }) => {
      await open(page, p.path);
      await page.locator('#simulator-tz').selectOption('Europe/Rome');
      await page.locator('#simulator-event').fill('cloud-api-unreachable');
      await page.locator('#simulator-occurred').fill('2026-03-29T01:30');
      await page.locator('#simulator-now').fill('2026-03-29T02:00');
      await page.locator('#simulator-pick-run').click();
      const card = page.locator('#simulator-case-0');
      await expect(card.locator('.deadline')).toContainText('03:30');
      await expect(card.locator('.deadline')).toContainText('UTC+02:00');
      await expect(card).toContainText('01:30 (Europe/Rome, UTC+01:00)');
      // "Now" is 02:00 +01:00 (= 03:00 +02:00): half an hour left.
      await expect(card).toContainText(p.locale === 'en' ? '30 min left' : 'mancano 30 min');
    });

    test('a batch becomes a triage queue in deadline order, with counts and expectations', async ({ page }) => {
      await open(page, p.path);
      await page.locator('#simulator-tz').selectOption('Europe/Rome');
      await simulate(
        page,
        [
          '{"event": "disk-space-running-low", "occurredAt": "2026-11-25T08:00:00+01:00", "expect": {"priority": "P4"}}',
          '{"event": "voip-stack-crash", "occurredAt": "2026-11-25T10:00:00+01:00", "expect": {"priority": "P2"}}',
          '{"event": "webex-presence-failure", "occurredAt": "2026-11-25T09:30:00+01:00"}',
        ].join('\n'),
      );
      await expect(results(page)).toHaveAttribute('data-simulated-count', '3');
      const rows = page.locator('#simulator-queue tbody tr');
      await expect(rows).toHaveCount(3);
      // Deadlines 11:00 (P1), 11:30 (P2), 16:00 (P4).
      await expect(rows.nth(0)).toContainText('voip-stack-crash');
      await expect(rows.nth(1)).toContainText('webex-presence-failure');
      await expect(rows.nth(2)).toContainText('disk-space-running-low');
      await expect(rows.nth(0)).toContainText('FAIL');
      await expect(rows.nth(2)).toContainText('PASS');
      await expect(page.locator('#simulator-summary')).toContainText('1 PASS, 1 FAIL');
      await expect(page.locator('.counts')).toContainText(`${p.critical}: 1`);
      await expectNoA11yViolations(page);
    });

    test('an unknown id is not covered and gets a suggestion', async ({ page }) => {
      await open(page, p.path);
      await simulate(page, '{"event": "voip-stack-crsh", "occurredAt": "2026-11-25T10:00:00+01:00"}');
      const card = page.locator('#simulator-case-0');
      await expect(card).toContainText(p.notCovered);
      await expect(card.locator('a.suggestion')).toHaveText('voip-stack-crash');
      await expect(page.locator('#simulator-queue')).toHaveCount(0);
    });

    test('payloads naming the same wrong id are listed once, with their count and expectations', async ({ page }) => {
      await open(page, p.path);
      const payload = (event: string, expect = '') =>
        `{"event": "${event}", "occurredAt": "2026-11-25T10:00:00+01:00"${expect}}`;
      await simulate(
        page,
        [
          payload('voip-stack-crsh'),
          payload('voip-stack-crash'),
          payload('voip-stack-crsh', ', "expect": {"covered": false}'),
          payload('no-such-event'),
        ].join('\n'),
      );
      await expect(results(page)).toHaveAttribute('data-simulated-count', '4');
      const entries = page.locator('#simulator-not-covered > li');
      await expect(entries).toHaveCount(2);
      await expect(entries.nth(0)).toContainText(
        p.locale === 'en'
          ? 'voip-stack-crsh · 2 payloads: [0], [2] PASS'
          : 'voip-stack-crsh · 2 payload: [0], [2] PASS',
      );
      await expect(entries.nth(0).locator('a.suggestion')).toHaveText('voip-stack-crash');
      await expect(entries.nth(1)).toContainText('no-such-event · 1 payload: [3]');
      await entries.nth(0).getByRole('link', { name: '[2]' }).click();
      await expect(page.locator('#simulator-case-2')).toBeFocused();
      await expectNoA11yViolations(page);
    });

    test('invalid JSON is reported at its line and column; schema errors by payload and field', async ({ page }) => {
      await open(page, p.path);
      await simulate(
        page,
        '[\n  {"event": "voip-stack-crash", "occurredAt": "2026-11-25T10:00:00+01:00"},\n  {"event": "application-crash" "occurredAt": "x"}\n]',
      );
      await expect(page.locator('#simulator-issues')).toContainText(p.line);
      await expect(results(page)).toHaveAttribute('data-simulated-count', '0');
      await simulate(
        page,
        '[{"event": "voip-stack-crash", "occurredAt": "2026-11-25T10:00:00+01:00"},\n {"event": "application-crash", "occurredAt": "2026-11-25 10:00"}]',
      );
      await expect(page.locator('#simulator-issues')).toContainText('payload [1]');
      await expect(page.locator('#simulator-issues')).toContainText('occurredAt');
      // The valid payload in the same batch is still simulated.
      await expect(results(page)).toHaveAttribute('data-simulated-count', '1');
      await expectNoA11yViolations(page);
    });

    test('input is shown as text: markup in the details never runs', async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await open(page, p.path);
      const markup = '<img src=x onerror=alert(1)>';
      await simulate(
        page,
        JSON.stringify({
          event: 'voip-stack-crash',
          occurredAt: '2026-11-25T10:00:00+01:00',
          host: markup,
          details: { note: markup },
        }),
      );
      const card = page.locator('#simulator-case-0');
      await expect(card.locator('.details')).toContainText(markup);
      await expect(card.locator('.notification-en .body')).toContainText(`(${markup})`);
      await expect(page.locator('#simulator-results img')).toHaveCount(0);
      await page.waitForTimeout(200);
      expect(dialogs).toBe(0);
    });

    test('the URL reproduces the simulation', async ({ page, context }) => {
      await open(page, p.path);
      await page.locator('#simulator-tz').selectOption('Europe/Rome');
      await simulate(
        page,
        '[{"event": "application-crash", "occurredAt": "2026-11-25T10:00:00+01:00"}, {"event": "nope-nope", "occurredAt": "2026-11-25T10:00:00+01:00"}]',
      );
      await expect(results(page)).toHaveAttribute('data-simulated-count', '2');
      await expect(page).toHaveURL(/#sim=z/);
      const url = page.url();
      const other = await context.newPage();
      const otherErrors = recordPageErrors(other);
      await other.goto(url);
      await expect(other.locator('#simulator-results')).toHaveAttribute('data-simulated-count', '2');
      await expect(other.locator('#simulator-input')).toHaveValue(/application-crash/);
      await expect(other.locator('#simulator-tz')).toHaveValue('Europe/Rome');
      await expect(other.locator('#simulator-case-0 .deadline')).toContainText('11:00');
      expect(otherErrors).toEqual([]);
      await page.locator('#simulator-copy').click();
      await expect(page.locator('#simulator-copy-status')).not.toBeEmpty();
    });

    test('keyboard only, at 320 px wide', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await open(page, p.path);
      await page.locator('#simulator-input').focus();
      await page.keyboard.insertText('{"event": "recording-too-long", "occurredAt": "2026-11-25T10:00:00+01:00"}');
      await page.keyboard.press('Tab'); // the file input
      await page.keyboard.press('Tab'); // the run button
      await expect(page.locator('#simulator-run')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(results(page)).toHaveAttribute('data-simulated-count', '1');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoA11yViolations(page);
    });
  });
}

test.describe('the picker finds events by title, in either language', () => {
  const cases = [
    { locale: 'it', path: '/proactive-support/simulator/', heading: 'Risultati', disk: 'Spazio su disco disponibile' },
    { locale: 'en', path: '/en/proactive-support/simulator/', heading: 'Results', disk: 'Available disk space' },
  ] as const;
  for (const c of cases) {
    test(`"disco" offers the two disk events; choosing one simulates it and focuses the results (${c.locale})`, async ({
      page,
    }) => {
      const errors = recordPageErrors(page);
      await open(page, c.path);
      // Italian words find the event on the English page too: the index holds both languages.
      await page.locator('#simulator-event').fill('disco');
      const matches = page.locator('#simulator-matches button');
      await expect(matches).toHaveCount(2);
      await expect(matches.filter({ hasText: 'disk-space-running-low' })).toContainText(c.disk);
      await expect(matches.filter({ hasText: 'disk-space-nearly-full' })).toBeVisible();
      // Enter with two matches asks to choose, on the first of them.
      await page.locator('#simulator-event').press('Enter');
      await expect(matches.first()).toBeFocused();
      await expect(page.locator('#simulator-matches-status')).toContainText('2');
      await matches.filter({ hasText: 'disk-space-running-low' }).click();
      await expect(results(page)).toHaveAttribute('data-simulated-count', '1');
      await expect(page.locator('#simulator-results-heading')).toBeFocused();
      await expect(page.locator('#simulator-results-heading')).toHaveText(c.heading);
      await expect(page.locator('#simulator-case-0')).toContainText('disk-space-running-low');
      await expect(page.locator('#simulator-event')).toHaveValue('disk-space-running-low');
      expect(errors).toEqual([]);
    });

    test(`"Webex" offers the Webex events; one match and "Simulate" focuses the results (${c.locale})`, async ({
      page,
    }) => {
      await open(page, c.path);
      await page.locator('#simulator-event').fill('Webex');
      const matches = page.locator('#simulator-matches button');
      await expect(matches.first()).toBeVisible();
      expect(await matches.count()).toBeGreaterThan(1);
      for (const text of await matches.allInnerTexts()) expect(text).toMatch(/webex/i);
      // More words narrow the matches down to one, which "Simulate" runs directly.
      await page.locator('#simulator-event').fill('Webex presence');
      await expect(matches).toHaveCount(1);
      await expect(matches).toContainText('webex-presence-failure');
      await page.locator('#simulator-pick-run').click();
      await expect(page.locator('#simulator-case-0')).toContainText('webex-presence-failure');
      await expect(page.locator('#simulator-results-heading')).toBeFocused();
    });
  }
});
