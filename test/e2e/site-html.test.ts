/**
 * Whole-site checks over the built folder (`ASTRO_OUT_DIR`, default `dist`, after `npm run build`):
 * every HTML page is valid (W3C Nu Html Checker and html-validate, zero errors) and no internal
 * link or anchor is broken.
 * They read files, so they need no browser; they live with the browser tests because they need
 * the build.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildFolder, findBrokenLinks, htmlFiles } from '../site/built-site.ts';
import { siteValidator } from '../site/html-validate.ts';
import { checkFolder, formatVnuMessage } from '../site/vnu.ts';

const folder = buildFolder();
const files = htmlFiles(folder);

test('the build has the pages of both languages', () => {
  expect(files).toContain('index.html');
  expect(files).toContain('en/index.html');
  expect(files).toContain('proactive-support/index.html');
  expect(files).toContain('en/proactive-support/index.html');
  expect(
    files.filter((file) => /^(en\/)?proactive-support\/events\/[^/]+\/index\.html$/.test(file)).length,
  ).toBeGreaterThan(0);
});

test('every built page is valid HTML', async () => {
  const validator = siteValidator();
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(path.join(folder, file), 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(
          `${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message} (${message.selector ?? ''})`,
        );
      }
    }
  }
  expect(problems, `${problems.length} problems in ${files.length} pages`).toEqual([]);
});

test('every built page passes the W3C Nu Html Checker (vnu)', async () => {
  // One JVM run over the whole folder: about 20 s for the 49 pages of the real catalogue.
  test.setTimeout(240_000);
  const errors = (await checkFolder(folder)).map((message) => formatVnuMessage(folder, message));
  expect(errors, `${errors.length} errors in ${files.length} pages`).toEqual([]);
});

test('no internal link or anchor is broken', () => {
  const broken = findBrokenLinks(folder, files).map(({ from, href, reason }) => `${from} → ${href}: ${reason}`);
  expect(broken).toEqual([]);
});

test('the sitemap lists both languages of each page as alternates, at the configured site', () => {
  const site = (process.env['SITE_URL'] ?? 'https://care.imagicle.com').replace(/\/$/, '');
  const sitemap = readFileSync(path.join(folder, 'sitemap-0.xml'), 'utf8');
  const entry = (loc: string): string =>
    sitemap.match(new RegExp(`<url><loc>${loc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</loc>.*?</url>`))?.[0] ?? '';
  for (const route of ['proactive-support/', 'proactive-support/events/disk-space-running-low/']) {
    const italian = entry(`${site}/${route}`);
    expect(italian).toContain(`hreflang="it" href="${site}/${route}"`);
    expect(italian).toContain(`hreflang="en" href="${site}/en/${route}"`);
    expect(entry(`${site}/en/${route}`)).toContain(`hreflang="it" href="${site}/${route}"`);
  }
});
