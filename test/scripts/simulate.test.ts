/**
 * `npm run simulate -- FILE` in a child process: output and exit codes on passing, failing and bad files,
 * over the logic catalogue (`CATALOG_FILE=test/fixtures/logic/catalog.yaml`: P1 30 minutes, P4 one day).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import { LOGIC_CATALOG } from '../support/logic-catalog.ts';

const FIXTURES = 'test/fixtures/simulator';

/** The environment's language settings, neutral (English) unless a test sets them. */
const NEUTRAL_LOCALE = { CATALOG_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

function simulateIn(
  env: Record<string, string>,
  ...args: string[]
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['node', 'scripts/simulate.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    // A day's worth of payloads prints a line each.
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CATALOG_FILE: LOGIC_CATALOG, ...NEUTRAL_LOCALE, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const simulate = (...args: string[]) => simulateIn({}, ...args);

describe('npm run simulate', () => {
  it('exits 0 when every expectation passes, with the queue in deadline order', () => {
    const { status, stdout } = simulate(path.join(FIXTURES, 'passing.json'), '--tz', 'Europe/Rome');
    expect(status).toBe(0);
    expect(stdout).toContain(
      'PASS [0] voip-gateway-crash: Covered by Proactive Support, P1 CRITICAL, Response time < 30 minutes, Response by 2026-03-29T03:00:00+02:00',
    );
    expect(stdout).toMatch(/PASS \[3\] voip-gateway-crsh: Not covered .*Did you mean: voip-gateway-crash/);
    const queue = stdout.slice(stdout.indexOf('Triage queue'));
    expect(queue.indexOf('[0] voip-gateway-crash')).toBeLessThan(queue.indexOf('[2] recording-channels-full'));
    expect(queue.indexOf('[2] recording-channels-full')).toBeLessThan(queue.indexOf('[1] disk-space-low'));
    expect(stdout).toContain('Expected results: 4 PASS, 0 FAIL of 4.');
  });

  it('exits 1 on a FAIL and says what differed', () => {
    const { status, stdout } = simulate(path.join(FIXTURES, 'failing.jsonl'), '--tz', 'Europe/Rome');
    expect(status).toBe(1);
    expect(stdout).toContain('FAIL [1] webex-presence-lost');
    expect(stdout).toContain('priority: expected P1, got P2');
    expect(stdout).toContain('deadline: expected 2026-11-25T11:00:00+01:00, got 2026-11-25T12:00:00+01:00');
    expect(stdout).toContain('Expected results: 1 PASS, 1 FAIL of 2.');
  });

  it('exits 2 on bad payloads, located by line, column, payload and field; still simulates the valid ones', () => {
    const { status, stdout } = simulate(path.join(FIXTURES, 'invalid.json'), '--tz', 'Europe/Rome');
    expect(status).toBe(2);
    const file = path.join(FIXTURES, 'invalid.json');
    expect(stdout).toContain(`${file}:3:14: error payload [1] · field event: invalid event id`);
    expect(stdout).toContain(`${file}:4:47: error payload [2] · field occurredAt: invalid date-time`);
    expect(stdout).toContain(`${file}:4:79: error payload [2]: field not in the schema: severity`);
    expect(stdout).toContain(`${file}:5:110: error payload [3] · field expect.priority: wrong type: expected a string`);
    expect(stdout).toContain(`${file}:6:3: error payload [4]: a payload must be a JSON object`);
    expect(stdout).toContain('PASS [0] voip-gateway-crash');
  });

  it('exits 2 on invalid JSON, at its line and column, in Italian too', () => {
    const file = path.join(FIXTURES, 'broken.json');
    const { status, stdout } = simulate(file, '--lang', 'it');
    expect(status).toBe(2);
    expect(stdout).toContain(
      `${file}:3:32: error JSON non valido: atteso "," o "}" dopo il valore di una proprietà, trovato "\\""`,
    );
  });

  it('exits 2 on an unreadable file or bad usage, without a stack trace', () => {
    const missing = simulate(path.join(FIXTURES, 'missing.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read the test file: no such file');
    const usage = simulate();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run simulate');
    const zone = simulate(path.join(FIXTURES, 'passing.json'), '--tz', 'Mars/Olympus');
    expect(zone.status).toBe(2);
    expect(zone.stderr).toContain('unknown time zone');
    expect(`${missing.stderr}${usage.stderr}${zone.stderr}`).not.toMatch(/\n\s+at /);
  });

  it("words a bad command line in the language asked for, else the environment's", () => {
    const noFile = simulate('--lang', 'it');
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toContain('nessun file di prova indicato\nuso: npm run simulate -- FILE [--tz');
    const zone = simulateIn({ LANG: 'it_IT.UTF-8' }, path.join(FIXTURES, 'passing.json'), '--tz', 'Mars/Olympus');
    expect(zone.stderr).toContain('fuso orario sconosciuto "Mars/Olympus"');
    expect(simulate('--bogus', '--lang=it').stderr).toContain('opzione sconosciuta "--bogus"');
    expect(simulate('--bogus').stderr).toContain('unknown option "--bogus"\nusage: npm run simulate');
    expect(simulate(path.join(FIXTURES, 'passing.json'), '--tz').stderr).toContain('option "--tz" needs a value');
    expect(simulate('--help=yes', '--lang', 'it').stderr).toContain('l’opzione "--help" non prende un valore\nuso:');
    expect(simulate('--help=yes').stderr).toContain('option "--help" takes no value\nusage:');
    const missing = simulateIn({ CATALOG_LANG: 'it' }, path.join(FIXTURES, 'missing.json'));
    expect(missing.stderr).toContain('impossibile leggere il file di prova: il file non esiste');
    const folder = simulateIn({ CATALOG_LANG: 'it' }, FIXTURES);
    expect(folder.stderr).toContain(`${FIXTURES}: impossibile leggere il file di prova: è una cartella, non un file`);
    expect(folder.status).toBe(2);
    const invalid = simulateIn(
      { CATALOG_FILE: 'test/fixtures/versions/invalid/unknown-priority.yaml' },
      path.join(FIXTURES, 'passing.json'),
      '--lang',
      'it',
    );
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('unknown-priority.yaml:66:15: error [unresolved-reference] evento');
    // The results follow the environment's language too, when --lang is not given.
    expect(simulateIn({ CATALOG_LANG: 'it' }, path.join(FIXTURES, 'passing.json'), '--tz', 'UTC').stdout).toContain(
      'Coperto dal Supporto Proattivo',
    );
  });

  it('prints JSON for tools', () => {
    const { status, stdout } = simulate(path.join(FIXTURES, 'failing.jsonl'), '--format', 'json', '--tz', 'UTC');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as {
      summary: { failed: number };
      queue: number[];
      results: { deadline: string }[];
    };
    expect(report.summary.failed).toBe(1);
    expect(report.queue).toEqual([0, 1, 2]);
    expect(report.results[0]!.deadline).toBe('2026-11-25T09:30:00+00:00');
  });
  it('writes counts as each language does: 12,000 and 9,000 in English, 12.000 and 9000 in Italian', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-simulate-'));
    try {
      const file = path.join(dir, 'day.jsonl');
      const payload = (index: number) =>
        JSON.stringify({
          event: index % 4 === 0 ? 'disk-space-low' : 'voip-gateway-crash',
          occurredAt: '2026-11-25T10:00:00Z',
        });
      writeFileSync(file, `${Array.from({ length: 12_000 }, (_, index) => payload(index)).join('\n')}\n`);
      const english = simulate(file, '--tz', 'UTC');
      expect(english.status).toBe(0);
      expect(english.stdout).toContain('Payloads: 12,000 · simulated: 12,000 · covered: 12,000 · not covered: 0');
      expect(english.stdout).toContain('By priority level: P1 9,000, P2 0, P3 0, P4 3,000.');
      const italian = simulateIn({ CATALOG_LANG: 'it' }, file, '--tz', 'UTC');
      expect(italian.stdout).toContain('Payload: 12.000 · simulati: 12.000 · coperti: 12.000 · non coperti: 0');
      // Italian groups digits from five on (CLDR): 12.000 but 9000.
      expect(italian.stdout).toContain('Per livello di priorità: P1 9000, P2 0, P3 0, P4 3000.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
