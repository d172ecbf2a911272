/**
 * Names a place in the catalogue as a maintainer thinks of it: `event "webex-sync-failure" (the
 * 19th event)` rather than `events[18]`, which reads as the eighteenth. The technical path stays in
 * each finding's `path` for tools.
 */
import type { findingText } from '../messages/findings.ts';
import { formatPath } from './findings.ts';

const COLLECTIONS = {
  events: { noun: 'event', nth: 'nthEvents' },
  categories: { noun: 'section', nth: 'nthCategories' },
  priorities: { noun: 'priority', nth: 'nthPriorities' },
  applications: { noun: 'application', nth: 'nthApplications' },
} as const;

/** `1st`, `2nd`, `3rd`, `11th`, `21st`. */
export function englishOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A path of the document in words: the record by id and 1-based position, then the field inside it. */
export function describePath(
  path: readonly (string | number)[],
  data: unknown,
  t: ReturnType<typeof findingText>,
): string {
  const [collection, index, ...rest] = path;
  if (typeof collection !== 'string' || typeof index !== 'number' || !Object.hasOwn(COLLECTIONS, collection)) {
    return formatPath(path) || t('theFile');
  }
  const { noun, nth } = COLLECTIONS[collection as keyof typeof COLLECTIONS];
  const list = data && typeof data === 'object' ? (data as Record<string, unknown>)[collection] : undefined;
  const row = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const id =
    row && typeof row === 'object' && typeof row['id'] === 'string' && row['id'].trim() ? row['id'] : undefined;
  const ordinal = t(nth, { n: index + 1, nth: englishOrdinal(index + 1) });
  // A record's own id is what is wrong with it: name it by position only.
  const record =
    id && !(rest.length === 1 && rest[0] === 'id')
      ? t('record', { noun: t(noun), id, ordinal })
      : t('recordNoId', { ordinal });
  return rest.length ? t('fieldOfRecord', { field: formatPath(rest), record }) : record;
}
