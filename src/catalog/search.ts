/**
 * Searching, filtering and sorting the catalogued events, and the view state of the event
 * table as a URL query: THE one implementation, used by the event table (server render and
 * page script alike) and exported by the npm package. Browser-safe and dependency-free.
 */
import type { Catalog, CatalogEvent, Locale } from './model.ts';
import { compareSectionNumbers } from './model.ts';
import { guideSectionNumber } from './labels.ts';
import { formatResponseTime } from './time/duration.ts';

/** The orders the event table offers; `section` is the guide's own order. */
export const SORT_KEYS = ['section', 'priority', 'response-time', 'title'] as const;
/** One of the orders of the event table. */
export type SortKey = (typeof SORT_KEYS)[number];

/** What the user asked for: free text, filters and an order. Empty filters mean "all". */
export interface EventQuery {
  /** Free text as typed; every word must match (case- and accent-insensitive). */
  q: string;
  /** Priority ids (`P1`…); an event matches when it has any of them. */
  priority: string[];
  /** Section id; the section's sub-sections are included. */
  section: string;
  /** Application id. */
  application: string;
  /** Order of the results. */
  sort: SortKey;
}

/** The view with nothing filtered, in the guide's order. */
export const DEFAULT_QUERY: Readonly<EventQuery> = Object.freeze({
  q: '',
  priority: [],
  section: '',
  application: '',
  sort: 'section',
});

/** Longest free text kept from a URL: a query is a few words, not a payload. */
const MAX_QUERY_LENGTH = 200;

/**
 * Folds text for matching: decomposed (NFD), combining marks removed, lower case, so that
 * `priorita` finds `priorità` and `WEBEX` finds `Webex`.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The normalised words of a free-text query; none for blank text. */
