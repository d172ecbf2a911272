import { describe, expect, it } from 'vitest';
import { commandFigures } from '../../../scripts/bench/build-command.ts';
import { processTreeCpuMs } from '../../../scripts/bench/run-child.ts';

const catalogue = { label: 'committed (18)', slug: 'committed' };

describe('processTreeCpuMs', () => {
  it('adds the CPU time of a process and of the processes it started, when both were read', () => {
    expect(processTreeCpuMs({ cpuMs: 250.5, childrenCpuMs: 2800 })).toBe(3050.5);
    expect(processTreeCpuMs({ cpuMs: 250.5 })).toBeUndefined();
  });
});

describe('commandFigures', () => {
  it('reports medians of wall and CPU time, judged against no budget', () => {
    const figures = commandFigures(catalogue, { wall: [2600, 2900, 2700], cpu: [3100, 3300, 3200] });
    expect(figures.map((item) => [item.key, item.value, item.verdict])).toEqual([
      ['command.wall@committed', 2700, 'info'],
      ['command.cpu@committed', 3200, 'info'],
    ]);
    expect(figures[0]!.figure).toBe('npm run build wall time (median of 3)');
    expect(figures[1]!.samples).toEqual([3100, 3300, 3200]);
  });

  it('leaves the CPU figure out where it cannot be read, and reports a failed run as missing', () => {
    expect(commandFigures(catalogue, { wall: [2600], cpu: [] }).map((item) => item.key)).toEqual([
      'command.wall@committed',
    ]);
    const failed = commandFigures(catalogue, { wall: [], cpu: [] }, 'build failed (exit 1): Error: no catalogue');
    expect(failed).toEqual([
      expect.objectContaining({ verdict: 'missing', note: 'build failed (exit 1): Error: no catalogue' }),
    ]);
  });
});
