import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ownChildrenCpuMs, processTimes } from '../../../scripts/bench/proc-stat.ts';

/** A `/proc/<pid>/stat` line of a process named `name`, child of 77, with its own and its waited-for children's ticks. */
const statLine = (name: string, own: [number, number], children: [number, number]): string =>
  `4242 (${name}) S 77 4242 4242 0 -1 4194560 9599 3883 26 4 ${own.join(' ')} ${children.join(' ')} 20 0 7 0 123 456 789\n`;

describe('processTimes', () => {
  it('reads the parent, and the own and waited-for children’s user and system ticks at 10 ms a tick', () => {
    expect(processTimes(statLine('node', [120, 30], [170, 12]))).toEqual({
      ppid: 77,
      ownMs: 1500,
      waitedChildrenMs: 1820,
    });
  });

  it('finds the fields after a command name holding spaces and parentheses', () => {
    expect(processTimes(statLine('my (odd) name', [1, 2], [3, 4]))).toMatchObject({ ownMs: 30, waitedChildrenMs: 70 });
  });

  it('gives nothing for a text that is not a stat line', () => {
    expect(processTimes('')).toBeUndefined();
    expect(processTimes('4242 (node) S 1 2 3')).toBeUndefined();
  });
});

/**
 * Spins until it has used `ms` of CPU time (not wall time: on a busy machine the spin would get less), then (when
 * `linger`) sleeps, still running, until killed.
 */
const SPIN = (ms: number, linger: boolean) =>
  `const used = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
   while (used() < ${ms}); ${linger ? 'console.log("spun"); setInterval(() => {}, 1000);' : ''}`;

describe.runIf(existsSync('/proc/self/stat'))('ownChildrenCpuMs', () => {
  it('counts a child once it has been waited for', () => {
    const before = ownChildrenCpuMs()!;
    expect(spawnSync(process.execPath, ['-e', SPIN(300, false)]).status).toBe(0);
    // 300 ms of CPU time; ticks are 10 ms.
    expect(ownChildrenCpuMs()! - before).toBeGreaterThanOrEqual(200);
  });

  it('counts a child still running, as esbuild’s service is when a build ends', async () => {
    const before = ownChildrenCpuMs()!;
    const child = spawn(process.execPath, ['-e', SPIN(300, true)], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      expect(ownChildrenCpuMs()! - before).toBeGreaterThanOrEqual(200);
    } finally {
      child.kill();
    }
  });
});
