/**
 * The event simulator's logic, shared by the simulator page and `npm run simulate`: reads a text
 * of payloads (a JSON object, a JSON array, or one JSON object a line), validates each against
 * `EventPayload`, asks the catalogue what it makes of each (`query.ts`, the code the package
 * exports) and checks the outcomes a test file expects. Pure and browser-safe.
 */
import { durationMilliseconds } from '../time/duration.ts';
import {
  lineColumnAt,
  lineStarts,
  positionKey,
  readJson,
  type JsonSyntaxCode,
  type JsonReadResult,
} from '../json-text.ts';
import type { Catalog, CatalogEvent } from '../model.ts';
import { EventPayload, PayloadExpectation } from './payload.ts';
import { CatalogQueryError, lookupEvent, coversEvent, computeResponseDeadline } from '../lookups.ts';
import { closestMatches } from '../suggest.ts';
import { offsetOfRfc3339, toOffsetRfc3339 } from '../time/datetime.ts';
import { readInstant } from '../time/instant.ts';

/** Kinds of problem with the input, each with a localized message in the UI. */
export type InputIssueCode =
  'json' | 'empty' | 'not-an-object' | 'missing' | 'unknown-field' | 'wrong-type' | 'bad-format' | 'bad-length';

/** A problem with the input, located by payload, field path, line and column. */
export interface InputIssue {
  code: InputIssueCode;
  /** 0-based index of the payload in the batch; absent when the whole text is at fault. */
  index?: number;
  /** Path of the field inside the payload (`['expect', 'priority']`); empty for the payload itself. */
  path: (string | number)[];
  /** 1-based line and column in the input text. */
  line: number;
  column: number;
  /** For `json`: what the reader expected, and the character it found (`""` at the end). */
  syntax?: JsonSyntaxCode;
  found?: string;
  /** For `wrong-type`, the expected type; for `bad-format`, the format (`event-id`, `date-time`, `priority`, `duration`). */
  expected?: string;
  /** For `unknown-field`: the field names not in the schema. */
  keys?: string[];
}

/** A field of `expect` and how it compared. */
export interface ExpectationCheck {
  field: keyof PayloadExpectation;
  expected: string;
  /** The simulated value written as the expectation writes it; `""` when there is none (not covered). */
  actual: string;
  pass: boolean;
}

/** How the catalogue treats a payload's event id. */
export type CaseOutcome = 'covered' | 'deprecated' | 'unknown';

/** The simulation of one valid payload. */
export interface CaseResult {
  /** 0-based index of the payload in the batch. */
  index: number;
  /** Line where the payload starts in the input text. */
  line: number;
  payload: EventPayload;
  outcome: CaseOutcome;
  covered: boolean;
  /** The catalogue entry the id matched (also for a deprecated event). */
  event?: CatalogEvent;
  /** When covered: the instant by which Imagicle responds. */
  deadline?: Date;
  /** When deprecated: the id that replaces it, if any. */
  replacement?: string;
  /** When unknown: the closest catalogued ids, best first. */
  suggestions: string[];
  checks: ExpectationCheck[];
  /** `none` when the payload carries no expectation. */
  verdict: 'pass' | 'fail' | 'none';
}

/** Totals of a simulation. */
export interface SimulationSummary {
  /** Payloads found in the input, valid or not. */
  payloads: number;
  simulated: number;
  invalid: number;
  covered: number;
  notCovered: number;
  /** Simulated payloads that carry an expectation. */
  expected: number;
  passed: number;
  failed: number;
}

/** The outcome of simulating a text of payloads. */
export interface Simulation {
  /** Every valid payload, in input order. */
  results: CaseResult[];
  /** The covered ones as a triage queue: earliest deadline first, then the more urgent priority, then input order. */
  queue: CaseResult[];
  /** The ones not covered (unknown or deprecated ids), in input order. */
  notCovered: CaseResult[];
  issues: InputIssue[];
  /** Covered payloads per priority id; every priority of the catalogue is present. */
  counts: Record<string, number>;
  summary: SimulationSummary;
}

/** A value read from the input, with a way to locate its fields. */
interface RawCase {
  index: number;
  value: unknown;
  /** Offset in the input text of the deepest recorded value along a field path. */
  offsetOf: (path: readonly (string | number)[]) => number;
}

