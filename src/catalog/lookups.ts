/**
 * The consumer API of the catalogue: lookups, coverage and response deadlines over one resolved
 * catalogue. THE one implementation: the npm package's main entry and the typed module
 * `catalog.ts` are generated around it (bound to the published data), and the site, the
 * simulator and the command-line tools call it. Browser-safe and dependency-free.
 */
import type { Application, Catalog, CatalogEvent, Category, Priority } from './model.ts';
import { isRfc3339Instant } from './time/calendar.ts';
import { durationMilliseconds } from './time/duration.ts';
import { readInstant } from './time/instant.ts';

/** Why a query could not be answered. */
export type CatalogQueryErrorCode = 'unknown-event' | 'invalid-date';

/** A typed error for bad input to a query (never a silent `NaN` or a default). */
export class CatalogQueryError extends Error {
  /** Machine-readable reason. */
  readonly code: CatalogQueryErrorCode;
  constructor(code: CatalogQueryErrorCode, message: string) {
    super(message);
    this.name = 'CatalogQueryError';
    this.code = code;
  }
}

/** Reads an instant: a `Date`, or an RFC 3339 date-time with its offset (`Z` or `±hh:mm`). */
export function toInstant(value: Date | string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new CatalogQueryError('invalid-date', 'the date is not a valid instant');
    return new Date(value.getTime());
  }
  const reading = readInstant(value);
  if ('instant' in reading) return reading.instant;
  throw new CatalogQueryError(
    'invalid-date',
    reading.problem === 'format'
      ? `"${value}" is not an RFC 3339 date-time with an offset (e.g. 2026-03-29T10:00:00+02:00)`
      : `"${value}" names a date or time of day that does not exist`,
  );
}

/** The lookups of one catalogue, bound to it (see `createLookups`). */
export interface CatalogLookups {
  /** The event with this id, deprecated or not; `undefined` when the catalogue has none. */
  getEvent(id: string): CatalogEvent | undefined;
  /** True when Proactive Support covers this event id: catalogued and not deprecated. */
  isCovered(id: string): boolean;
  /** The events that count as covered (deprecated ones are left out), in catalogue order. */
  coveredEvents(): CatalogEvent[];
  /** The priority level with this id. */
  getPriority(id: string): Priority | undefined;
  /** The section with this id. */
  getCategory(id: string): Category | undefined;
  /** The application with this id. */
  getApplication(id: string): Application | undefined;
  /** The events filed directly under a section, in catalogue order. */
  eventsInCategory(categoryId: string): CatalogEvent[];
  /**
   * The instant by which Imagicle responds to an event: when it occurred plus the response time
   * of its priority. Throws `CatalogQueryError` for an unknown event id or an invalid date-time.
   */
  responseDeadline(event: string | CatalogEvent, occurredAt: Date | string): Date;
}

/** Events by id, per catalogue (catalogues are immutable): a batch must not scan the list per lookup. */
const EVENT_INDEX = new WeakMap<Catalog, Map<string, CatalogEvent>>();

/** Events by section, per catalogue: every event page lists its section's others (4,000 pages at 2,000 events). */
const SECTION_INDEX = new WeakMap<Catalog, Map<string, CatalogEvent[]>>();

/** The event with this id in a catalogue, deprecated or not. */
export function lookupEvent(catalog: Catalog, id: string): CatalogEvent | undefined {
  let byId = EVENT_INDEX.get(catalog);
  if (!byId) {
    byId = new Map();
    for (const event of catalog.events) if (!byId.has(event.id)) byId.set(event.id, event);
    EVENT_INDEX.set(catalog, byId);
  }
  return byId.get(id);
}

/** True when a catalogue covers this event id: catalogued and not deprecated. */
export function coversEvent(catalog: Catalog, id: string): boolean {
  const event = lookupEvent(catalog, id);
  return event !== undefined && event.deprecated === undefined;
}

/** The events of a catalogue that count as covered, in catalogue order. */
export function listCoveredEvents(catalog: Catalog): CatalogEvent[] {
  return catalog.events.filter((event) => event.deprecated === undefined);
}

/** The priority level with this id in a catalogue. */
export function lookupPriority(catalog: Catalog, id: string): Priority | undefined {
  return catalog.priorities.find((priority) => priority.id === id);
}

/** The section with this id in a catalogue. */
export function lookupCategory(catalog: Catalog, id: string): Category | undefined {
  return catalog.categories.find((category) => category.id === id);
}

/** The application with this id in a catalogue. */
export function lookupApplication(catalog: Catalog, id: string): Application | undefined {
  return catalog.applications.find((application) => application.id === id);
}

/** The events of a catalogue filed directly under a section, in catalogue order. */
export function listEventsInCategory(catalog: Catalog, categoryId: string): CatalogEvent[] {
  let bySection = SECTION_INDEX.get(catalog);
  if (!bySection) {
    bySection = new Map();
    for (const event of catalog.events) {
      const events = bySection.get(event.category);
      if (events) events.push(event);
      else bySection.set(event.category, [event]);
    }
    SECTION_INDEX.set(catalog, bySection);
  }
  // A copy: callers may sort or filter what they get without touching the index.
  return [...(bySection.get(categoryId) ?? [])];
}

/**
 * The instant by which Imagicle responds to an event of a catalogue: when it occurred plus the
 * response time of its priority. An instant, not a wall-clock time, so daylight-saving changes do
 * not stretch or shrink it. Throws `CatalogQueryError` for an unknown id or an invalid date-time.
 */
export function computeResponseDeadline(
  catalog: Catalog,
  eventOrId: CatalogEvent | string,
  occurredAt: Date | string,
): Date {
  const event = typeof eventOrId === 'string' ? lookupEvent(catalog, eventOrId) : eventOrId;
  if (!event) throw new CatalogQueryError('unknown-event', `"${String(eventOrId)}" is not a catalogued event id`);
  const start = toInstant(occurredAt);
  const span = durationMilliseconds(event.responseTime);
  if (span === undefined) throw new CatalogQueryError('unknown-event', `event "${event.id}" has no response time`);
  const deadline = start.getTime() + span;
  if (!isRfc3339Instant(deadline)) {
    throw new CatalogQueryError(
      'invalid-date',
      `the response deadline of "${event.id}" falls after 9999-12-31T23:59:59Z, the last instant RFC 3339 can write`,
    );
  }
  return new Date(deadline);
}

/** The lookups of a resolved catalogue, e.g. one fetched from `catalog.json`: the package's API over other data. */
export function createLookups(catalog: Catalog): CatalogLookups {
  return {
    getEvent: (id) => lookupEvent(catalog, id),
    isCovered: (id) => coversEvent(catalog, id),
    coveredEvents: () => listCoveredEvents(catalog),
    getPriority: (id) => lookupPriority(catalog, id),
    getCategory: (id) => lookupCategory(catalog, id),
    getApplication: (id) => lookupApplication(catalog, id),
    eventsInCategory: (categoryId) => listEventsInCategory(catalog, categoryId),
    responseDeadline: (event, occurredAt) => computeResponseDeadline(catalog, event, occurredAt),
  };
}
