/**
 * The usage examples shown to monitoring engineers (the package README, the integration page),
 * computed from the catalogue with the real lookups: no deadline or priority is typed by hand.
 */
import { createLookups } from '../catalog/lookups.ts';
import type { Catalog } from '../catalog/model.ts';
import { PACKAGE_NAME } from './paths.ts';

/** An occurrence in the night of the spring daylight-saving change in Italy: deadlines are instants. */
export const EXAMPLE_OCCURRED_AT = '2026-03-29T01:30:00+01:00';

/** The lines of the main entry's example, for the first covered event of the catalogue. */
export function packageExample(catalog: Catalog): string {
  const lookups = createLookups(catalog);
  const [event] = lookups.coveredEvents();
  if (!event) return `import { coveredEvents } from '${PACKAGE_NAME}';\n\ncoveredEvents(); // []`;
  const id = JSON.stringify(event.id).replaceAll('"', "'");
  const deadline = lookups.responseDeadline(event, EXAMPLE_OCCURRED_AT).toISOString();
  return `import { getEvent, isCovered, responseDeadline } from '${PACKAGE_NAME}';

isCovered(${id}); // true
getEvent(${id}).priority; // '${event.priority}'
responseDeadline(${id}, '${EXAMPLE_OCCURRED_AT}'); // Date ${deadline}`;
}
