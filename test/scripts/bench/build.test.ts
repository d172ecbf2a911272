import { describe, expect, it } from 'vitest';
import { buildFigures, failureNote } from '../../../scripts/bench/build.ts';

const catalogue = { label: 'committed (18)', slug: 'committed' };

describe('buildFigures', () => {
  it('budgets the wall, CPU and memory ratios at any size, from medians and peaks', () => {
    const ours = { wall: [6000, 7000, 6500], cpu: [9000, 9100, 9200], rssMiB: [700, 720, 710] };
    const bare = { wall: [5000, 5000, 5000], cpu: [6000, 6000, 6000], rssMiB: [600, 610, 590] };
    const figures = buildFigures(catalogue, ours, bare, 40, true, {}, true, 'en');
    const byKey = Object.fromEntries(figures.map((item) => [item.key, item]));
    expect(byKey['build.ratio@committed']).toMatchObject({ value: 1.3, verdict: 'within', budget: 'buildRatio' });
    expect(byKey['build.cpu-ratio@committed']).toMatchObject({ value: 1.52, verdict: 'over' });
    expect(byKey['build.cpu-ratio@committed']!.note).toBe(
      '9.1 s / 6 s of the build and the processes it starts; steadier than wall time on a busy machine; rounds 1.50× to 1.53×',
    );
    // Each round's own ratio: how far the median could move.
    expect(byKey['build.ratio@committed']).toMatchObject({ note: 'rounds 1.20× to 1.40×', samples: [1.2, 1.4, 1.3] });
    expect(byKey['build.cpu-ratio@committed']!.samples).toEqual([1.5, 1.52, 1.53]);
    expect(byKey['build.rss-ratio@committed']).toMatchObject({ value: 1.18, verdict: 'within' });
    expect(byKey['build.ours.wall@committed']!.samples).toEqual([6000, 7000, 6500]);
    const ownOnly = buildFigures(catalogue, ours, bare, 40, true, {}, false, 'en');
    expect(ownOnly.find((item) => item.key === 'build.cpu-ratio@committed')!.note).toBe(
      '9.1 s / 6 s of the build process (the processes it starts are not counted without /proc); steadier than wall time on a busy machine; rounds 1.50× to 1.53×',
    );
  });

  it('names its figures and writes its notes in Italian, numbers with a decimal comma', () => {
    const ours = { wall: [6000], cpu: [9100], rssMiB: [700] };
    const bare = { wall: [5000], cpu: [6000], rssMiB: [600] };
    const cpu = buildFigures(catalogue, ours, bare, 40, true, {}, true, 'it').find(
      (item) => item.key === 'build.cpu-ratio@committed',
    )!;
    expect(cpu.figure).toBe('tempo CPU della build, la nostra / Starlight essenziale');
    expect(cpu.note).toBe(
      '9,1 s / 6 s della build e dei processi che avvia; più stabile del tempo reale su una macchina occupata',
    );
    expect(failureNote('Error: no catalogue\n', 1, 'it')).toBe('build non riuscita (codice 1): Error: no catalogue');
  });

  it('judges nothing unbudgeted, and reports a failed build as missing with its cause', () => {
    const empty = { wall: [], cpu: [], rssMiB: [] };
    const note = failureNote('[build] starting\nError: no catalogue\n  at x\ncatalog.yaml:1:1\n', 1, 'en');
    expect(note).toBe('build failed (exit 1): Error: no catalogue catalog.yaml:1:1');
    const figures = buildFigures(catalogue, empty, empty, 0, true, { ours: note });
    expect(figures.every((item) => item.verdict === 'missing')).toBe(true);
    const unbudgeted = buildFigures(
      catalogue,
      { wall: [2], cpu: [2], rssMiB: [2] },
      { wall: [1], cpu: [1], rssMiB: [1] },
      1,
      false,
    );
    expect(unbudgeted.every((item) => item.verdict === 'info')).toBe(true);
  });
});
