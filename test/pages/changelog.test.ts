/**
 * The changelog page built from a fixture history (releases 1.0.0 and 1.1.0 plus an unreleased
 * working catalogue 1.2.0): a real `astro build` with `RELEASES_DIR` and `CATALOG_FILE`, then the HTML.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseFeed } from '@rowanmanning/feed-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';

const V = path.join(PROJECT_ROOT, 'test/fixtures/versions');
const outDir = mkdtempSync(path.join(tmpdir(), 'changelog-build-'));

beforeAll(async () => {
  await promisify(execFile)('npx', ['astro', 'build'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ASTRO_OUT_DIR: outDir,
      CATALOG_FILE: path.join(V, 'history-next.yaml'),
      RELEASES_DIR: path.join(V, 'history'),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
}, 300_000);
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
});

function page(prefix: string): HTMLElement {
  return parse(readFileSync(path.join(outDir, prefix, 'proactive-support/changelog/index.html'), 'utf8'));
}

/** Each version entry: its heading, date line and change lines, in page order. */
function entries(root: HTMLElement) {
  return root.querySelectorAll('main section.changelog-entry').map((section) => ({
    id: section.querySelector('h2')?.id,
    heading: section.querySelector('h2')?.text.trim(),
    date: section.querySelector('time')?.getAttribute('datetime'),
    text: section.text.replace(/\s+/g, ' ').trim(),
    changes: section.querySelectorAll('li').map((item) => item.text.replace(/\s+/g, ' ').trim()),
    links: section.querySelectorAll('li a').map((link) => link.getAttribute('href')),
  }));
}

describe('changelog page from a fixture history', () => {
  it('lists the versions newest first in Italian, with dates and changes in customer words', () => {
    const root = page('');
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('it');
    expect(root.querySelector('h1')?.text.trim()).toBe('Novità del catalogo');
    const [next, minor, first] = entries(root);
    expect(entries(root)).toHaveLength(3);
    expect(next).toMatchObject({ id: 'unreleased', heading: 'Versione 1.2.0 (non ancora pubblicata)' });
    expect(next?.date).toBeUndefined();
    // The English-only title correction is left out of the Italian page.
    expect(next?.changes).toEqual([
      'Webex CDR non scaricati: deprecato, sostituito da “Webex presence fallita”: Unito al controllo della presence.',
    ]);
    expect(next?.links).toEqual(['/proactive-support/events/webex-cdr-not-downloaded/']);
    expect(minor).toMatchObject({ id: 'version-1-1-0', heading: 'Versione 1.1.0', date: '2026-02-15' });
    expect(minor?.text).toContain('Pubblicata il 15 febbraio 2026');
    expect(minor?.text).toContain('Aggiornamento funzionale: eventi aggiunti, deprecati o riorganizzati');
    expect(minor?.changes).toEqual([
      'Webex presence fallita: priorità alzata da P3 MEDIO a P2 ALTO, tempo di risposta ora < 2 ore',
    ]);
    expect(first).toMatchObject({ id: 'version-1-0-0', heading: 'Versione 1.0.0', date: '2026-01-10' });
    // base.yaml has 8 events, one of them deprecated.
    expect(first?.text).toContain('Prima versione pubblicata: 7 eventi coperti dal Supporto Proattivo.');
  });

  it('shows the same history in English, with English text changes', () => {
    const root = page('en');
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('h1')?.text.trim()).toBe('Catalogue changelog');
    const [next, minor, first] = entries(root);
    expect(next).toMatchObject({ id: 'unreleased', heading: 'Version 1.2.0 (not yet released)' });
    expect(next?.changes).toEqual([
      'Webex CDR not downloaded: deprecated, replaced by “Webex presence failure”: Merged into the presence check.',
      'Available disk space running low: title changed (was “Disk space running low”)',
    ]);
    expect(next?.links).toEqual([
      '/en/proactive-support/events/webex-cdr-not-downloaded/',
      '/en/proactive-support/events/disk-space-running-low/',
    ]);
    // Each link leads to a page of the same build.
    for (const link of next?.links ?? []) expect(existsSync(path.join(outDir, link!, 'index.html'))).toBe(true);
    expect(minor?.text).toContain('Published on February 15, 2026');
    expect(minor?.text).toContain('Feature update: events added, deprecated or reorganised');
    expect(minor?.changes).toEqual([
      'Webex presence failure: priority raised from P3 MEDIUM to P2 HIGH, response time now < 2 hours',
    ]);
    expect(first?.text).toContain('First published version: 7 events covered by Proactive Support.');
  });

  it('lists every version in the table of contents', () => {
    const toc = page('en')
      .querySelectorAll('starlight-toc a')
      .map((link) => link.getAttribute('href'));
    expect(toc).toEqual(expect.arrayContaining(['#unreleased', '#version-1-1-0', '#version-1-0-0']));
  });
});

