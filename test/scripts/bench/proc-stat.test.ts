import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ownChildrenCpuMs, waitedChildrenCpuMs } from '../../../scripts/bench/proc-stat.ts';

/** A `/proc/<pid>/stat` line of a process named `name`, whose waited-for children used `cutime` and `cstime` ticks. */
const statLine = (name: string, cutime: number, cstime: number): string =>
  `4242 (${name}) S 1 4242 4242 0 -1 4194560 9599 3883 26 4 120 30 ${cutime} ${cstime} 20 0 7 0 123 456 789\n`;

describe('waitedChildrenCpuMs', () => {
  it("reads the waited-for children's user and system ticks, at 10 ms a tick", () => {
    expect(waitedChildrenCpuMs(statLine('node', 170, 12))).toBe(1820);
  });

  it('finds the fields after a command name holding spaces and parentheses', () => {
    expect(waitedChildrenCpuMs(statLine('my (odd) name', 3, 4))).toBe(70);
  });

  it('gives nothing for a text that is not a stat line', () => {
    expect(waitedChildrenCpuMs('')).toBeUndefined();
    expect(waitedChildrenCpuMs('4242 (node) S 1 2 3')).toBeUndefined();
  });
});

describe.runIf(existsSync('/proc/self/stat'))('ownChildrenCpuMs', () => {
  it("counts a child's CPU time once the child has been waited for", () => {
    const before = ownChildrenCpuMs()!;
    const child = spawnSync(process.execPath, ['-e', 'const end = Date.now() + 300; while (Date.now() < end);']);
    expect(child.status).toBe(0);
    // The child spun for 300 ms of wall time, nearly all of it on a CPU; ticks are 10 ms.
    expect(ownChildrenCpuMs()! - before).toBeGreaterThanOrEqual(200);
  });
});
