/** Suggestions of the event search on a fixture catalogue: closest words, only queries that find events. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, searchEvents } from '../../src/catalog/search.ts';
import { searchVocabulary, suggestSearch } from '../../src/catalog/search-suggest.ts';
import { loadCatalog } from '../../src/catalog/source/read.ts';

const catalog = loadCatalog(path.resolve(import.meta.dirname, '../fixtures/search/catalog.yaml'), 'en');
const index = createSearchIndex(catalog, 'it');

describe('suggestSearch', () => {
  it('suggests the catalogue word closest to a typo', () => {
    expect(searchEvents(index, { q: 'webx' })).toEqual([]);
    expect(suggestSearch(index, { q: 'webx' })[0]).toBe('webex');
  });

  it('keeps the words that match and fixes the one that does not', () => {
    expect(suggestSearch(index, { q: 'webex presense' })).toEqual(['webex presence']);
  });

  it('suggests the word as the catalogue writes it, accents included', () => {
    expect(searchVocabulary(index).get('capacita')).toBe('capacità');
    expect(suggestSearch(index, { q: 'capacitta' })[0]).toBe('capacità');
  });

  it('offers only queries that find events under the same filters', () => {
    // "webex" exists, but no Webex event has priority P3.
    expect(suggestSearch(index, { q: 'webx', priority: ['P3'] })).toEqual([]);
    expect(suggestSearch(index, { q: 'webx', priority: ['P2'] })).toEqual(['webex']);
  });

  it('suggests nothing when every word finds events on its own, or nothing is close', () => {
    // Both words exist, in different events: a spelling fix cannot help.
    expect(searchEvents(index, { q: 'webex licenze' })).toEqual([]);
    expect(suggestSearch(index, { q: 'webex licenze' })).toEqual([]);
    expect(suggestSearch(index, { q: 'zzzzzzzz' })).toEqual([]);
    expect(suggestSearch(index, { q: '' })).toEqual([]);
  });
});