/** A payload's expectation lives in the payload, under this key. */
export const EXPECT_KEY = 'expect';

/** Records one positioned syntax error as an issue. */
function syntaxIssue(
  starts: number[],
  offset: number,
  syntax: JsonSyntaxCode,
  found: string,
  index?: number,
): InputIssue {
  const { line, column } = lineColumnAt(starts, offset);
  return { code: 'json', ...(index === undefined ? {} : { index }), path: [], line, column, syntax, found };
}

/** A locator over a reader's positions, for the value at `prefix`, shifted by `base`. */
function locator(positions: Map<string, number>, prefix: (string | number)[], base: number): RawCase['offsetOf'] {
  return (path) => {
    for (let length = path.length; length >= 0; length--) {
      const offset = positions.get(positionKey([...prefix, ...path.slice(0, length)]));
      if (offset !== undefined) return base + offset;
    }
    return base;
  };
}

/**
 * Splits an input text into payload values: a JSON array (one payload per element), a JSON
 * object, or one JSON object a line (a broken line is reported and the others still count).
 */
export function readPayloadText(text: string): { cases: RawCase[]; issues: InputIssue[]; starts: number[] } {
  const starts = lineStarts(text);
  const issues: InputIssue[] = [];
  const cases: RawCase[] = [];
  if (text.trim() === '') {
    issues.push({ code: 'empty', path: [], line: 1, column: 1 });
    return { cases, issues, starts };
  }
  const whole = readJson(text, 3);
  const lines = text.split('\n');
  const nonEmpty = lines.filter((line) => line.trim() !== '');
  const looksLineDelimited =
    nonEmpty.length > 1 && nonEmpty.every((line) => /^\s*\{.*\}\s*$/.test(line.replace(/\r$/, '')));
  if (whole.ok) {
    if (Array.isArray(whole.value)) {
      whole.value.forEach((value, index) =>
        cases.push({ index, value, offsetOf: locator(whole.positions, [index], 0) }),
      );
      if (whole.value.length === 0) issues.push({ code: 'empty', path: [], line: 1, column: 1 });
    } else {
      cases.push({ index: 0, value: whole.value, offsetOf: locator(whole.positions, [], 0) });
    }
    return { cases, issues, starts };
  }
  if (!(whole.error.code === 'trailing-text' || looksLineDelimited)) {
    issues.push(syntaxIssue(starts, whole.error.offset, whole.error.code, whole.error.found));
    return { cases, issues, starts };
  }
  // One JSON value a line (JSON Lines): each line stands alone.
  let index = 0;
  lines.forEach((line, lineIndex) => {
    if (line.trim() === '') return;
    const base = starts[lineIndex] ?? 0;
    const read: JsonReadResult = readJson(line, 2);
    if (read.ok) cases.push({ index, value: read.value, offsetOf: locator(read.positions, [], base) });
    else issues.push(syntaxIssue(starts, base + read.error.offset, read.error.code, read.error.found, index));
    index++;
  });
  return { cases, issues, starts };
}

/** The format a field's pattern stands for, to name it in a message. */
function formatOf(field: string | number | undefined): string {
  switch (field) {
    case 'event':
      return 'event-id';
    case 'occurredAt':
    case 'deadline':
      return 'date-time';
    case 'priority':
      return 'priority';
    case 'responseTime':
      return 'duration';
    default:
      return 'text';
  }
}

