/**
 * The published shape of the catalogue (`catalog.json`, a release in `catalog/releases/`), checked
 * when it is read back: the diff and the changelog compare releases, so a hand-edited or truncated
 * release must fail with a located finding rather than produce a wrong changelog.
 * Browser-safe: no Node APIs here.
 */
import { z } from 'zod';
import { lineColumnAt, lineStarts, positionKey, readJson } from '../json-text.ts';
import { jsonSyntaxProblem } from '../messages/simulator.ts';
import { deepFreeze, type Catalog, type Locale } from '../model.ts';
import { findingText } from '../messages/findings.ts';
import { zodErrorMap } from '../messages/zod-locale.ts';
import { EXACT_DURATION, KEBAB_CASE, PRIORITY_ID, SEMVER } from '../patterns.ts';
import { formatPath, sortFindings, type Finding } from './findings.ts';

/** How deep the reader records where values are: every field of an event (`events/3/deprecated/since`). */
const LOCATED_DEPTH = 4;

const Text = z.strictObject({ it: z.string().min(1), en: z.string().min(1) });
const Id = z.string().regex(KEBAB_CASE);

/** The published form of a catalogue: the exact bytes of `catalog.json` and of a release file. */
export function publishedJson(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

/** The resolved `Catalog` of model.ts, as serialized in `catalog.json`. */
export const PublishedCatalog = z.strictObject({
  version: z.string().regex(SEMVER),
  updated: z.iso.date(),
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  priorities: z.array(
    z.strictObject({
      id: z.string().regex(PRIORITY_ID),
      rank: z.number().int().min(1),
      label: Text,
      responseTime: z.string().regex(EXACT_DURATION),
      responseMinutes: z.number().int().min(0),
    }),
  ),
  applications: z.array(z.strictObject({ id: Id, name: z.string().min(1) })),
  categories: z.array(
    z.strictObject({
      id: Id,
      parent: Id.optional(),
      title: Text,
      description: Text,
      eventsHeading: z.enum(['events', 'description']),
      number: z.string().regex(/^\d+(?:\.\d+)*$/),
      path: z.array(Id).min(1),
    }),
  ),
  events: z.array(
    z.strictObject({
      id: Id,
      category: Id,
      priority: z.string().regex(PRIORITY_ID),
      application: Id.optional(),
      title: Text,
      description: Text.optional(),
      deprecated: z
        .strictObject({ since: z.string().regex(SEMVER), reason: Text, replacedBy: Id.optional() })
        .optional(),
      responseTime: z.string().regex(EXACT_DURATION),
      responseMinutes: z.number().int().min(0),
      sectionPath: z.array(Id).min(1),
    }),
  ),
});

/** The outcome of reading a published catalogue. */
export interface PublishedResult {
  catalog?: Catalog;
  findings: Finding[];
}

/** Reads published catalogue JSON; every problem is a located finding (rule `published-shape`), in `locale`. */
export function parsePublishedCatalog(text: string, file: string, locale: Locale = 'en'): PublishedResult {
  const t = findingText(locale);
  const finding = (message: string, path: (string | number)[], line: number, col: number, hint?: string): Finding => ({
    rule: 'published-shape',
    level: 'error',
    message,
    ...(hint ? { hint } : {}),
    path: formatPath(path),
    file,
    line,
    col,
  });
  const starts = lineStarts(text);
  const read = readJson(text, LOCATED_DEPTH);
  if (!read.ok) {
    const { line, column, reason } = jsonSyntaxProblem(text, read.error, locale);
    return { findings: [finding(t('publishedNotJson', { reason }), [], line, column)] };
  }
  const data = read.value;
  // The nearest recorded value on the path: deeper values are reported at their ancestor.
  const located = {
    locate(path: readonly (string | number)[]): { line: number; col: number } {
      for (let depth = path.length; depth >= 0; depth--) {
        const offset = read.positions.get(positionKey(path.slice(0, depth)));
        if (offset !== undefined) {
          const { line, column } = lineColumnAt(starts, offset);
          return { line, col: column };
        }
      }
      return { line: 1, col: 1 };
    },
  };
  // zod words its own problems (a wrong type, a missing key) in the maintainer's language too.
  const parsed = PublishedCatalog.safeParse(data, { error: zodErrorMap(locale) });
  if (!parsed.success) {
    return {
      findings: sortFindings(
        parsed.error.issues.map((issue) => {
          const path = issue.path as (string | number)[];
          const { line, col } = located.locate(path);
          const where = formatPath(path) || t('publishedTheFile');
          return finding(
            issue.code === 'invalid_format'
              ? t('publishedWrongFormat', { where, value: JSON.stringify(valueAt(data, path)) })
              : t('publishedShape', { where, problem: issue.message }),
            path,
            line,
            col,
            t('publishedHint'),
          );
        }),
      ),
    };
  }
  const catalog = parsed.data as Catalog;
  const findings: Finding[] = [];
  const ids = {
    priorities: new Set(catalog.priorities.map(({ id }) => id)),
    categories: new Set(catalog.categories.map(({ id }) => id)),
    events: new Set(catalog.events.map(({ id }) => id)),
  };
  catalog.events.forEach((event, index) => {
    const check = (key: string, value: string | undefined, known: Set<string>, path: (string | number)[]) => {
      if (value === undefined || known.has(value)) return;
      const { line, col } = located.locate(path);
      findings.push(finding(t('publishedDangling', { where: `events[${index}].${key}`, value }), path, line, col));
    };
    check('priority', event.priority, ids.priorities, ['events', index, 'priority']);
    check('category', event.category, ids.categories, ['events', index, 'category']);
    check('deprecated.replacedBy', event.deprecated?.replacedBy, ids.events, ['events', index, 'deprecated']);
  });
  return findings.length ? { findings } : { catalog: deepFreeze(catalog), findings };
}

/** The value at a path of parsed JSON. */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
}
