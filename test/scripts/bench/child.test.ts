import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CHILD = path.join(import.meta.dirname, '../../../scripts/bench/child.ts');
const work = mkdtempSync(path.join(tmpdir(), 'bench-child-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A script that writes two lines with CPU work between them, as a build writes its log. */
const script = path.join(work, 'script.mjs');
writeFileSync(
  script,
  `console.log('first line');
const until = process.cpuUsage().user + 150_000;
while (process.cpuUsage().user < until);
process.stderr.write('second\\nthird\\n');
`,
);

/** Runs the script under `child.ts rss`, with `env`, and returns what it reported. */
function measured(env: Record<string, string>): Record<string, unknown> {
  const report = path.join(work, `report-${Object.keys(env).join('')}.json`);
  const run = spawnSync(process.execPath, [CHILD, 'rss', script], {
    env: { ...process.env, ...env, BENCH_REPORT: report },
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  // The script's own output still reaches its streams.
  expect(run.stdout).toBe('first line\n');
  expect(run.stderr).toBe('second\nthird\n');
  return JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>;
}

describe('child.ts rss', () => {
  it("reports each line with the process's CPU time when it was written, when asked", () => {
    const report = measured({ BENCH_MARKS: '1' });
    const marks = report['marks'] as [number, string][];
    expect(marks.map(([, line]) => line)).toEqual(['first line', 'second', 'third']);
    // The spin between the lines shows in their CPU times; the last is not after the exit's.
    expect(marks[1]![0] - marks[0]![0]).toBeGreaterThanOrEqual(140);
    expect(marks[2]![0]).toBe(marks[1]![0]);
    expect(marks[2]![0]).toBeLessThanOrEqual(report['cpuMs'] as number);
  });

  it('reports no lines unless asked', () => {
    expect(measured({})).not.toHaveProperty('marks');
  });
});
