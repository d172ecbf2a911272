/**
 * `catalog/v1/catalog.ts`, and the npm package's main entry compiled from the same text: the
 * consumer API of the catalogue bound to its data. The `EventId` and `PriorityId` unions, the
 * data `as const`, `getEvent`, `isCovered`, `coveredEvents`, `responseDeadline`, … and
 * `createLookups` for another catalogue (one fetched from `catalog.json`). The lookup code is
 * `src/catalog/lookups.ts` itself, inlined (see `inline.ts`), so the module answers exactly as the
 * site does, and the module and the package are one API.
 */
import type { Catalog } from '../catalog/model.ts';
import { inlineModules, type ModuleSources } from './inline.ts';

/** The module of `src/catalog/` whose code the API wraps. */
export const API_SOURCE = 'lookups.ts';

/** The functions the generated module binds to its catalogue, by name; the inlined code must not declare them. */
export const BOUND_FUNCTIONS = [
  'getEvent',
  'isEventId',
  'isCovered',
  'coveredEvents',
  'getPriority',
  'getCategory',
  'getApplication',
  'eventsInCategory',
  'responseDeadline',
] as const;

/** Generates the module's text from the resolved catalogue and the source of `src/catalog/`. */
export function typedModuleTs(catalog: Catalog, sources: ModuleSources): string {
  const inlined = inlineModules({
    sources,
    roots: [API_SOURCE],
    reserved: [
      ...BOUND_FUNCTIONS,
      'catalog',
      'CATALOG_VERSION',
      'EventId',
      'PriorityId',
      'EventOf',
      'EventIdInput',
      'HasTheModelShape',
      'CatalogData',
    ],
  });
  const data = JSON.stringify(catalog, null, 2);
  return `/**
 * ImagicleCare Catalogue ${catalog.version} (updated ${catalog.updated}): the events covered by
 * Imagicle Proactive Support, with typed lookups and response deadlines. Dependency-free.
 *
 * Generated from catalog/catalog.yaml (sha256 ${catalog.sourceSha256}); do not edit.
 * The lookup code below is the catalogue's own (src/catalog/${API_SOURCE}), inlined.
 */

// ---------------------------------------------------------------- types and lookup code

${inlined}
// ---------------------------------------------------------------- the catalogue

/** The whole catalogue, both languages, with derived fields resolved (the content of catalog.json). */
export const catalog = ${data} as const;
// The data has the model's shape wherever this module is type-checked: a type-only check (the
// compiled JavaScript carries nothing for it), on the type every id union below is read from.
type HasTheModelShape<Data extends Catalog> = Data;
type CatalogData = HasTheModelShape<typeof catalog>;

/** The version of the catalogue this module was generated from. */
export const CATALOG_VERSION = ${JSON.stringify(catalog.version)};

/** Every event id of this catalogue version, deprecated ones included. */
export type EventId = CatalogData['events'][number]['id'];

/** Every priority id of this catalogue version. */
export type PriorityId = CatalogData['priorities'][number]['id'];

/** The catalogued event with this id, with its literal types. */
export type EventOf<Id extends EventId> = Extract<CatalogData['events'][number], { readonly id: Id }>;

/** An event id as typed by a caller: a known id (completed by editors) or any string to check. */
export type EventIdInput = EventId | (string & {});

// ---------------------------------------------------------------- lookups bound to this catalogue

/** The event with this id, deprecated or not; \`undefined\` for an unknown id. */
export function getEvent<Id extends EventId>(id: Id): EventOf<Id>;
export function getEvent(id: string): CatalogEvent | undefined;
export function getEvent(id: string): CatalogEvent | undefined {
  return lookupEvent(catalog, id);
}

/** True when \`id\` is an event id of this catalogue (deprecated or not). */
export function isEventId(id: string): id is EventId {
  return lookupEvent(catalog, id) !== undefined;
}

/** True when Proactive Support covers this event id: catalogued and not deprecated. */
export function isCovered(id: EventIdInput): boolean {
  return coversEvent(catalog, id);
}

/** The events that count as covered (deprecated ones are left out), in catalogue order. */
export function coveredEvents(): CatalogEvent[] {
  return listCoveredEvents(catalog);
}

/** The priority level with this id. */
export function getPriority(id: PriorityId | (string & {})): Priority | undefined {
  return lookupPriority(catalog, id);
}

/** The section with this id. */
export function getCategory(id: string): Category | undefined {
  return lookupCategory(catalog, id);
}

/** The application with this id. */
export function getApplication(id: string): Application | undefined {
  return lookupApplication(catalog, id);
}

/** The events filed directly under a section, in catalogue order. */
export function eventsInCategory(categoryId: string): CatalogEvent[] {
  return listEventsInCategory(catalog, categoryId);
}

/**
 * The instant by which Imagicle responds to an event: when it occurred plus the response time of
 * its priority. Throws \`CatalogQueryError\` for an unknown event id or an invalid date-time.
 */
export function responseDeadline(event: EventIdInput | CatalogEvent, occurredAt: Date | string): Date {
  return computeResponseDeadline(catalog, event, occurredAt);
}
`;
}
