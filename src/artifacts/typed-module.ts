/**
 * `catalog/v1/catalog.ts`: a dependency-free TypeScript module for monitoring components, with
 * the `EventId` and `PriorityId` unions, the data `as const`, and lookups bound to it.
 * The lookup and deadline code is inlined from `src/catalog/query.ts` and `duration.ts` (see
 * `inline.ts`), so the module answers exactly as the site and the package do.
 */
import type { Catalog } from '../catalog/model.ts';
import { inlineModules, type ModuleSources } from './inline.ts';

/** Query functions renamed inside the module, because the module exports bound versions under these names. */
const RENAMES = {
  getEvent: 'queryGetEvent',
  isCovered: 'queryIsCovered',
  coveredEvents: 'queryCoveredEvents',
  getPriority: 'queryGetPriority',
  getCategory: 'queryGetCategory',
  getApplication: 'queryGetApplication',
  eventsInCategory: 'queryEventsInCategory',
  responseDeadline: 'queryResponseDeadline',
} as const;

/** `LocalizedText` is inferred from zod in the source; the module states the same shape without zod. */
const REPLACEMENTS = {
  LocalizedText:
    '/** A text in every language of the guide. */\nexport type LocalizedText = { readonly [L in Locale]: string };',
};

/** Generates the module's text from the resolved catalogue and the source of `src/catalog/`. */
export function typedModuleTs(catalog: Catalog, sources: ModuleSources): string {
  const inlined = inlineModules({
    sources,
    roots: ['query.ts'],
    replacements: REPLACEMENTS,
    renames: RENAMES,
    readonlyArrays: true,
  });
  const data = JSON.stringify(catalog, null, 2);
  return `/**
 * ImagicleCare Catalogue ${catalog.version} (updated ${catalog.updated}): the events covered by
 * Imagicle Proactive Support, as a dependency-free TypeScript module.
 *
 * Generated from catalog/catalog.yaml (sha256 ${catalog.sourceSha256}); do not edit.
 * The lookup code below is the catalogue's own (src/catalog/query.ts and duration.ts), inlined.
 */

// ---------------------------------------------------------------- types and lookup code

${inlined}
// ---------------------------------------------------------------- the catalogue

/** The whole catalogue, both languages, with derived fields resolved. */
export const catalog = ${data} as const satisfies Catalog;

/** The version of the catalogue this module was generated from. */
export const CATALOG_VERSION = ${JSON.stringify(catalog.version)};

/** Every event id of this catalogue version, deprecated ones included. */
export type EventId = (typeof catalog.events)[number]['id'];

/** Every priority id of this catalogue version. */
export type PriorityId = (typeof catalog.priorities)[number]['id'];

/** The catalogued event with this id, with its literal types. */
export type EventOf<Id extends EventId> = Extract<(typeof catalog.events)[number], { readonly id: Id }>;

/** An event id as typed by a caller: a known id (completed by editors) or any string to check. */
export type EventIdInput = EventId | (string & {});

// ---------------------------------------------------------------- lookups bound to this catalogue

/** True when \`id\` is an event id of this catalogue (deprecated or not). */
export function isEventId(id: string): id is EventId {
  return queryGetEvent(catalog, id) !== undefined;
}

/** The event with this id, deprecated or not; \`undefined\` for an unknown id. */
export function getEvent<Id extends EventId>(id: Id): EventOf<Id>;
export function getEvent(id: string): CatalogEvent | undefined;
export function getEvent(id: string): CatalogEvent | undefined {
  return queryGetEvent(catalog, id);
}

/** True when Proactive Support covers this event id: catalogued and not deprecated. */
export function isCovered(id: EventIdInput): boolean {
  return queryIsCovered(catalog, id);
}

/** The events that count as covered (deprecated ones are left out). */
export function coveredEvents(): CatalogEvent[] {
  return queryCoveredEvents(catalog);
}

/** The priority level with this id. */
export function getPriority(id: string): Priority | undefined {
  return queryGetPriority(catalog, id);
}

/**
 * The instant by which Imagicle responds to an event: when it occurred plus the response time of
 * its priority. Throws \`CatalogQueryError\` for an unknown event id or an invalid date-time.
 */
export function responseDeadline(event: EventIdInput | CatalogEvent, occurredAt: Date | string): Date {
  return queryResponseDeadline(catalog, event, occurredAt);
}
`;
}
