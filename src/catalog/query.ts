/**
 * The lookups of `lookups.ts` under the names the site's components use, catalogue first:
 * `getEvent(catalog, id)`. Aliases, not wrappers: one implementation.
 */
export {
  CatalogQueryError,
  computeResponseDeadline as responseDeadline,
  coversEvent as isCovered,
  listCoveredEvents as coveredEvents,
  listEventsInCategory as eventsInCategory,
  lookupApplication as getApplication,
  lookupCategory as getCategory,
  lookupEvent as getEvent,
  lookupPriority as getPriority,
  toInstant,
  type CatalogQueryErrorCode,
} from './lookups.ts';
