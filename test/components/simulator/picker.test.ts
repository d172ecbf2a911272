import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/catalog/search.ts';
import { loadCatalog } from '../../../src/catalog/source/read.ts';
import { findEvents, matchTitle } from '../../../src/components/simulator/picker.ts';

const catalog = loadCatalog('catalog/catalog.yaml', 'en');
const alternate = loadCatalog('test/fixtures/site/alternate-catalog.yaml', 'en');
const ids = (text: string, locale: 'it' | 'en' = 'it') =>
  findEvents(createSearchIndex(catalog, locale), text).map((event) => event.id);

describe('findEvents', () => {
  it('finds by words of the title in either language, with the table search', () => {
    expect(ids('disco').sort()).toEqual(['disk-space-nearly-full', 'disk-space-running-low']);
    expect(ids('disco', 'en').sort()).toEqual(['disk-space-nearly-full', 'disk-space-running-low']);
    expect(ids('disk space low', 'en')).toEqual(['disk-space-running-low']);
    expect(ids('Webex').length).toBeGreaterThan(1);
    expect(ids('Webex').every((id) => id.startsWith('webex-'))).toBe(true);
  });

  it('takes an exact id or an exact title as the one event, even when other events contain it', () => {
    expect(ids('voip-stack-crash')).toEqual(['voip-stack-crash']);
    expect(ids('  Webex presence failure ', 'en')).toEqual(['webex-presence-failure']);
  });

  it('finds nothing for blank text or words no event has', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zzz-nothing')).toEqual([]);
  });
});

describe('matchTitle', () => {
  it('marks a deprecated event as not covered, in the page language', () => {
    const index = createSearchIndex(alternate, 'it');
    const [legacy] = findEvents(index, 'sip-trunk-legacy-check');
    const [current] = findEvents(index, 'sip-trunk-unreachable');
    expect(matchTitle(legacy!, 'it', 'deprecato, non coperto')).toMatch(/\(deprecato, non coperto\)$/);
    expect(matchTitle(current!, 'it', 'deprecato, non coperto')).not.toMatch(/deprecato/);
  });
});