/** The zod issues of a value as located input issues. */
function schemaIssues(
  raw: RawCase,
  starts: number[],
  value: unknown,
  prefix: string[],
  issues: readonly {
    code: string;
    path: readonly PropertyKey[];
    expected?: unknown;
    keys?: readonly string[];
  }[],
): InputIssue[] {
  return issues.map((issue) => {
    const inner = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const path = [...prefix, ...inner];
    const at = (fieldPath: (string | number)[]): { line: number; column: number } =>
      lineColumnAt(starts, raw.offsetOf(fieldPath));
    const base = { index: raw.index, path, ...at(path) };
    if (issue.code === 'unrecognized_keys') {
      const keys = [...(issue.keys ?? [])];
      return { ...base, code: 'unknown-field', keys, ...at([...path, keys[0] ?? '']) };
    }
    if (issue.code === 'invalid_type') {
      let parent: unknown = value;
      for (const key of inner.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[key];
      const last = inner.at(-1);
      const absent =
        last !== undefined && parent !== null && typeof parent === 'object' && !Object.hasOwn(parent, last);
      return absent
        ? { ...base, code: 'missing' }
        : { ...base, code: 'wrong-type', expected: String(issue.expected ?? 'object') };
    }
    if (issue.code === 'invalid_format') return { ...base, code: 'bad-format', expected: formatOf(inner.at(-1)) };
    return { ...base, code: 'bad-length' };
  });
}

/** A valid payload with its expectation, or the issues that make it invalid. */
function validateCase(
  raw: RawCase,
  starts: number[],
): { payload: EventPayload; expectation?: PayloadExpectation } | { issues: InputIssue[] } {
  const { value } = raw;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      issues: [{ code: 'not-an-object', index: raw.index, path: [], ...lineColumnAt(starts, raw.offsetOf([])) }],
    };
  }
  const { [EXPECT_KEY]: expect, ...fields } = value as Record<string, unknown>;
  const payload = EventPayload.safeParse(fields);
  const expectation = expect === undefined ? undefined : PayloadExpectation.safeParse(expect);
  const issues = [
    ...(payload.success ? [] : schemaIssues(raw, starts, fields, [], payload.error.issues)),
    ...(expectation && !expectation.success
      ? schemaIssues(raw, starts, expect, [EXPECT_KEY], expectation.error.issues)
      : []),
  ];
  // The pattern admits impossible dates (month 13, 25:00): the instant must exist too.
  for (const [path, text] of [
    [['occurredAt'], payload.success ? payload.data.occurredAt : undefined],
    [[EXPECT_KEY, 'deadline'], expectation?.success ? expectation.data.deadline : undefined],
  ] as const) {
    if (text !== undefined && !('instant' in readInstant(text))) {
      issues.push({
        code: 'bad-format',
        index: raw.index,
        path: [...path],
        expected: 'date-time',
        ...lineColumnAt(starts, raw.offsetOf(path)),
      });
    }
  }
  if (!payload.success || issues.length > 0) return { issues };
  return { payload: payload.data, ...(expectation?.success ? { expectation: expectation.data } : {}) };
}

/** What the catalogue says about one event id, asked once per distinct id in a batch. */
interface Lookup {
  event: CatalogEvent | undefined;
  covered: boolean;
  suggestions: string[];
}

/** Compares a simulated case with its expectation, field by field. */
export function checkExpectation(
  expectation: PayloadExpectation,
  covered: boolean,
  event: CatalogEvent | undefined,
  deadline: Date | undefined,
): ExpectationCheck[] {
  const checks: ExpectationCheck[] = [];
  if (expectation.covered !== undefined) {
    checks.push({
      field: 'covered',
      expected: String(expectation.covered),
      actual: String(covered),
      pass: expectation.covered === covered,
    });
  }
  const priority = covered ? (event?.priority ?? '') : '';
  if (expectation.priority !== undefined) {
    checks.push({
      field: 'priority',
      expected: expectation.priority,
      actual: priority,
      pass: expectation.priority === priority,
    });
  }
  const responseTime = covered ? (event?.responseTime ?? '') : '';
  if (expectation.responseTime !== undefined) {
    const expectedSpan = durationMilliseconds(expectation.responseTime);
    checks.push({
      field: 'responseTime',
      expected: expectation.responseTime,
      actual: responseTime,
      pass: responseTime !== '' && expectedSpan === durationMilliseconds(responseTime),
    });
  }
  if (expectation.deadline !== undefined) {
    const expectedTime = Date.parse(expectation.deadline);
    checks.push({
      field: 'deadline',
      expected: expectation.deadline,
      actual: deadline ? toOffsetRfc3339(deadline, offsetOfRfc3339(expectation.deadline) ?? 0) : '',
      pass: deadline !== undefined && deadline.getTime() === expectedTime,
    });
  }
  return checks;
}

