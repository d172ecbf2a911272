/**
 * The simulator's logic: reading payload texts, validation, simulation, triage and expectations,
 * over the logic catalogue (test/fixtures/logic/catalog.yaml: P1 30 minutes, P2 2 hours, P4 one day).
 */
import { describe, expect, it } from 'vitest';
import { lineColumnAt, lineStarts, readJson } from '../../../src/catalog/json-text.ts';
import { PROGRESS_STEP, readPayloadText, simulateText } from '../../../src/catalog/simulator/simulate.ts';
import { describeIssue, formatFieldPath } from '../../../src/catalog/simulator/simulate-text.ts';
import { logicCatalog } from '../../support/logic-catalog.ts';

const catalog = logicCatalog();

const payload = (event: string, occurredAt = '2026-11-25T10:00:00+01:00', extra: object = {}): string =>
  JSON.stringify({ event, occurredAt, ...extra });

describe('readJson', () => {
  it('reads what JSON.parse reads', () => {
    const text = '{"a": [1, -2.5e3, true, null, "x\\u00e8\\n"], "b": {"c": {}}}';
    const read = readJson(text);
    expect(read.ok && read.value).toEqual(JSON.parse(text));
  });

  it.each([
    ['{"a": 1,}', 8, 'expected-property-name'],
    ['{"a" 1}', 5, 'expected-colon'],
    ['[1 2]', 3, 'expected-comma-or-bracket'],
    ['{"a": 1 "b": 2}', 8, 'expected-comma-or-brace'],
    ['{"a": tru}', 6, 'expected-value'],
    ['"abc', 4, 'unterminated-string'],
    ['"a\\qb"', 3, 'invalid-escape'],
    ['{} x', 3, 'trailing-text'],
    ["{'a': 1}", 1, 'expected-property-name'],
  ])('locates the error in %s', (text, offset, code) => {
    const read = readJson(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect([read.error.offset, read.error.code]).toEqual([offset, code]);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    const read = readJson('['.repeat(100_000));
    expect(read.ok || read.error.code).toBe('too-deep');
  });

  it('keeps __proto__ as plain data', () => {
    const read = readJson('{"__proto__": {"polluted": true}}');
    expect(read.ok && Object.keys(read.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('maps offsets to 1-based lines and columns', () => {
    const starts = lineStarts('ab\ncd\n\nef');
    expect(lineColumnAt(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt(starts, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt(starts, 7)).toEqual({ line: 4, column: 1 });
  });
});

describe('reading payload texts', () => {
  it('accepts an object, an array and one object a line', () => {
    const one = payload('voip-gateway-crash');
    expect(readPayloadText(one).cases).toHaveLength(1);
    expect(readPayloadText(`[${one}, ${one}]`).cases).toHaveLength(2);
    expect(readPayloadText(`${one}\n\n${one}\r\n${one}\n`).cases).toHaveLength(3);
  });

  it('reports a broken line of JSON Lines and keeps the others', () => {
    const simulation = simulateText(
      catalog,
      `${payload('voip-gateway-crash')}\n{"event": oops}\n${payload('attendant-crash')}`,
    );
    expect(simulation.summary.simulated).toBe(2);
    expect(simulation.issues).toMatchObject([{ code: 'json', index: 1, line: 2, column: 11 }]);
  });

  it('reports invalid JSON at its line and column, in both languages', () => {
    const simulation = simulateText(
      catalog,
      '[\n  {"event": "voip-gateway-crash",\n   "occurredAt": "2026-11-25T10:00:00Z"\n  \n]',
    );
    expect(simulation.issues).toHaveLength(1);
    expect(describeIssue(simulation.issues[0]!, 'en')).toBe(
      'Line 5, column 1: invalid JSON: expected "," or "}" after a property value, found "]"',
    );
    expect(describeIssue(simulation.issues[0]!, 'it')).toBe(
      'Riga 5, colonna 1: JSON non valido: atteso "," o "}" dopo il valore di una proprietà, trovato "]"',
    );
  });

  it('reports empty input', () => {
    expect(simulateText(catalog, '  \n').issues).toMatchObject([{ code: 'empty' }]);
    expect(simulateText(catalog, '[]').issues).toMatchObject([{ code: 'empty' }]);
  });
});

describe('validation', () => {
  it('locates schema violations by payload index and field path, and simulates the valid ones', () => {
    const text = [
      '[',
      `  ${payload('voip-gateway-crash')},`,
      '  {"event": "Bad Id", "occurredAt": "2026-11-25T10:00:00+01:00", "severity": 3},',
      '  {"occurredAt": "2026-02-30T10:00:00+01:00", "host": ""},',
      `  ${payload('attendant-crash', '2026-11-25T10:00:00+01:00', { expect: { priority: 'P0', covered: 'yes', extra: 1 } })},`,
      '  42',
      ']',
    ].join('\n');
    const simulation = simulateText(catalog, text);
    expect(simulation.summary).toMatchObject({ payloads: 5, simulated: 1, invalid: 4 });
    const found = simulation.issues.map((issue) => [issue.index, formatFieldPath(issue.path), issue.code, issue.line]);
    expect(found).toEqual([
      [1, 'event', 'bad-format', 3],
      [1, '', 'unknown-field', 3],
      [2, 'event', 'missing', 4],
      [2, 'host', 'bad-length', 4],
      [3, 'expect.priority', 'bad-format', 5],
      [3, 'expect.covered', 'wrong-type', 5],
      [3, 'expect', 'unknown-field', 5],
      [4, '', 'not-an-object', 6],
    ]);
    expect(simulation.issues[0]!.column).toBe(13);
  });

  it('refuses a date that does not exist', () => {
    const simulation = simulateText(catalog, payload('voip-gateway-crash', '2026-02-30T10:00:00+01:00'));
    expect(simulation.issues).toMatchObject([{ code: 'bad-format', path: ['occurredAt'], expected: 'date-time' }]);
  });
});

describe('simulation', () => {
  it('gives a covered event its priority and deadline, across a daylight-saving change', () => {
    const [result] = simulateText(catalog, payload('voip-gateway-crash', '2026-03-29T01:30:00+01:00')).results;
    expect(result).toMatchObject({
      outcome: 'covered',
      covered: true,
      event: { id: 'voip-gateway-crash', priority: 'P1' },
    });
    // 00:30 UTC plus 30 minutes.
    expect(result!.deadline!.toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('suggests the closest ids for an unknown one', () => {
    const [result] = simulateText(catalog, payload('voip-gateway-crsh')).results;
    expect(result).toMatchObject({ outcome: 'unknown', covered: false, suggestions: ['voip-gateway-crash'] });
    expect(result!.deadline).toBeUndefined();
  });

  it('treats a deprecated event as not covered, with its replacement', () => {
    const [result] = simulateText(catalog, payload('webex-user-sync-legacy')).results;
    expect(result).toMatchObject({ outcome: 'deprecated', covered: false, replacement: 'webex-user-sync-stalled' });
    expect(result!.deadline).toBeUndefined();
  });

  it('builds a triage queue by deadline, then priority, then input order, with counts', () => {
    const text = [
      payload('disk-space-low', '2026-11-25T08:00:00+01:00'), // P4, due 08:00 the next day
      payload('webex-cdr-download-failed', '2026-11-25T09:00:00+01:00'), // P2, due 11:00
      payload('voip-gateway-crash', '2026-11-25T10:30:00+01:00'), // P1, due 11:00
      payload('unknown-thing'),
      payload('attendant-crash', '2026-11-25T09:00:00+01:00'), // P1, due 09:30
    ].join('\n');
    const simulation = simulateText(catalog, text);
    expect(simulation.queue.map((result) => result.index)).toEqual([4, 2, 1, 0]);
    expect(simulation.notCovered.map((result) => result.index)).toEqual([3]);
    expect(simulation.counts).toEqual({ P1: 2, P2: 1, P3: 0, P4: 1 });
    expect(simulation.summary).toMatchObject({ payloads: 5, simulated: 5, covered: 4, notCovered: 1 });
  });
});

describe('expectations', () => {
  it('passes when every expected field matches, comparing durations and instants by value', () => {
    // P4 is P1D: a day of 24 hours, so the deadline is 23:00 UTC (01:00 CEST the next day).
    const [result] = simulateText(
      catalog,
      payload('disk-space-low', '2026-03-29T00:00:00+01:00', {
        expect: { covered: true, priority: 'P4', responseTime: 'PT24H', deadline: '2026-03-29T23:00:00Z' },
      }),
    ).results;
    expect(result!.verdict).toBe('pass');
    expect(result!.checks.map((check) => check.actual)).toEqual(['true', 'P4', 'P1D', '2026-03-29T23:00:00+00:00']);
  });

  it('fails field by field, and counts', () => {
    const simulation = simulateText(
      catalog,
      [
        payload('webex-presence-lost', '2026-11-25T10:00:00+01:00', {
          expect: { priority: 'P1', deadline: '2026-11-25T11:00:00+01:00' },
        }),
        payload('voip-gateway-crsh', undefined, { expect: { covered: true, priority: 'P1' } }),
        payload('voip-gateway-crsh', undefined, { expect: { covered: false } }),
        payload('attendant-crash'),
      ].join('\n'),
    );
    const [first, second, third, fourth] = simulation.results;
    expect(first!.checks).toEqual([
      { field: 'priority', expected: 'P1', actual: 'P2', pass: false },
      { field: 'deadline', expected: '2026-11-25T11:00:00+01:00', actual: '2026-11-25T12:00:00+01:00', pass: false },
    ]);
    expect(second!.checks.map((check) => [check.actual, check.pass])).toEqual([
      ['false', false],
      ['', false],
    ]);
    expect([first!.verdict, second!.verdict, third!.verdict, fourth!.verdict]).toEqual([
      'fail',
      'fail',
      'pass',
      'none',
    ]);
    expect(simulation.summary).toMatchObject({ expected: 3, passed: 1, failed: 2 });
  });
});

describe('a large batch', () => {
  it('simulates 1,000 payloads with one lookup per distinct id', () => {
    const ids = catalog.events.map((event) => event.id);
    const text = Array.from({ length: 1000 }, (_, index) =>
      payload(ids[index % ids.length]!, `2026-11-25T${String(index % 24).padStart(2, '0')}:00:00+01:00`),
    ).join('\n');
    const simulation = simulateText(catalog, text);
    expect(simulation.summary.simulated).toBe(1000);
    const deadlines = simulation.queue.map((result) => result.deadline!.getTime());
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
  });

  it('reports its progress every PROGRESS_STEP payloads, and the end', () => {
    const text = Array.from({ length: PROGRESS_STEP + 1 }, () => payload('voip-gateway-crash')).join('\n');
    const reports: [number, number][] = [];
    simulateText(catalog, text, { onProgress: (done, total) => reports.push([done, total]) });
    expect(reports).toEqual([
      [0, PROGRESS_STEP + 1],
      [PROGRESS_STEP, PROGRESS_STEP + 1],
      [PROGRESS_STEP + 1, PROGRESS_STEP + 1],
    ]);
  });
});
