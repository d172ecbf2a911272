/**
 * The guide has no event data of its own: built from another catalogue (`CATALOG_FILE`), its
 * pages show that catalogue's sections, events, priorities and deprecations, and nothing of the
 * committed one. One real build, into its own folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { ALTERNATE_OUT, alternateSite } from '../support/alternate-site.ts';

const out = ALTERNATE_OUT;

/** A built page, parsed. */
function page(urlPath: string): HTMLElement {
  return parse(readFileSync(path.join(out, urlPath, 'index.html'), 'utf8'));
}

/** Text with whitespace collapsed. */
function text(element: HTMLElement | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

beforeAll(alternateSite, 300_000);

describe('the site built from another catalogue', () => {
  test('the guide shows its sections, numbered and nested as that catalogue says', () => {
    const guide = page('proactive-support');
    expect(text(guide.querySelector('h3#section-telephony-network'))).toBe('2.1 Rete telefonica');
    expect(text(guide.querySelector('h4#section-trunk-monitoring'))).toBe('2.1.1 Controllo dei trunk');
    expect(guide.querySelector('#section-service-degradation')).toBeNull();
    const headings = guide.querySelectorAll('table[data-section="trunk-monitoring"] th[scope="col"]').map(text);
    expect(headings).toEqual(['Descrizione', 'Livello di priorità', 'Tempo di risposta']);
  });

  test('descriptions render **bold** and escape any HTML of the catalogue', () => {
    const guide = page('proactive-support');
    const description = guide.querySelector('h3#section-telephony-network')?.parentNode?.nextElementSibling;
    expect(description?.innerHTML).toBe(
      'Problemi della <strong>rete</strong> che &lt;b&gt;interrompono&lt;/b&gt; le chiamate.',
    );
  });

  test('rows carry that catalogue’s events, priorities and response times', () => {
    const guide = page('proactive-support');
    const rows = guide.querySelectorAll('table.guide-events tbody tr');
    expect(rows.map((row) => row.getAttribute('id'))).toEqual([
      'directory-sync-slow',
      'sip-trunk-unreachable',
      'sip-trunk-legacy-check',
    ]);
    const unreachable = guide.querySelector('tr#sip-trunk-unreachable');
    expect(text(unreachable?.querySelector('th') ?? null)).toBe('Trunk SIP irraggiungibile');
    expect(text(unreachable?.querySelector('.priority-badge') ?? null)).toBe('P1 URGENTE');
    expect(text(unreachable?.querySelector('td.response') ?? null)).toContain('< 30 minuti');
    expect(text(guide.querySelector('tr#directory-sync-slow td.response'))).toContain('< 1 giorno');
    expect(guide.querySelector('#voip-stack-crash')).toBeNull();
  });

  test('a deprecated event is marked, links its replacement and is not counted as covered', () => {
    const guide = page('en/proactive-support');
    const row = guide.querySelector('tr#sip-trunk-legacy-check');
    expect(text(row?.querySelector('.deprecation') ?? null)).toBe(
      'Deprecated (not covered) · Replaced by: SIP trunk unreachable',
    );
    expect(row?.querySelector('.deprecation a')?.getAttribute('href')).toBe(
      '/en/proactive-support/#sip-trunk-unreachable',
    );
    expect(text(guide.querySelector('.covered-summary'))).toBe(
      'Catalogue version 2.1.0, updated on March 15, 2027: 2 covered events.',
    );
    const eventPage = page('en/proactive-support/events/sip-trunk-legacy-check');
    const aside = text(eventPage.querySelector('aside'));
    expect(aside).toContain('Event deprecated in catalogue version 2.0.0 and no longer covered.');
    expect(aside).toContain('Replaced by a more precise check.');
    expect(eventPage.querySelector('aside a')?.getAttribute('href')).toBe(
      '/en/proactive-support/events/sip-trunk-unreachable/',
    );
    // The simulator's picker marks it too: test/components/simulator/picker.test.ts.
  });

  test('one page per event and language, with only what the catalogue says', () => {
    expect(existsSync(path.join(out, 'proactive-support/events/voip-stack-crash'))).toBe(false);
    const it = page('proactive-support/events/directory-sync-slow');
    expect(text(it.querySelector('h1'))).toBe('Sincronizzazione rubrica lenta');
    expect(it.querySelectorAll('.event-facts dd').map(text)).toEqual([
      '2.1 Rete telefonica',
      'Contact Manager',
      'P2 NORMALE',
      '< 1 giorno',
      'directory-sync-slow',
    ]);
    const en = page('en/proactive-support/events/sip-trunk-unreachable');
    expect(text(en.querySelector('.event-description'))).toBe('The SIP trunk does not answer OPTIONS messages.');
    expect(en.querySelectorAll('.event-facts dd a').map((link) => link.getAttribute('href'))).toEqual([
      '/en/proactive-support/#section-telephony-network',
      '/en/proactive-support/#section-trunk-monitoring',
    ]);
  });
});
