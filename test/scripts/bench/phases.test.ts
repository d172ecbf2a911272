import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASES, phaseFigures, phaseTimes, type Mark, type PhaseTimes } from '../../../scripts/bench/phases.ts';

/** What `child.ts` reported for a real `astro build` of ours and of bare Starlight, with `BENCH_MARKS=1`. */
interface Reported {
  cpuMs: number;
  childrenCpuMs: number;
  marks: Mark[];
}

const reported = (side: 'ours' | 'bare'): Reported =>
  JSON.parse(
    readFileSync(path.join(import.meta.dirname, `../../fixtures/bench/astro-build-marks-${side}.json`), 'utf8'),
  ) as Reported;

const catalogue = { label: 'committed (18)', slug: 'committed' };

describe('phaseTimes', () => {
  it("splits a real build's CPU time at Astro's log lines", () => {
    const { cpuMs, childrenCpuMs, marks } = reported('ours');
    expect(phaseTimes(marks, cpuMs, childrenCpuMs)).toEqual({
      setup: 2649,
      server: 4929 - 2649,
      client: 5577 - 4929,
      // Not the "Completed" of the build's information, which comes before the bundles.
      pages: 6017 - 5577,
      end: 6383 - 6017,
      children: 220,
    });
  });

  it("reads bare Starlight's build the same way, and the phases add up to the process's CPU time", () => {
    const { cpuMs, marks } = reported('bare');
    const times = phaseTimes(marks, cpuMs, undefined)!;
    expect(times.children).toBeUndefined();
    expect(times.server).toBe(4881 - 3617);
    expect(PHASES.reduce((sum, phase) => sum + times[phase], 0)).toBe(cpuMs);
  });

  it('ignores colours, and finds nothing when a line that ends a phase is missing', () => {
    const { cpuMs, marks } = reported('ours');
    const coloured = marks.map(([at, line]): Mark => [at, line.replace('[vite]', '\x1b[32m[vite]\x1b[39m')]);
    expect(phaseTimes(coloured, cpuMs, 0)?.client).toBe(5577 - 4929);
    // A build that failed in the client bundle: one "built in" only.
    const failed = marks.filter(([at]) => at !== 5577);
    expect(phaseTimes(failed, cpuMs, 0)).toBeUndefined();
    expect(phaseTimes([], cpuMs, 0)).toBeUndefined();
  });
});

describe('phaseFigures', () => {
  const times = (base: number): PhaseTimes => ({
    setup: base,
    server: base * 2,
    client: base / 2,
    pages: base,
    end: base / 4,
    children: base / 10,
  });

  it("gives ours minus bare Starlight's median per phase, each side in the note, each round's difference kept", () => {
    const rounds = [
      [times(1000), times(800)],
      [times(1200), times(900)],
      [times(1100), times(1000)],
    ] as const;
    const figures = phaseFigures(catalogue, rounds, undefined, 'en');
    expect(figures.map((item) => item.key)).toEqual([
      'phase.setup@committed',
      'phase.server@committed',
      'phase.client@committed',
      'phase.pages@committed',
      'phase.end@committed',
      'phase.children@committed',
    ]);
    const server = figures[1]!;
    expect(server).toMatchObject({
      figure: 'build CPU time, ours − bare Starlight: server bundle (median of 3)',
      value: 2200 - 1800,
      unit: 'ms',
      verdict: 'info',
      note: 'ours 2.2 s, bare Starlight 1.8 s',
      samples: [400, 600, 200],
    });
  });

  it('writes in Italian, and reports the phases as missing when no round could be read', () => {
    const [setup] = phaseFigures(catalogue, [[times(1500), times(1000)]], undefined, 'it');
    expect(setup).toMatchObject({
      figure:
        'tempo CPU della build, la nostra − Starlight essenziale: configurazione e sincronizzazione dei contenuti',
      value: 500,
      note: 'la nostra 1,5 s, Starlight essenziale 1 s',
    });
    const unread = phaseFigures(catalogue, [], undefined, 'en');
    expect(unread.every((item) => item.verdict === 'missing' && item.value === null)).toBe(true);
    expect(unread[0]!.note).toBe('phases not read: Astro did not write the lines that end them');
    const failed = phaseFigures(catalogue, [[times(1), times(1)]], 'build failed (exit 1): Error', 'en');
    expect(failed.every((item) => item.note === 'build failed (exit 1): Error')).toBe(true);
  });

  it('gives the started processes no row when a round could not count them (no /proc), rather than zeros', () => {
    const uncounted = { ...times(1000), children: undefined };
    const figures = phaseFigures(
      catalogue,
      [
        [times(1000), times(800)],
        [uncounted, times(900)],
      ],
      undefined,
      'en',
    );
    expect(figures.map((item) => item.key)).not.toContain('phase.children@committed');
    expect(figures).toHaveLength(5);
  });
});
