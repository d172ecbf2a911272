import { guideSectionNumber } from '../../src/catalog/labels.ts';
import { describe, expect, test } from 'vitest';
import { resolveCatalog } from '../../src/catalog/source/resolve.ts';
import type { CatalogSource } from '../../src/catalog/source/schema.ts';
import {
  eventPath,
  eventRowHref,
  guideSections,
  priorityResponse,
  priorityTone,
  sectionHeadingLevel,
  OTHER_EVENTS_SHOWN,
  sectionHref,
  sectionNeighbours,
  sectionTrail,
} from '../../src/guide/sections.ts';
import { priorityLabel, sectionLabel } from '../../src/catalog/labels.ts';
import { addSectionsToToc, sectionTocEntries } from '../../src/guide/toc.ts';

const text = (it: string, en: string) => ({ it, en });
const source: CatalogSource = {
  version: '1.0.0',
  updated: '2026-01-01',
  priorities: [
    { id: 'P1', label: text('CRITICO', 'CRITICAL'), responseTime: 'PT1H' },
    { id: 'P5', label: text('MINIMO', 'MINIMAL'), responseTime: 'PT8H' },
  ],
  applications: [],
  categories: [
    { id: 'a', title: text('Alfa', 'Alpha'), description: text('a', 'a') },
    { id: 'b', title: text('Beta', 'Beta'), description: text('b', 'b') },
    { id: 'b-one', parent: 'b', title: text('Beta uno', 'Beta one'), description: text('c', 'c') },
  ],
  events: [
    { id: 'e1', category: 'b-one', priority: 'P1', title: text('Uno', 'One') },
    { id: 'e2', category: 'a', priority: 'P5', title: text('Due', 'Two') },
  ],
};
const catalog = resolveCatalog(source, 'hash');
const [alpha, beta, betaOne] = catalog.categories as [any, any, any];

describe('sections as the seed numbers them', () => {
  test('numbers sit in chapter 2, sub-sections one heading level down', () => {
    expect([alpha, beta, betaOne].map(guideSectionNumber)).toEqual(['2.1', '2.2', '2.2.1']);
    expect([alpha, betaOne].map(sectionHeadingLevel)).toEqual([3, 4]);
    expect(sectionLabel(betaOne, 'en')).toBe('2.2.1 Beta one');
  });
  test('each section lists the events filed directly under it', () => {
    expect(guideSections(catalog).map(({ category, events }) => [category.id, events.map((e) => e.id)])).toEqual([
      ['a', ['e2']],
      ['b', []],
      ['b-one', ['e1']],
    ]);
    expect(sectionTrail(catalog, catalog.events[0]!).map((c) => c.id)).toEqual(['b', 'b-one']);
  });
});

describe('priorities', () => {
  test('read as text, in both languages', () => {
    const [p1, p5] = catalog.priorities as [any, any];
    expect(priorityLabel(p1, 'it')).toBe('P1 CRITICO');
    expect(priorityResponse(p1, 'en')).toBe('< 1 hour');
    expect(priorityResponse(p5, 'it')).toBe('< 8 ore');
    expect([priorityTone(p1), priorityTone(p5)]).toEqual(['p1', 'other']);
  });
});

test('links per locale', () => {
  expect(eventPath('it', 'e1')).toBe('/proactive-support/events/e1/');
  expect(eventPath('en', 'e1')).toBe('/en/proactive-support/events/e1/');
  expect(eventRowHref('en', 'e1')).toBe('/en/proactive-support/#e1');
  expect(sectionHref('it', betaOne)).toBe('/proactive-support/#section-b-one');
});

describe('table of contents', () => {
  test('sections nest under the chapter-2 heading', () => {
    const items = [
      { depth: 2, slug: '_top', text: 'Overview', children: [] },
      { depth: 2, slug: '1-definitions', text: '1 Definitions', children: [] },
      { depth: 2, slug: '2-events-covered', text: '2 Events covered', children: [] },
    ];
    expect(addSectionsToToc(items, sectionTocEntries(catalog, 'en'))).toBe(true);
    expect(items[2]!.children).toEqual([
      { depth: 3, slug: 'section-a', text: '2.1 Alpha', children: [] },
      {
        depth: 3,
        slug: 'section-b',
        text: '2.2 Beta',
        children: [{ depth: 4, slug: 'section-b-one', text: '2.2.1 Beta one', children: [] }],
      },
    ]);
    expect(items[1]!.children).toEqual([]);
  });
  test('a page without chapter 2 is left alone', () => {
    expect(addSectionsToToc([{ depth: 2, slug: '_top', text: 'x', children: [] }], [])).toBe(false);
  });
});

describe('the other events an event page lists', () => {
  // Section "a" with 15 events, the fourth deprecated; section "b" with two.
  const many: CatalogSource = {
    ...source,
    events: [
      ...Array.from({ length: 15 }, (_, index) => ({
        id: `a${index}`,
        category: 'a',
        priority: 'P1',
        title: text(`A${index}`, `A${index}`),
        ...(index === 3 ? { deprecated: { since: '1.0.0', reason: text('r', 'r') } } : {}),
      })),
      { id: 'b0', category: 'b', priority: 'P1', title: text('B0', 'B0') },
      { id: 'b1', category: 'b', priority: 'P1', title: text('B1', 'B1') },
    ],
  };
  const big = resolveCatalog(many, 'hash');
  const event = (id: string) => big.events.find((candidate) => candidate.id === id)!;
  const ids = (id: string, limit?: number) => {
    const { shown, covered } = sectionNeighbours(big, event(id), limit);
    return { shown: shown.map((other) => other.id), covered };
  };
  const partial = (id: string, limit?: number) => sectionNeighbours(big, event(id), limit).partial;

  test('are all the covered others in a small section', () => {
    expect(ids('b0')).toEqual({ shown: ['b1'], covered: 2 });
    expect(ids('a0', 20).shown).toHaveLength(13);
  });

  test('are at most ten in a large one, those nearest the event, never itself or a deprecated one', () => {
    expect(OTHER_EVENTS_SHOWN).toBe(10);
    expect(ids('a0')).toEqual({ shown: ['a1', 'a2', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10', 'a11'], covered: 14 });
    // Five before and five after.
    expect(ids('a8').shown).toEqual(['a2', 'a4', 'a5', 'a6', 'a7', 'a9', 'a10', 'a11', 'a12', 'a13']);
    expect(ids('a14').shown).toEqual(['a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10', 'a11', 'a12', 'a13']);
    expect(ids('a7', 4).shown).toEqual(['a5', 'a6', 'a8', 'a9']);
  });

  test("of a deprecated event are its section's covered ones, which it no longer counts in", () => {
    expect(ids('a3')).toEqual({ shown: ['a0', 'a1', 'a2', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10'], covered: 14 });
  });

  test('say when some are left out, for the link to the whole section', () => {
    expect([partial('b0'), partial('a0', 13), partial('a0'), partial('a0', 12)]).toEqual([false, false, true, true]);
    // A deprecated event does not count itself: 14 covered others, 13 shown, one left out.
    expect(partial('a3', 13)).toBe(true);
    expect(partial('a3', 14)).toBe(false);
  });
});
