/** The simulator's event picker, on the logic catalogue (test/fixtures/logic/catalog.yaml). */
import { describe, expect, it } from 'vitest';
import { createSearchIndex, searchEvents } from '../../../src/catalog/search.ts';
import { findEvents, matchTitle } from '../../../src/components/simulator/picker.ts';
import { logicCatalog } from '../../support/logic-catalog.ts';

const catalog = logicCatalog();
const ids = (text: string, locale: 'it' | 'en' = 'it') =>
  findEvents(createSearchIndex(catalog, locale), text).map((event) => event.id);

describe('findEvents', () => {
  it('finds by words of the title in either language, with the table search', () => {
    expect(ids('disco').sort()).toEqual(['disk-nearly-full', 'disk-space-low']);
    expect(ids('disco', 'en').sort()).toEqual(['disk-nearly-full', 'disk-space-low']);
    expect(ids('disk space low', 'en')).toEqual(['disk-space-low']);
    expect(ids('Webex').length).toBeGreaterThan(1);
    expect(ids('Webex').every((id) => id.startsWith('webex-'))).toBe(true);
  });

  it('takes an exact id or an exact title as the one event, even when other events contain it', () => {
    expect(ids('voip-gateway-crash')).toEqual(['voip-gateway-crash']);
    // The deprecated event's title is this one followed by "(old check)": the table's search finds both.
    const title = 'Webex user synchronization stalled';
    expect(searchEvents(catalog, { q: title }, 'en')).toHaveLength(2);
    expect(ids(`  ${title} `, 'en')).toEqual(['webex-user-sync-stalled']);
  });

  it('finds nothing for blank text or words no event has', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zzz-nothing')).toEqual([]);
  });
});

describe('matchTitle', () => {
  it('marks a deprecated event as not covered, in the page language', () => {
    const index = createSearchIndex(catalog, 'it');
    const [legacy] = findEvents(index, 'webex-user-sync-legacy');
    const [current] = findEvents(index, 'webex-user-sync-stalled');
    expect(matchTitle(legacy!, 'it', 'deprecato, non coperto')).toBe(
      'Sincronizzazione utenti Webex ferma (vecchio controllo) (deprecato, non coperto)',
    );
    expect(matchTitle(current!, 'it', 'deprecato, non coperto')).toBe('Sincronizzazione utenti Webex ferma');
  });
});
