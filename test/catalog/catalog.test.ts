import { describe, expect, it } from 'vitest';
import { formatResponseTime } from '../../src/catalog/time/duration.ts';
import { lookupCategory as getCategory, lookupPriority as getPriority } from '../../src/catalog/lookups.ts';
import { checkCatalogFile, DEFAULT_CATALOG_FILE, loadCatalog } from '../../src/catalog/source/read.ts';
import { readSeedSections } from '../support/seed.ts';

const catalog = loadCatalog(DEFAULT_CATALOG_FILE);
const seed = readSeedSections();

describe('the committed catalogue', () => {
  it('validates without findings', () => {
    expect(checkCatalogFile(DEFAULT_CATALOG_FILE).findings).toEqual([]);
  });

  it('has the 18 events of the seed, 3, 6, 4, 4 and 1 per section', () => {
    expect(seed.map((section) => section.rows.length)).toEqual([3, 6, 4, 4, 1]);
    expect(catalog.events).toHaveLength(18);
    const perSection = catalog.categories.map(
      (category) => catalog.events.filter((event) => event.category === category.id).length,
    );
    expect(perSection).toEqual([3, 6, 4, 4, 1]);
  });

  it("keeps the seed's sections: numbering, hierarchy, titles, descriptions and column headings", () => {
    expect(catalog.categories.map((category) => `2.${category.number}`)).toEqual(seed.map((section) => section.number));
    expect(catalog.categories.map((category) => category.title.it)).toEqual(seed.map((section) => section.title));
    expect(catalog.categories.map((category) => category.description.it)).toEqual(
      seed.map((section) => section.description),
    );
    expect(
      catalog.categories.map((category) => (category.eventsHeading === 'events' ? 'EVENTI MONITORATI' : 'DESCRIZIONE')),
    ).toEqual(seed.map((section) => section.heading));
    expect(getCategory(catalog, 'capacity-saturation')?.path).toEqual(['space-saturation', 'capacity-saturation']);
  });

  it("lists every event in the seed's order with its text, priority and response time", () => {
    const rows = seed.flatMap((section) => section.rows.map((row) => ({ ...row, section: section.number })));
    const actual = catalog.events.map((event) => {
      const priority = getPriority(catalog, event.priority)!;
      return {
        title: event.title.it,
        priority: event.priority,
        label: priority.label.it,
        responseTime: formatResponseTime(event.responseTime, 'it'),
        section: `2.${getCategory(catalog, event.category)!.number}`,
      };
    });
    expect(actual).toEqual(rows);
  });

  it('gives each priority the response time of the glossary in English', () => {
    expect(
      catalog.priorities.map(
        (priority) => `${priority.id} ${priority.label.en} ${formatResponseTime(priority.responseTime, 'en')}`,
      ),
    ).toEqual(['P1 CRITICAL < 1 hour', 'P2 HIGH < 2 hours', 'P3 MEDIUM < 4 hours', 'P4 LOW < 8 hours']);
  });

  it('has an English text for every Italian one', () => {
    for (const event of catalog.events) expect(event.title.en.trim()).not.toBe('');
    for (const category of catalog.categories) expect(category.description.en.trim()).not.toBe('');
  });
});
