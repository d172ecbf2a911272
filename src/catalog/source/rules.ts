/**
 * Everything that makes a catalogue wrong, as located findings: schema violations translated
 * into words a maintainer understands, and the rules that span records (unique ids,
 * references, cycles, ordering). Each rule has a stable id, listed in `RULES`.
 */
import { z } from 'zod';
import { durationMinutes } from '../time/duration.ts';
import { formatPath, type Finding } from './findings.ts';
import type { DocPath, LoadedDocument } from './load.ts';
import { EXACT_DURATION, KEBAB_CASE, PRIORITY_ID, SEMVER } from '../patterns.ts';
import { CatalogSource } from './schema.ts';
import { findingText, type FindingMessageKey } from '../messages/findings.ts';
import type { Locale } from '../model.ts';
import { closestMatches } from '../suggest.ts';
import { describePath } from './where.ts';
import { compareVersions } from '../version-order.ts';

/** Every rule id that validation can report, with what it checks. */
export const RULES = {
  'yaml-syntax': 'The file is valid YAML (unclosed brackets, aliases and other structure).',
  'tab-indentation': 'Lines are indented with spaces, never tabs.',
  indentation: 'Each line is indented exactly as far as the lines it belongs with.',
  'unquoted-colon': 'A text containing ": " is in double quotes.',
  'comment-in-text': 'A text containing " #" is in double quotes (YAML would cut it there).',
  'missing-space': 'A key is followed by a colon and a space.',
  'unclosed-quote': 'A quoted text closes its quote on its line.',
  'unexpected-list': 'List items ("- ") appear only where a list belongs.',
  encoding: 'The file is UTF-8.',
  'control-character': 'Texts hold no invisible control characters, and one-line texts no line breaks.',
  'bidi-character': 'Texts hold no characters that reverse the direction of text.',
  'pdf-character':
    'Texts hold only characters the PDF edition can print (Noto Sans, Latin letters and common punctuation).',
  'yaml-tag': 'No YAML tags (!name): values are plain texts, lists and mappings.',
  'text-too-long': 'Texts stay within their documented length.',
  'nesting-depth': 'Values nest no deeper than a catalogue does.',
  'duplicate-key': 'A key appears at most once in a mapping.',
  'unknown-key': 'Only documented fields are used.',
  'missing-field': 'Required fields are present.',
  'missing-text': 'Every text has a non-empty Italian (it) and English (en) version.',
  'invalid-type': 'Each field has the right kind of value (text, list, mapping).',
  'invalid-value': 'Each field takes one of its allowed values.',
  'id-format': 'Ids are kebab-case; priority ids are P1, P2, …',
  'version-format': 'Versions are semver (1.2.3).',
  'date-format': 'Dates are real dates written YYYY-MM-DD.',
  'duration-format': 'Response times are ISO 8601 durations of exact length (PT1H, PT30M, P1D).',
  'duplicate-id': 'Ids are unique among events, among sections, among priorities, among applications.',
  'unresolved-reference': 'Every reference names an existing record.',
  'reference-cycle': 'Sections do not contain themselves through their parents.',
  'priority-order': 'A more urgent priority has a shorter response time.',
  'empty-category': 'Every section has at least one event.',
  deprecation: 'A deprecation names a released version and a different, existing replacement.',
  'formula-text': 'No text starts with "=", which spreadsheets run as a formula.',
} as const;

/** A rule id. */
export type RuleId = keyof typeof RULES;

type Report = (rule: RuleId, path: DocPath, message: string, hint?: string, at?: 'key' | 'value') => void;

/** Creates the function rules use to report a finding at a path of the document. */
function reporter(loaded: LoadedDocument, findings: Finding[]): Report {
  return (rule, path, message, hint, at = 'value') => {
    const { line, col } = loaded.locate(path, at);
    findings.push({
      rule,
      level: 'error',
      message,
      ...(hint ? { hint } : {}),
      path: formatPath(path),
      file: loaded.file,
      line,
      col,
    });
  };
}

