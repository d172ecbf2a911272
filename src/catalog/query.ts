/**
 * Lookups on a resolved catalogue: THE one implementation, used by the site, the simulator,
 * the command-line tools and the npm package. Browser-safe and dependency-free.
 */
import { daysInMonth, isRfc3339Instant } from './time/calendar.ts';
import { durationMilliseconds } from './time/duration.ts';
import type { Application, Catalog, CatalogEvent, Category, Priority } from './model.ts';

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

/** Events by id, built once per catalogue (catalogues are immutable): a batch must not scan the list per lookup. */
const EVENTS_BY_ID = new WeakMap<Catalog, Map<string, CatalogEvent>>();

/** The event with this id, deprecated or not; `undefined` when the catalogue has none. */
export function getEvent(catalog: Catalog, id: string): CatalogEvent | undefined {
  let byId = EVENTS_BY_ID.get(catalog);
  if (!byId) {
    byId = new Map();
    for (const event of catalog.events) if (!byId.has(event.id)) byId.set(event.id, event);
    EVENTS_BY_ID.set(catalog, byId);
  }
  return byId.get(id);
}

/** True when Proactive Support covers this event id: catalogued and not deprecated. */
export function isCovered(catalog: Catalog, id: string): boolean {
  const event = getEvent(catalog, id);
  return event !== undefined && event.deprecated === undefined;
}

/** The events that count as covered (deprecated ones are left out). */
export function coveredEvents(catalog: Catalog): CatalogEvent[] {
  return catalog.events.filter((event) => event.deprecated === undefined);
}

/** The priority level with this id. */
export function getPriority(catalog: Catalog, id: string): Priority | undefined {
  return catalog.priorities.find((priority) => priority.id === id);
}

/** The section with this id. */
export function getCategory(catalog: Catalog, id: string): Category | undefined {
  return catalog.categories.find((category) => category.id === id);
}

/** In the guide the covered events are chapter 2: section `3.1` of the catalogue is shown as 2.3.1. */
export const GUIDE_EVENTS_CHAPTER = '2';

/** The number a section carries in the guide, the table and the CSV: `2.3.1` for the catalogue's `3.1`. */
export function guideSectionNumber(category: Pick<Category, 'number'>): string {
  return `${GUIDE_EVENTS_CHAPTER}.${category.number}`;
}

/** The application with this id. */
export function getApplication(catalog: Catalog, id: string): Application | undefined {
  return catalog.applications.find((application) => application.id === id);
}

/** The events filed directly under a section, in catalogue order. */
export function eventsInCategory(catalog: Catalog, categoryId: string): CatalogEvent[] {
  return catalog.events.filter((event) => event.category === categoryId);
}

/** RFC 3339 date-time with its offset; seconds optional. The offset is required: without it the time is not an instant. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** Parses an instant; accepts a `Date` or an RFC 3339 string with an offset (`Z` or `±hh:mm`). */
export function toInstant(value: Date | string): Date {
  const instant = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  if (typeof value === 'string') {
    const match = DATE_TIME.exec(value);
    if (!match) {
      throw new CatalogQueryError(
        'invalid-date',
        `"${value}" is not an RFC 3339 date-time with an offset (e.g. 2026-03-29T10:00:00+02:00)`,
      );
    }
    // `Date` rolls a day that does not exist (2026-02-30) over into the next month: refuse it.
    const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
    if (day < 1 || day > daysInMonth(year, month)) {
      throw new CatalogQueryError('invalid-date', `"${value}" names a day that does not exist`);
    }
  }
  if (Number.isNaN(instant.getTime())) {
    throw new CatalogQueryError('invalid-date', `"${String(value)}" is not a valid date-time`);
  }
  return instant;
}

/**
 * The instant by which Imagicle responds to an event: the moment it occurred plus the
 * response time of its priority. An instant, not a wall-clock time, so daylight-saving
 * changes do not stretch or shrink it.
 */
export function responseDeadline(catalog: Catalog, eventOrId: CatalogEvent | string, occurredAt: Date | string): Date {
  const event = typeof eventOrId === 'string' ? getEvent(catalog, eventOrId) : eventOrId;
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