describe('changelog feed from the same fixture history', () => {
  /** The feed of a language, checked well-formed by a strict XML parser, then read by an Atom parser. */
  function feed(prefix: string) {
    const text = readFileSync(path.join(outDir, prefix, 'proactive-support/changelog.xml'), 'utf8');
    expect(SyntaxValidator.validate(text)).toBe(true);
    return parseFeed(text);
  }

  it('has one entry per recorded release, newest first, without the unreleased work', () => {
    const site = 'https://care.imagicle.com';
    for (const [prefix, lang, heading] of [
      ['', 'it', 'Versione'],
      ['en', 'en', 'Version'],
    ] as const) {
      const parsed = feed(prefix);
      const base = `${site}${prefix ? `/${prefix}` : ''}/proactive-support/`;
      expect(parsed.meta.type).toBe('atom');
      expect(parsed.language).toBe(lang);
      expect(parsed.self).toBe(`${base}changelog.xml`);
      expect(parsed.url).toBe(`${base}changelog/`);
      expect(parsed.authors.map(({ name }) => name)).toEqual(['Imagicle spa']);
      expect(parsed.updated?.toISOString()).toBe('2026-02-15T00:00:00.000Z');
      expect(parsed.items.map((item) => [item.title, item.url, item.updated?.toISOString()])).toEqual([
        [`${heading} 1.1.0`, `${base}changelog/#version-1-1-0`, '2026-02-15T00:00:00.000Z'],
        [`${heading} 1.0.0`, `${base}changelog/#version-1-0-0`, '2026-01-10T00:00:00.000Z'],
      ]);
      expect(new Set(parsed.items.map((item) => item.id)).size).toBe(2);
    }
  });

  it('says what changed in the changelog page’s words, linking the events', () => {
    const [minor, first] = feed('en').items;
    const content = parse(minor?.content ?? '');
    expect(content.querySelector('li')?.text).toBe(
      'Webex presence failure: priority raised from P3 MEDIUM to P2 HIGH, response time now < 2 hours',
    );
    expect(content.querySelector('li a')?.getAttribute('href')).toBe(
      'https://care.imagicle.com/en/proactive-support/events/webex-presence-failure/',
    );
    expect(content.text).toContain('Feature update: events added, deprecated or reorganised');
    expect(parse(first?.content ?? '').text).toBe('First published version: 7 events covered by Proactive Support.');
    expect(parse(feed('').items[0]?.content ?? '').querySelector('li')?.text).toBe(
      'Webex presence fallita: priorità alzata da P3 MEDIO a P2 ALTO, tempo di risposta ora < 2 ore',
    );
  });

  it('is announced on every page and linked from the changelog page', () => {
    for (const prefix of ['', 'en']) {
      const href = `${prefix ? `/${prefix}` : ''}/proactive-support/changelog.xml`;
      for (const file of ['index.html', 'proactive-support/index.html', 'proactive-support/changelog/index.html']) {
        const root = parse(readFileSync(path.join(outDir, prefix, file), 'utf8'));
        expect(root.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe(
          href,
        );
      }
      expect(page(prefix).querySelector(`main a[href="${href}"]`)).not.toBeNull();
    }
  });
});