/** The object schema found at a path of the source schema, to list the keys it knows. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType | undefined = CatalogSource;
  for (const part of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(part)];
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Strips optional/default wrappers. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current._zod.def.innerType as z.ZodType;
  }
  return current;
}

const FORMAT_RULES: { pattern: RegExp; rule: RuleId; message: FindingMessageKey; hint: FindingMessageKey }[] = [
  { pattern: KEBAB_CASE, rule: 'id-format', message: 'kebabFormat', hint: 'kebabFormatHint' },
  { pattern: PRIORITY_ID, rule: 'id-format', message: 'priorityFormat', hint: 'priorityFormatHint' },
  { pattern: SEMVER, rule: 'version-format', message: 'versionFormat', hint: 'versionFormatHint' },
  { pattern: EXACT_DURATION, rule: 'duration-format', message: 'durationFormat', hint: 'durationFormatHint' },
];

/** Translates zod's issues into located findings a maintainer can act on. */
export function schemaFindings(
  issues: readonly z.core.$ZodIssue[],
  loaded: LoadedDocument,
  locale: Locale = 'en',
): Finding[] {
  const t = findingText(locale);
  const language = (lang: 'it' | 'en') => t(lang === 'it' ? 'italian' : 'english');
  const findings: Finding[] = [];
  const report = reporter(loaded, findings);
  // A misspelled key also makes its field "missing": report the misspelling only.
  const misspelled = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.flatMap((key) => {
            const [match] = closestMatches(key, knownKeysAt(issue.path), 1);
            return match ? [formatPath([...(issue.path as (string | number)[]), match])] : [];
          })
        : [],
    ),
  );
  for (const issue of issues) {
    const path = issue.path as (string | number)[];
    if (issue.code === 'invalid_type' && issue.input === undefined && misspelled.has(formatPath(path))) continue;
    const last = path.at(-1);
    const shown = describePath(path, loaded.data, t);
    const parent = describePath(path.slice(0, -1), loaded.data, t);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeysAt(path);
        for (const key of issue.keys) {
          const [candidate] = closestMatches(key, known, 1);
          const knownKeys = t('knownKeys', { keys: known.join(', ') });
          report(
            'unknown-key',
            [...path, key],
            t('unknownKey', { key, where: shown }),
            candidate ? `${t('didYouMean', { candidate })} ${knownKeys}` : knownKeys,
            'key',
          );
        }
        break;
      }
      case 'invalid_type': {
        if (typeof issue.input === 'number' && (last === 'version' || last === 'since')) {
          // `version: 1.1` is read as a number: say what to write, not just "quote it".
          const value = String(issue.input);
          report(
            'version-format',
            path,
            t('versionFormat', { where: shown, value }),
            versionHint(String(last), value, t),
          );
          break;
        }
        if (issue.input === undefined) {
          if (last === 'it' || last === 'en') {
            const values = { language: language(last), lang: last, where: parent };
            report('missing-text', path, t('missingText', values), t('missingTextHint', values));
          } else {
            const values = { field: String(last), where: parent };
            report('missing-field', path, t('missingField', values), t('missingFieldHint', values));
          }
        } else {
          const got = Array.isArray(issue.input)
            ? t('aList')
            : issue.input === null
              ? t('nothing')
              : typeof issue.input === 'object'
                ? t('aMapping')
                : `${describeType(typeof issue.input, t)} ${JSON.stringify(issue.input)}`;
          const expected = describeType(issue.expected, t);
          const hint =
            issue.expected === 'string'
              ? typeof issue.input === 'object'
                ? t('invalidTypeTextHint', { field: String(last) })
                : t('invalidTypeQuoteHint')
              : t('invalidTypeHint', { expected });
          report('invalid-type', path, t('invalidType', { where: shown, expected, got }), hint);
        }
        break;
      }
      case 'too_small': {
        if (issue.origin === 'string' && (last === 'it' || last === 'en')) {
          const values = { language: language(last), lang: last, where: parent };
          report('missing-text', path, t('emptyText', values), t('emptyTextHint', values));
        } else if (issue.origin === 'string') {
          report('invalid-value', path, t('emptyValue', { where: shown }), t('emptyValueHint'));
        } else {
          report('invalid-value', path, t('tooFew', { where: shown, minimum: String(issue.minimum) }));
        }
        break;
      }
      case 'invalid_format': {
        const value = JSON.stringify(issue.input);
        if (issue.format === 'date') {
          report('date-format', path, t('dateFormat', { where: shown, value }), t('dateFormatHint'));
          break;
        }
        const known = FORMAT_RULES.find(({ pattern }) => String(pattern) === issue.pattern);
        if (known?.rule === 'version-format') {
          report(
            known.rule,
            path,
            t(known.message, { where: shown, value }),
            versionHint(String(last), String(issue.input), t),
          );
        } else if (known) report(known.rule, path, t(known.message, { where: shown, value }), t(known.hint));
        else report('invalid-value', path, t('wrongFormat', { where: shown, value }));
        break;
      }
      case 'too_big':
        if (issue.origin === 'string') {
          const length = typeof issue.input === 'string' ? issue.input.trim().length : 0;
          report(
            'text-too-long',
            path,
            t('textTooLong', { where: shown, length, maximum: String(issue.maximum) }),
            t(path.includes('description') || path.includes('reason') ? 'longTextTooLongHint' : 'textTooLongHint'),
          );
        } else report('invalid-value', path, `${shown}: ${issue.message}`);
        break;
      case 'invalid_value':
        report(
          'invalid-value',
          path,
          t('notAllowed', { where: shown, value: JSON.stringify(issue.input) }),
          t('useOneOf', { values: issue.values.map(String).join(', ') }),
        );
        break;
      default:
        report('invalid-value', path, `${shown}: ${issue.message}`);
    }
  }
  return findings;
}

