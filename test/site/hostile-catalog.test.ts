/**
 * No catalogue text ever becomes markup: the site built from a catalogue whose every text (both
 * languages) is an attack (`test/fixtures/site/hostile-catalog.yaml`: `</title><script>`,
 * `<meta http-equiv=refresh>`, `<base href>`, `"><svg onload>`, `[x](javascript:…)`, template
 * expressions, formulas) is opened page by page in Chromium: no dialog, no CSP violation, no
 * request leaving the site, no navigation, no injected element, and the CSP `<meta>` at the top
 * of `<head>`. The payloads show as text where the page shows the catalogue's texts.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles, urlPathOf } from './built-site.ts';
import { HOSTILE_OUT, hostileSite } from '../support/alternate-site.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await hostileSite();
  server = await serveFolder(HOSTILE_OUT);
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What an attack could have done to a page, as observed by the browser. */
interface Observed {
  problems: string[];
  page: Page;
}

/** Opens a page, recording dialogs, CSP violations, foreign requests and page errors. */
async function open(urlPath: string): Promise<Observed> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(server.url)) return route.continue();
    problems.push(`request outside the site: ${route.request().url()}`);
    return route.abort();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(server.url + urlPath, { waitUntil: 'domcontentloaded' });
  return { problems, page };
}

/** Elements and attributes no catalogue text may create. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const selectors = [
      'base',
      'meta[http-equiv="refresh" i]',
      'iframe',
      'textarea:not(#simulator-input)',
      'svg[onload]',
      'img[src="x"]',
      'a[href^="javascript:" i]',
    ];
    for (const selector of selectors)
      for (const element of document.querySelectorAll(selector)) found.push(element.outerHTML.slice(0, 120));
    for (const element of document.querySelectorAll('*'))
      for (const attribute of element.getAttributeNames())
        if (attribute.startsWith('on')) found.push(`${element.tagName} ${attribute}`);
    for (const script of document.querySelectorAll('script'))
      if (script.textContent?.includes('alert(')) found.push(`script: ${script.textContent.slice(0, 80)}`);
    return found;
  });
}

/** Whether the CSP `<meta>` is in `<head>`, preceded by nothing but `<meta charset>`. */
async function cspFirstInHead(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const elements = [...document.head.children];
    const at = elements.findIndex((element) => element.matches('meta[http-equiv="content-security-policy" i]'));
    return at >= 0 && elements.slice(0, at).every((element) => element.matches('meta[charset]'));
  });
}

/** Waits long enough for a `<meta http-equiv=refresh content=0>` to have navigated. */
const settle = (page: Page) => page.waitForTimeout(300);

const pages = () => htmlFiles(HOSTILE_OUT).map(urlPathOf);

describe('the site built from a hostile catalogue', () => {
  test('builds every page type, in both languages', () => {
    const built = pages();
    for (const prefix of ['/', '/en/'])
      for (const page of [
        '',
        'proactive-support/',
        'proactive-support/events/',
        'proactive-support/events/hostile-title/',
        'proactive-support/events/hostile-deprecated/',
        'proactive-support/simulator/',
        'proactive-support/changelog/',
        'proactive-support/integration/',
      ])
        expect(built).toContain(prefix + page);
  });

  test('no page runs, loads or injects anything, and the CSP leads every <head>', async () => {
    const report: Record<string, string[]> = {};
    for (const urlPath of pages()) {
      const { page, problems } = await open(urlPath);
      await settle(page);
      if (new URL(page.url()).pathname !== urlPath.replace(/index\.html$/, ''))
        problems.push(`navigated to ${page.url()}`);
      problems.push(...(await injected(page)));
      if (!(await cspFirstInHead(page))) problems.push('the CSP <meta> is not at the top of <head>');
      if (problems.length > 0) report[urlPath] = problems;
      await page.close();
    }
    expect(report).toEqual({});
  }, 240_000);

  test('titles are text: in <title>, the heading and Open Graph, in both languages', async () => {
    const payload = '</title><script>alert(1)</script>';
    for (const [prefix, site] of [
      ['', 'Guida ImagicleCare'],
      ['/en', 'ImagicleCare guide'],
    ] as const) {
      const { page, problems } = await open(`${prefix}/proactive-support/events/hostile-title/`);
      expect(await page.title()).toBe(`${payload} | ${site}`);
      expect(await page.locator('h1').textContent()).toBe(payload);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(payload);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  test('the simulator shows a hostile event as text in its result and notifications', async () => {
    for (const prefix of ['', '/en']) {
      const { page, problems } = await open(`${prefix}/proactive-support/simulator/`);
      await page.locator('#simulator-event').fill('hostile-title');
      await page.locator('#simulator-occurred').fill('2026-11-25T10:00');
      await page.locator('#simulator-pick-run').click();
      const card = page.locator('#simulator-case-0');
      await card.waitFor();
      expect(await card.locator('.notification-en .subject').textContent()).toContain(
        '</title><script>alert(1)</script>',
      );
      await settle(page);
      expect(await injected(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  test('the table search shows hostile texts as text', async () => {
    const { page, problems } = await open('/en/proactive-support/events/');
    await page.locator('#event-search').fill('alert');
    await expect
      .poll(() => page.locator('#events-table tbody tr:not([hidden])').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await settle(page);
    expect(await injected(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
