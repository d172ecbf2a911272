import { describe, expect, it } from 'vitest';
import { parsePublishedCatalog, publishedJson } from '../../../src/catalog/source/published.ts';
import { loadCatalog } from '../../../src/catalog/source/read.ts';
import { LOGIC_CATALOG } from '../../support/logic-catalog.ts';

/** The logic catalogue as published, edited by `change` (as a hand would edit the file). */
function published(change: (data: Record<string, any>) => void = () => {}): string {
  const data = JSON.parse(publishedJson(loadCatalog(LOGIC_CATALOG, 'en')));
  change(data);
  return JSON.stringify(data, null, 2);
}

describe('parsePublishedCatalog', () => {
  it('reads what the build publishes', () => {
    const { catalog, findings } = parsePublishedCatalog(published(), 'catalog.json');
    expect(findings).toEqual([]);
    expect(catalog?.events.length).toBeGreaterThan(0);
  });

  it('locates each problem of a hand-edited file, in English or Italian', () => {
    const text = published((data) => {
      data.priorities[0].responseTime = '2 hours';
      data.events[0].responseMinutes = 'sixty';
      data.events[1].priority = 'P9';
    });
    const messages = (locale: 'it' | 'en') =>
      parsePublishedCatalog(text, 'catalog.json', locale).findings.map((finding) => finding.message);
    expect(messages('en')).toEqual([
      'priorities[0].responseTime "2 hours" has the wrong format',
      'events[0].responseMinutes: Invalid input: expected number, received string',
    ]);
    expect(messages('it')).toEqual([
      'priorities[0].responseTime "2 hours" ha un formato non valido',
      'events[0].responseMinutes: Input non valido: atteso numero, ricevuto string',
    ]);
    const [first] = parsePublishedCatalog(text, 'catalog.json', 'it').findings;
    expect(first?.hint).toBe(
      'Un catalogo pubblicato è scritto da `npm run catalog:release` o dalla build: non modificarlo a mano.',
    );
    // A reference to nothing is found once the shape is right.
    const dangling = published((data) => (data.events[1].priority = 'P9'));
    expect(parsePublishedCatalog(dangling, 'catalog.json', 'it').findings.map((finding) => finding.message)).toEqual([
      'events[1].priority si riferisce a "P9", che non esiste',
    ]);
  });

  it('says where the JSON breaks, in the maintainer’s language', () => {
    const truncated = published().slice(0, 200);
    const [english] = parsePublishedCatalog(truncated, 'catalog.json', 'en').findings;
    const [italian] = parsePublishedCatalog(truncated, 'catalog.json', 'it').findings;
    expect(english?.message).toMatch(/^not valid JSON: /);
    expect(italian?.message).toMatch(/^JSON non valido: /);
    expect([italian?.line, italian?.col]).toEqual([english?.line, english?.col]);
  });
});