/** `Write version: 1.1.0.` when the digits make a version; else how versions are written. */
function versionHint(field: string, value: string, t: ReturnType<typeof findingText>): string {
  const numbers = value
    .match(/\d+/g)
    ?.slice(0, 3)
    .map((part) => String(Number(part)));
  if (!numbers) return t('versionFormatHint');
  while (numbers.length < 3) numbers.push('0');
  return t('versionFixHint', { fixed: `${field}: ${numbers.join('.')}` });
}

/** A JSON type in words: `a list ("- " items)`, `a string`. */
function describeType(type: string, t: ReturnType<typeof findingText>): string {
  switch (type) {
    case 'object':
      return t('aMapping');
    case 'array':
      return t('aListItems');
    case 'string':
      return t('aString');
    case 'number':
      return t('aNumber');
    case 'boolean':
      return t('aBoolean');
    default:
      return t('aValue', { type });
  }
}

type Row = Record<string, unknown>;

/** The records of a top-level list, with their indexes; tolerant of a malformed file. */
function records(data: unknown, key: string): { row: Row; index: number }[] {
  const list = data && typeof data === 'object' ? (data as Row)[key] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((row, index) =>
    row && typeof row === 'object' && !Array.isArray(row) ? [{ row: row as Row, index }] : [],
  );
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The rules that span records. Tolerant of a malformed file, so that all findings come at once. */
export function crossRecordFindings(data: unknown, loaded: LoadedDocument, locale: Locale = 'en'): Finding[] {
  const t = findingText(locale);
  const findings: Finding[] = [];
  const report = reporter(loaded, findings);
  const collections = [
    { key: 'events', noun: 'event' },
    { key: 'categories', noun: 'section' },
    { key: 'priorities', noun: 'priority' },
    { key: 'applications', noun: 'application' },
  ] as const satisfies readonly { key: FindingMessageKey; noun: FindingMessageKey }[];
  const ids: Record<string, Set<string>> = {};
  for (const { key, noun } of collections) {
    const seen = new Map<string, number>();
    for (const { row, index } of records(data, key)) {
      const id = text(row['id']);
      if (id === undefined) continue;
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        const first = loaded.locate([key, earlier, 'id']);
        report(
          'duplicate-id',
          [key, index, 'id'],
          t('duplicateId', { noun: t(noun), id, line: first.line, col: first.col }),
          t('duplicateIdHint', { collection: t(key), noun: t(noun) }),
        );
      } else seen.set(id, index);
    }
    ids[key] = new Set(seen.keys());
  }

  const resolve = (
    path: DocPath,
    value: unknown,
    target: (typeof collections)[number]['key'],
    noun: (typeof collections)[number]['noun'],
  ) => {
    const id = text(value);
    if (id === undefined || ids[target]?.has(id)) return;
    const [candidate] = closestMatches(id, ids[target] ?? [], 1);
    // Priorities are few and P5 is "close" to every one of them: list them all instead of guessing.
    const hint =
      target === 'priorities'
        ? t('definedPriorities', { ids: [...(ids[target] ?? [])].join(', ') || t('none') })
        : candidate
          ? t('didYouMean', { candidate })
          : t('knownIds', { collection: t(target), ids: [...(ids[target] ?? [])].join(', ') || t('none') });
    report(
      'unresolved-reference',
      path,
      t('unresolved', { where: describePath(path, data, t), noun: t(noun), id }),
      hint,
    );
  };

  for (const { row, index } of records(data, 'events')) {
    resolve(['events', index, 'category'], row['category'], 'categories', 'section');
    resolve(['events', index, 'priority'], row['priority'], 'priorities', 'priority');
    resolve(['events', index, 'application'], row['application'], 'applications', 'application');
    const deprecated = row['deprecated'];
    if (deprecated && typeof deprecated === 'object') {
      const replacedBy = text((deprecated as Row)['replacedBy']);
      if (replacedBy !== undefined && replacedBy === text(row['id'])) {
        report(
          'deprecation',
          ['events', index, 'deprecated', 'replacedBy'],
          t('replacesItself', { id: replacedBy }),
          t('replacesItselfHint'),
        );
      } else resolve(['events', index, 'deprecated', 'replacedBy'], replacedBy, 'events', 'event');
      const since = text((deprecated as Row)['since']);
      const version = text((data as Row)['version']);
      if (since && version && SEMVER.test(since) && SEMVER.test(version) && compareVersions(since, version) > 0) {
        report(
          'deprecation',
          ['events', index, 'deprecated', 'since'],
          t('deprecatedLater', { since, version }),
          t('deprecatedLaterHint', { version }),
        );
      }
    }
  }

  const parents = new Map<string, { parent: string; index: number }>();
  for (const { row, index } of records(data, 'categories')) {
    const parent = text(row['parent']);
    const id = text(row['id']);
    if (parent === undefined) continue;
    resolve(['categories', index, 'parent'], parent, 'categories', 'section');
    if (id !== undefined && !parents.has(id)) parents.set(id, { parent, index });
  }
  const reportedCycles = new Set<string>();
  for (const [id, { index }] of parents) {
    const chain = [id];
    let current = parents.get(id)?.parent;
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = parents.get(current)?.parent;
    }
    if (current === id && !reportedCycles.has(id)) {
      chain.forEach((member) => reportedCycles.add(member));
      report(
        'reference-cycle',
        ['categories', index, 'parent'],
        t('cycle', { id, chain: [...chain, id].join(' → ') }),
        t('cycleHint'),
      );
    }
  }

  const ranked = records(data, 'priorities')
    .map(({ row, index }) => ({
      id: text(row['id']),
      minutes: durationMinutes(text(row['responseTime']) ?? ''),
      index,
    }))
    .filter(
      (entry): entry is { id: string; minutes: number; index: number } =>
        entry.id !== undefined && PRIORITY_ID.test(entry.id) && entry.minutes !== undefined,
    )
    .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  for (let i = 1; i < ranked.length; i++) {
    const previous = ranked[i - 1]!;
    const current = ranked[i]!;
    if (current.minutes <= previous.minutes) {
      report(
        'priority-order',
        ['priorities', current.index, 'responseTime'],
        t('priorityOrder', {
          id: current.id,
          previous: previous.id,
          minutes: current.minutes,
          previousMinutes: previous.minutes,
        }),
        t('priorityOrderHint', { id: current.id, previous: previous.id }),
      );
    }
  }

  const used = new Set(records(data, 'events').map(({ row }) => text(row['category'])));
  const categoryRows = records(data, 'categories');
  const hasEvents = (id: string, visited: Set<string>): boolean => {
    if (used.has(id)) return true;
    if (visited.has(id)) return false;
    visited.add(id);
    return categoryRows.some(({ row }) => text(row['parent']) === id && hasEvents(text(row['id']) ?? '', visited));
  };
  for (const { row, index } of categoryRows) {
    const id = text(row['id']);
    if (id !== undefined && !hasEvents(id, new Set())) {
      report('empty-category', ['categories', index, 'id'], t('emptyCategory', { id }), t('emptyCategoryHint', { id }));
    }
  }
  formulaTextFindings(data, [], report, t, data);
  return findings;
}

/** Keys whose values are texts people read (the two languages, and product names). */
const TEXT_KEYS = new Set(['it', 'en', 'name']);

/**
 * Texts starting with `=`: the CSV files neutralise them, but a text that reads as a formula is
 * almost surely a paste from a spreadsheet, and `=` is the one character no text of the guide
 * begins with, so it is reported where it is written.
 */
function formulaTextFindings(
  value: unknown,
  path: (string | number)[],
  report: Report,
  t: ReturnType<typeof findingText>,
  data: unknown,
): void {
  if (Array.isArray(value))
    value.forEach((item, index) => formulaTextFindings(item, [...path, index], report, t, data));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      const at = [...path, key];
      if (TEXT_KEYS.has(key) && typeof item === 'string' && item.trimStart().startsWith('='))
        report('formula-text', at, t('formulaText', { where: describePath(at, data, t) }), t('formulaTextHint'));
      else formulaTextFindings(item, at, report, t, data);
    }
}