export function queryWords(text: string): string[] {
  return normalizeText(text)
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** An event prepared for searching: its folded text and sort keys, computed once. */
export interface SearchEntry {
  event: CatalogEvent;
  /** Position in the catalogue, the tie-breaker of every order. */
  index: number;
  /**
   * Folded title (both languages), id, section number and title, application name, priority id
   * and label (both languages) and response time as the table shows it (both languages).
   */
  text: string;
  /** The same fields as typed (not folded), one per line: the words suggestions are made of. */
  source: string;
  /** The section's number within the covered events (`3.1`). */
  sectionNumber: string;
  /** 1 for P1; unknown priorities sort last. */
  priorityRank: number;
}

/** A catalogue prepared for searching in one language (the language only matters for sorting by title). */
export interface SearchIndex {
  catalog: Catalog;
  locale: Locale;
  entries: SearchEntry[];
  /** Orders already computed, per sort key: sorting happens once per key, not per keystroke. */
  orders: Map<SortKey, SearchEntry[]>;
}

/** Prepares a catalogue for repeated searches: folds every event's searchable text once. */
export function createSearchIndex(catalog: Catalog, locale: Locale): SearchIndex {
  const categories = new Map(catalog.categories.map((category) => [category.id, category]));
  const applications = new Map(catalog.applications.map((application) => [application.id, application.name]));
  const priorities = new Map(catalog.priorities.map((priority) => [priority.id, priority]));
  const entries = catalog.events.map((event, index): SearchEntry => {
    const category = categories.get(event.category);
    const priority = priorities.get(event.priority);
    const fields = [
      event.title.it,
      event.title.en,
      event.id,
      category ? guideSectionNumber(category) : '',
      category?.title.it ?? '',
      category?.title.en ?? '',
      event.application ? (applications.get(event.application) ?? event.application) : '',
      // A support engineer types what the table shows: `P1`, `critico`, `critical`, `1 ora`.
      event.priority,
      priority?.label.it ?? '',
      priority?.label.en ?? '',
      formatResponseTime(event.responseTime, 'it'),
      formatResponseTime(event.responseTime, 'en'),
    ];
    const source = fields.join('\n');
    return {
      event,
      index,
      // A line break cannot occur inside a query word, so no word matches across two fields.
      text: normalizeText(source),
      source,
      sectionNumber: category?.number ?? '',
      priorityRank: priority?.rank ?? Number.MAX_SAFE_INTEGER,
    };
  });
  return { catalog, locale, entries, orders: new Map() };
}

/** A compiled query: tells whether one entry matches. */
export type EntryPredicate = (entry: SearchEntry) => boolean;

/** Compiles a query into a predicate; all words and every non-empty filter must match. */
export function compileQuery(query: Pick<EventQuery, 'q' | 'priority' | 'section' | 'application'>): EntryPredicate {
  const words = queryWords(query.q);
  const priorities = new Set(query.priority);
  const { section, application } = query;
  return (entry) => {
    const { event } = entry;
    if (priorities.size > 0 && !priorities.has(event.priority)) return false;
    if (section && !event.sectionPath.includes(section)) return false;
    if (application && event.application !== application) return false;
    for (const word of words) if (!entry.text.includes(word)) return false;
    return true;
  };
}

/** A comparator of entries for a sort key; ties keep the guide's order. */
export function compareEntries(sort: SortKey, locale: Locale): (a: SearchEntry, b: SearchEntry) => number {
  const bySection = (a: SearchEntry, b: SearchEntry): number =>
    compareSectionNumbers(a.sectionNumber, b.sectionNumber) || a.index - b.index;
  switch (sort) {
    case 'priority':
      return (a, b) => a.priorityRank - b.priorityRank || bySection(a, b);
    case 'response-time':
      return (a, b) =>
        a.event.responseMinutes - b.event.responseMinutes || a.priorityRank - b.priorityRank || bySection(a, b);
    case 'title': {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      return (a, b) => collator.compare(a.event.title[locale], b.event.title[locale]) || bySection(a, b);
    }
    case 'section':
      return bySection;
  }
}

/** Every entry in the order of a sort key, computed on first use and kept. */
export function sortedEntries(index: SearchIndex, sort: SortKey): SearchEntry[] {
  let order = index.orders.get(sort);
  if (!order) {
    order = [...index.entries].sort(compareEntries(sort, index.locale));
    index.orders.set(sort, order);
  }
  return order;
}

/** The events matching a query, in its order. Pass an index to search many times. */
export function searchEvents(
  source: Catalog | SearchIndex,
  query: Partial<EventQuery> = {},
  locale: Locale = 'it',
): CatalogEvent[] {
  const index = 'entries' in source ? source : createSearchIndex(source, locale);
  const matches = compileQuery({ ...DEFAULT_QUERY, ...query });
  return sortedEntries(index, query.sort ?? DEFAULT_QUERY.sort)
    .filter(matches)
    .map((entry) => entry.event);
}

/** True when a query filters nothing (the order does not count). */
export function isUnfiltered(query: EventQuery): boolean {
  return queryWords(query.q).length === 0 && query.priority.length === 0 && !query.section && !query.application;
}

/**
 * Reads a view from a URL query (`?q=webex&priority=P1&sort=title`). Unknown parameters and
 * values the catalogue does not know are ignored, never an error: a shared link from an
 * older catalogue still opens, showing what still applies.
 */
export function parseEventQuery(search: string | URLSearchParams, catalog: Catalog): EventQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const known = (ids: string[], value: string | null): string => (value !== null && ids.includes(value) ? value : '');
  const requested = new Set(params.getAll('priority'));
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    // Catalogue order, so that the same view always serialises to the same URL.
    priority: catalog.priorities.filter((priority) => requested.has(priority.id)).map((priority) => priority.id),
    section: known(
      catalog.categories.map((category) => category.id),
      params.get('section'),
    ),
    application: known(
      catalog.applications.map((application) => application.id),
      params.get('application'),
    ),
    sort: SORT_KEYS.find((key) => key === sort) ?? DEFAULT_QUERY.sort,
  };
}

/** Writes a view as a URL query (`?q=webex&priority=P1`), leaving out defaults; `''` for the default view. */
export function serializeEventQuery(query: EventQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  for (const priority of query.priority) params.append('priority', priority);
  if (query.section) params.set('section', query.section);
  if (query.application) params.set('application', query.application);
  if (query.sort !== DEFAULT_QUERY.sort) params.set('sort', query.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