/** Triage order: earliest deadline, then the more urgent priority, then input order. */
export function compareTriage(catalog: Catalog): (a: CaseResult, b: CaseResult) => number {
  const rank = new Map(catalog.priorities.map((priority) => [priority.id, priority.rank]));
  return (a, b) =>
    (a.deadline?.getTime() ?? Infinity) - (b.deadline?.getTime() ?? Infinity) ||
    (rank.get(a.event?.priority ?? '') ?? Infinity) - (rank.get(b.event?.priority ?? '') ?? Infinity) ||
    a.index - b.index;
}

/** Payloads simulated between two progress reports. */
export const PROGRESS_STEP = 2000;

/** Options of `simulateText`. */
export interface SimulateOptions {
  /**
   * Told, every `PROGRESS_STEP` payloads, how many of the payloads read are simulated: the page's
   * worker reports a large paste's progress with it.
   */
  onProgress?: (done: number, total: number) => void;
}

/** Simulates a text of payloads against a catalogue. Never throws on bad input: it reports it. */
export function simulateText(catalog: Catalog, text: string, options: SimulateOptions = {}): Simulation {
  const { cases, issues, starts } = readPayloadText(text);
  const ids = catalog.events.map((event) => event.id);
  const lookups = new Map<string, Lookup>();
  const lookup = (id: string): Lookup => {
    let found = lookups.get(id);
    if (!found) {
      const event = lookupEvent(catalog, id);
      found = { event, covered: coversEvent(catalog, id), suggestions: event ? [] : closestMatches(id, ids) };
      lookups.set(id, found);
    }
    return found;
  };
  const results: CaseResult[] = [];
  const { onProgress } = options;
  for (const [position, raw] of cases.entries()) {
    if (onProgress && position % PROGRESS_STEP === 0) onProgress(position, cases.length);
    const checked = validateCase(raw, starts);
    if ('issues' in checked) {
      issues.push(...checked.issues);
      continue;
    }
    const { payload, expectation } = checked;
    const { event, covered, suggestions } = lookup(payload.event);
    let deadline: Date | undefined;
    try {
      deadline = covered && event ? computeResponseDeadline(catalog, event, payload.occurredAt) : undefined;
    } catch (error) {
      // A deadline after 9999-12-31 cannot be written in RFC 3339: the occurrence is refused, located.
      if (!(error instanceof CatalogQueryError)) throw error;
      const path = ['occurredAt'];
      issues.push({
        code: 'bad-format',
        index: raw.index,
        path,
        expected: 'deadline-range',
        ...lineColumnAt(starts, raw.offsetOf(path)),
      });
      continue;
    }
    const checks = expectation ? checkExpectation(expectation, covered, event, deadline) : [];
    results.push({
      index: raw.index,
      line: lineColumnAt(starts, raw.offsetOf([])).line,
      payload,
      outcome: covered ? 'covered' : event ? 'deprecated' : 'unknown',
      covered,
      ...(event ? { event } : {}),
      ...(deadline ? { deadline } : {}),
      ...(event?.deprecated?.replacedBy ? { replacement: event.deprecated.replacedBy } : {}),
      suggestions,
      checks,
      verdict: checks.length === 0 ? 'none' : checks.every((check) => check.pass) ? 'pass' : 'fail',
    });
  }
  onProgress?.(cases.length, cases.length);
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  const queue = results.filter((result) => result.covered).sort(compareTriage(catalog));
  const notCovered = results.filter((result) => !result.covered);
  const counts: Record<string, number> = Object.fromEntries(catalog.priorities.map((priority) => [priority.id, 0]));
  for (const result of queue) {
    const id = result.event?.priority ?? '';
    counts[id] = (counts[id] ?? 0) + 1;
  }
  const invalidIndexes = new Set(issues.map((issue) => issue.index).filter((index) => index !== undefined));
  return {
    results,
    queue,
    notCovered,
    issues,
    counts,
    summary: {
      payloads: results.length + invalidIndexes.size,
      simulated: results.length,
      invalid: invalidIndexes.size,
      covered: queue.length,
      notCovered: notCovered.length,
      expected: results.filter((result) => result.verdict !== 'none').length,
      passed: results.filter((result) => result.verdict === 'pass').length,
      failed: results.filter((result) => result.verdict === 'fail').length,
    },
  };
}
