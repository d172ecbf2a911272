/**
 * The event table has no event data of its own: built from another catalogue (`CATALOG_FILE`),
 * its rows, cells, filters and deprecation marks are that catalogue's. One real build, into its
 * own folder; the browser behaviour is tested in test/e2e/events-table.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { ALTERNATE_OUT, alternateSite } from '../../support/alternate-site.ts';

/** The built table page of a language, parsed. */
function tablePage(prefix: '' | 'en/'): HTMLElement {
  return parse(readFileSync(path.join(ALTERNATE_OUT, prefix, 'proactive-support/events/index.html'), 'utf8'));
}

/** Text with whitespace collapsed. */
function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The data cells of an event's row, as text, without the column labels shown on narrow screens. */
function cells(page: HTMLElement, id: string): string[] {
  return page.querySelectorAll(`tr[data-event-id="${id}"] td`).map((cell) => {
    for (const label of cell.querySelectorAll('.cell-label')) label.remove();
    return text(cell);
  });
}

beforeAll(alternateSite, 300_000);

describe('the event table built from another catalogue', () => {
  test('rows are that catalogue’s events, in the guide’s section order', () => {
    const page = tablePage('');
    const ids = page.querySelectorAll('#events-table tbody tr').map((row) => row.getAttribute('data-event-id'));
    expect(ids).toEqual(['directory-sync-slow', 'sip-trunk-unreachable', 'sip-trunk-legacy-check']);
    expect(text(page.querySelector('[data-result-count]'))).toBe('3 eventi');
    expect(page.toString()).not.toMatch(/webex/i);
  });

  test('cells show its sections, applications, priorities and response times, in each language', () => {
    const italian = tablePage('');
    expect(cells(italian, 'directory-sync-slow')).toEqual([
      '2.1 Rete telefonica',
      'Contact Manager',
      'P2 NORMALE',
      '< 1 giorno',
    ]);
    expect(cells(italian, 'sip-trunk-unreachable')).toEqual([
      '2.1.1 Controllo dei trunk',
      'Non indicata',
      'P1 URGENTE',
      '< 30 minuti',
    ]);
    const english = tablePage('en/');
    expect(cells(english, 'sip-trunk-unreachable')).toEqual([
      '2.1.1 Trunk monitoring',
      'Not specified',
      'P1 URGENT',
      '< 30 minutes',
    ]);
    const link = english.querySelector('tr[data-event-id="directory-sync-slow"] th[scope="row"] a');
    expect(link?.getAttribute('href')).toBe('/en/proactive-support/events/directory-sync-slow/');
    expect(text(link)).toBe('Slow directory synchronization');
  });

  test('a deprecated event is in the table, marked as deprecated in words', () => {
    const deprecated = tablePage('').querySelector('tr[data-event-id="sip-trunk-legacy-check"]');
    expect(deprecated?.classList.contains('deprecated')).toBe(true);
    expect(text(deprecated?.querySelector('th'))).toContain('Deprecato');
    expect(text(tablePage('en/').querySelector('tr[data-event-id="sip-trunk-legacy-check"] th'))).toContain(
      'Deprecated',
    );
    const covered = tablePage('').querySelector('tr[data-event-id="sip-trunk-unreachable"] th');
    expect(text(covered)).not.toContain('Deprecato');
  });

  test('the filters offer its priorities, sections and applications', () => {
    const page = tablePage('en/');
    const options = (id: string): string[][] =>
      page.querySelectorAll(`#${id} option`).map((option) => [option.getAttribute('value') ?? '', text(option)]);
    expect(options('event-section')).toEqual([
      ['', 'All'],
      ['telephony-network', '2.1 Telephony network'],
      ['trunk-monitoring', '2.1.1 Trunk monitoring'],
    ]);
    expect(options('event-application')).toEqual([
      ['', 'All'],
      ['contact-manager', 'Contact Manager'],
    ]);
    const priorities = page
      .querySelectorAll('input[name="priority"]')
      .map((box) => [box.getAttribute('value'), text(box.parentNode)]);
    expect(priorities).toEqual([
      ['P1', 'P1 URGENT'],
      ['P2', 'P2 NORMAL'],
    ]);
  });
});
