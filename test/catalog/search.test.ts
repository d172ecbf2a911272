/** The event table's search, filters, orders and URL state, on the logic catalogue and the search fixture. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCatalog } from '../../src/catalog/source/resolve.ts';
import { loadCatalog } from '../../src/catalog/source/read.ts';
import { logicCatalog } from '../support/logic-catalog.ts';
import {
  DEFAULT_QUERY,
  SORT_KEYS,
  createSearchIndex,
  isUnfiltered,
  normalizeText,
  parseEventQuery,
  queryWords,
  searchEvents,
  serializeEventQuery,
  type EventQuery,
} from '../../src/catalog/search.ts';
import { synthesizeCatalog } from '../../src/catalog/source/synth.ts';

// The logic catalogue: 13 events in 2.1, 2.2, 2.3 and its sub-sections 2.3.1 and 2.3.2.
const catalog = logicCatalog();
const ids = (query: Partial<EventQuery>, locale: 'it' | 'en' = 'it'): string[] =>
  searchEvents(catalog, query, locale).map((event) => event.id);

const WEBEX = [
  'webex-cdr-download-failed',
  'webex-token-expired',
  'webex-presence-lost',
  'webex-user-sync-stalled',
  'webex-user-sync-legacy',
];
const P1 = ['voip-gateway-crash', 'attendant-crash', 'cloud-relay-unreachable'];
const P4 = ['webex-user-sync-stalled', 'webex-user-sync-legacy', 'disk-space-low'];

describe('normalizeText', () => {
  it('folds case and accents', () => {
    expect(normalizeText('Priorità ALTA')).toBe('priorita alta');
    expect(normalizeText('Capacità déjà ÀÈÌÒÙ')).toBe('capacita deja aeiou');
  });

  it('folds precomposed and decomposed forms alike', () => {
    expect(normalizeText('e\u0301')).toBe(normalizeText('\u00e9'));
  });

  it('splits a query into folded words, ignoring extra spaces', () => {
    expect(queryWords('  Webex   CDR ')).toEqual(['webex', 'cdr']);
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('searchEvents: free text', () => {
  it('returns every event, in catalogue order, for an empty query', () => {
    expect(ids({})).toEqual(catalog.events.map((event) => event.id));
    expect(catalog.events).toHaveLength(13);
  });

  it('finds the five Webex events in either language, whatever the case', () => {
    expect(ids({ q: 'webex' })).toEqual(WEBEX);
    expect(ids({ q: 'WEBEX' }, 'en')).toEqual(WEBEX);
  });

  it('is accent-insensitive both ways', () => {
    // "capacità" is only in the title of section 2.3.1; "affidabilità" only in one event's title.
    const capacity = ['recording-channels-full', 'attendant-licenses-full'];
    expect(ids({ q: 'capacita' })).toEqual(capacity);
    expect(ids({ q: 'capacità' })).toEqual(capacity);
    expect(ids({ q: 'affidabilita' })).toEqual(['replication-stopped']);
  });

  it('requires every word to match, in any order', () => {
    const both = ['webex-cdr-download-failed', 'webex-token-expired'];
    expect(ids({ q: 'webex cdr' })).toEqual(both);
    expect(ids({ q: 'CDR   webex' })).toEqual(both);
    expect(ids({ q: 'webex voip' })).toEqual([]);
  });

  it('searches the title in the other language', () => {
    expect(ids({ q: 'channels exhausted' }, 'it')).toEqual(['recording-channels-full']);
    expect(ids({ q: 'esaurimento canali' }, 'en')).toEqual(['recording-channels-full']);
  });

  it('searches the id', () => {
    expect(ids({ q: 'webex-user-sync' })).toEqual(['webex-user-sync-stalled', 'webex-user-sync-legacy']);
    // The titles say "CDR download" with a space: only the id has the hyphen.
    expect(ids({ q: 'cdr-download' })).toEqual(['webex-cdr-download-failed']);
  });

  it('searches the section number as the guide prints it, and the section title in both languages', () => {
    expect(ids({ q: '2.3.2' })).toEqual(['cloud-relay-unreachable']);
    expect(ids({ q: 'Cloud connection error' })).toEqual(['cloud-relay-unreachable']);
    expect(ids({ q: 'degradazione' })).toEqual(['voip-gateway-crash', 'attendant-crash', 'replication-stopped']);
  });

  it('searches the application name', () => {
    expect(ids({ q: 'analytics' })).toEqual(['webex-token-expired']);
  });

  it('does not match a word across two fields', () => {
    // The English title ends in "crash" and the id starts with "voip": joined naively they would read "crashvoip".
    expect(ids({ q: 'crashvoip' })).toEqual([]);
    expect(ids({ q: 'crash\nvoip' })).toEqual(['voip-gateway-crash']);
  });
});

describe('searchEvents: filters', () => {
  it('filters by priority', () => {
    expect(ids({ priority: ['P1'] })).toEqual(P1);
    expect(ids({ priority: ['P4'] })).toEqual(P4);
    expect(ids({ priority: ['P1', 'P4'] })).toHaveLength(6);
  });

  it('filters by section, sub-sections included', () => {
    expect(ids({ section: 'saturation' })).toEqual([
      'disk-space-low',
      'disk-nearly-full',
      'recording-channels-full',
      'attendant-licenses-full',
      'cloud-relay-unreachable',
    ]);
    expect(ids({ section: 'capacity' })).toHaveLength(2);
    expect(ids({ section: 'cloud' })).toEqual(['cloud-relay-unreachable']);
  });

  it('filters by application', () => {
    expect(ids({ application: 'auto-attendant' })).toEqual(['attendant-crash', 'attendant-licenses-full']);
  });

  it('combines filters and text', () => {
    expect(ids({ q: 'webex', priority: ['P2'] })).toEqual(['webex-cdr-download-failed', 'webex-presence-lost']);
    expect(ids({ priority: ['P2', 'P3'], section: 'saturation' })).toEqual([
      'disk-nearly-full',
      'recording-channels-full',
      'attendant-licenses-full',
    ]);
    expect(ids({ priority: ['P2', 'P3'], section: 'saturation', application: 'auto-attendant' })).toEqual([
      'attendant-licenses-full',
    ]);
    expect(ids({ q: 'licenze', priority: ['P1'] })).toEqual([]);
  });

  it('knows when a query filters nothing', () => {
    expect(isUnfiltered({ ...DEFAULT_QUERY, q: '  ', sort: 'title' })).toBe(true);
    expect(isUnfiltered({ ...DEFAULT_QUERY, priority: ['P1'] })).toBe(false);
  });
});

describe('searchEvents: sorting', () => {
  it('sorts by priority, most urgent first, ties in the guide order', () => {
    expect(ids({ sort: 'priority' })).toEqual([
      ...P1,
      'webex-cdr-download-failed',
      'webex-presence-lost',
      'attendant-licenses-full',
      'replication-stopped',
      'webex-token-expired',
      'disk-nearly-full',
      'recording-channels-full',
      ...P4,
    ]);
  });

  it('sorts by response time, shortest first', () => {
    const minutes = searchEvents(catalog, { sort: 'response-time' }).map((event) => event.responseMinutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
    expect(minutes[0]).toBe(30);
    expect(minutes.at(-1)).toBe(24 * 60);
  });

  it('sorts by title in the page language', () => {
    // "Arresto anomalo del gateway" before "Arresto anomalo dell'Auto": a space sorts before a letter.
    expect(ids({ sort: 'title' }, 'it')).toEqual([
      'voip-gateway-crash',
      'attendant-crash',
      'webex-cdr-download-failed',
      'recording-channels-full',
      'attendant-licenses-full',
      'cloud-relay-unreachable',
      'webex-presence-lost',
      'replication-stopped',
      'webex-user-sync-stalled',
      'webex-user-sync-legacy',
      'disk-space-low',
      'disk-nearly-full',
      'webex-token-expired',
    ]);
    expect(ids({ sort: 'title' }, 'en')).toEqual([
      'attendant-crash',
      'recording-channels-full',
      'disk-nearly-full',
      'disk-space-low',
      'replication-stopped',
      'cloud-relay-unreachable',
      'attendant-licenses-full',
      'voip-gateway-crash',
      'webex-cdr-download-failed',
      'webex-token-expired',
      'webex-presence-lost',
      'webex-user-sync-stalled',
      'webex-user-sync-legacy',
    ]);
  });

  it('sorts titles by letter, not by code point: an accented capital is not last', () => {
    const source = synthesizeCatalog(3);
    source.events[0]!.title.it = 'Zeta';
    source.events[1]!.title.it = 'Élite';
    source.events[2]!.title.it = 'alfa';
    const titles = searchEvents(resolveCatalog(source, 'x'), { sort: 'title' }, 'it').map((event) => event.title.it);
    expect(titles).toEqual(['alfa', 'Élite', 'Zeta']);
  });

  it('sorts by section number, sub-sections after their parent, catalogue order within a section', () => {
    const synthetic = resolveCatalog(synthesizeCatalog(400), 'x');
    const numbers = new Map(synthetic.categories.map((category) => [category.id, category.number]));
    const sorted = searchEvents(synthetic, { sort: 'section' });
    const sectionSequence = sorted.map((event) => numbers.get(event.category));
    // Each section appears as one contiguous run, in the guide's order.
    const runs = sectionSequence.filter((number, i) => number !== sectionSequence[i - 1]);
    expect(runs).toEqual(synthetic.categories.map((category) => category.number));
    expect(runs.slice(0, 5)).toEqual(['1', '2', '3', '3.1', '4']);
    const first = sorted.filter((event) => event.category === 'synthetic-section-1').map((event) => event.id);
    expect(first).toEqual(synthetic.events.filter((e) => e.category === 'synthetic-section-1').map((e) => e.id));
  });

  it('gives the same results from a reused index as from the catalogue', () => {
    const index = createSearchIndex(catalog, 'en');
    for (const sort of SORT_KEYS) {
      expect(searchEvents(index, { q: 'webex', sort })).toEqual(searchEvents(catalog, { q: 'webex', sort }, 'en'));
    }
  });
});

describe('view state in the URL query', () => {
  it('reads every parameter', () => {
    expect(
      parseEventQuery(
        '?q=webex+cdr&priority=P1&priority=P2&section=anomalies&application=call-analytics&sort=title',
        catalog,
      ),
    ).toEqual({
      q: 'webex cdr',
      priority: ['P1', 'P2'],
      section: 'anomalies',
      application: 'call-analytics',
      sort: 'title',
    });
  });

  it('reads an empty query as the default view', () => {
    expect(parseEventQuery('', catalog)).toEqual(DEFAULT_QUERY);
    expect(serializeEventQuery({ ...DEFAULT_QUERY })).toBe('');
  });

  it('ignores unknown parameters and values instead of failing', () => {
    expect(
      parseEventQuery(
        '?priority=P9&priority=P1&priority=P1&section=nope&application=&sort=random&foo=bar&q=%E2%9C%93',
        catalog,
      ),
    ).toEqual({ ...DEFAULT_QUERY, q: '✓', priority: ['P1'] });
    expect(parseEventQuery('?sort=constructor&section=__proto__', catalog)).toEqual(DEFAULT_QUERY);
    expect(parseEventQuery(`?q=${'a'.repeat(5000)}`, catalog).q).toHaveLength(200);
  });

  it('writes priorities in catalogue order, whatever order the link had', () => {
    const query = parseEventQuery('?priority=P3&priority=P1', catalog);
    expect(serializeEventQuery(query)).toBe('?priority=P1&priority=P3');
  });

  it('round-trips a view through the URL', () => {
    const views: EventQuery[] = [
      { q: 'priorità alta', priority: ['P2'], section: 'saturation', application: '', sort: 'priority' },
      { q: 'a&b=c?#', priority: [], section: '', application: 'call-recording', sort: 'response-time' },
      { ...DEFAULT_QUERY, sort: 'title' },
    ];
    for (const view of views) {
      const url = serializeEventQuery(view);
      expect(url.startsWith('?')).toBe(true);
      expect(parseEventQuery(url, catalog)).toEqual(view);
    }
    expect(serializeEventQuery({ ...DEFAULT_QUERY, q: '  webex ' })).toBe('?q=webex');
  });
});

describe('searching by priority and response time (fixture catalogue)', () => {
  const fixture = loadCatalog(path.resolve(import.meta.dirname, '../fixtures/search/catalog.yaml'), 'en');
  const found = (q: string, locale: 'it' | 'en' = 'it'): string[] =>
    searchEvents(fixture, { q }, locale).map((event) => event.id);

  it('finds events by their priority id, in any case', () => {
    expect(found('P1')).toEqual(['webex-cdr-not-downloaded']);
    expect(found('p2')).toEqual(['webex-presence-failure', 'cdr-token-problem']);
  });

  it('finds events by the priority label in either language, whatever the page language', () => {
    expect(found('critico')).toEqual(['webex-cdr-not-downloaded']);
    expect(found('critical')).toEqual(['webex-cdr-not-downloaded']);
    expect(found('CRITICAL', 'en')).toEqual(['webex-cdr-not-downloaded']);
    expect(found('medio')).toEqual(['licenses-exhausted']);
  });

  it('combines a priority word with other words', () => {
    expect(found('webex alto')).toEqual(['webex-presence-failure']);
    expect(found('cdr critical')).toEqual(['webex-cdr-not-downloaded']);
  });

  it('finds events by the response time as the table shows it', () => {
    expect(found('4 ore')).toEqual(['licenses-exhausted']);
    expect(found('ora')).toEqual(['webex-cdr-not-downloaded']);
  });
});
