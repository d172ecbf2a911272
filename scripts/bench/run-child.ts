/**
 * Runs a measured child process (`child.ts`) with the Node binary running the benchmark, timed
 * from spawn to exit, and reads back what the child reported (peak memory, CPU time).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';

/** Scratch folder: synthetic catalogues and the children's reports. */
export const WORK = path.join(PROJECT_ROOT, 'tmp', 'bench-work');
/** `maxRSS` is in KiB. */
export const KIB_PER_MIB = 1024;
const CHILD = path.join(PROJECT_ROOT, 'scripts', 'bench', 'child.ts');

/** What a measured child process reported. */
export interface ChildResult {
  wallMs: number;
  exitCode: number | null;
  report: Record<string, unknown>;
  output: string;
}

/**
 * The CPU time (ms) of a measured process and of the processes it started (`childrenCpuMs`, read
 * on Linux only); `undefined` when the latter could not be read.
 */
export function processTreeCpuMs(report: Record<string, unknown>): number | undefined {
  const own = report['cpuMs'];
  const children = report['childrenCpuMs'];
  return typeof own === 'number' && typeof children === 'number' ? own + children : undefined;
}

/** Progress on stderr, so that stdout holds the table alone. */
export const log = (message: string): void => console.error(`[bench] ${message}`);

/** Runs `child.ts` with `args` in `cwd`, timing it from spawn to exit. */
export function runChild(args: string[], cwd: string, env: Record<string, string>): Promise<ChildResult> {
  mkdirSync(WORK, { recursive: true });
  const reportFile = path.join(WORK, `report-${process.pid}.json`);
  rmSync(reportFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CHILD, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, BENCH_REPORT: reportFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      const report = existsSync(reportFile)
        ? (JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>)
        : {};
      resolve({ wallMs, exitCode, report, output });
    });
  });
}
