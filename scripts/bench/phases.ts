/**
 * Where a build's CPU time goes, phase by phase (`npm run bench -- --phases`): the measured child
 * reports each line the build writes with the process's CPU time then (`child.ts`, `BENCH_MARKS`),
 * and Astro's own log lines mark where each phase ends. Ours and bare Starlight's, side by side, show
 * which phase the 18-event excess is in. Pure: the builds are run by `build.ts`.
 */
import type { Locale } from '../../src/catalog/model.ts';
import { BENCH_LOCALE, benchText, formatDecimal, medianOf, type BenchMessageKey } from './messages.ts';
import { figure, withSamples, type Figure } from './report.ts';
import { median, round } from './stats.ts';

/** The phases of `astro build`, in order; the last one ends when the process exits. */
export const PHASES = ['setup', 'server', 'client', 'pages', 'end'] as const;

/** One phase of `astro build`. */
export type Phase = (typeof PHASES)[number];

/**
 * CPU time (ms) of the build process in each phase, and of the processes it started (esbuild's
 * service, Pagefind), which only Linux's `/proc` gives (`undefined` elsewhere).
 */
export type PhaseTimes = Record<Phase, number> & { children: number | undefined };

/** One round's phases: ours, then bare Starlight's. */
export type PhaseRound = readonly [ours: PhaseTimes, bare: PhaseTimes];

/** A line the build wrote, with the build process's CPU time (ms) when it wrote it. */
export type Mark = [cpuMs: number, line: string];

const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * The line that ends each phase but the last, each found after the one before it in Astro's log of
 * a static build (configuration and content sync; the server bundle; the client bundle; the pages).
 */
const PHASE_ENDS: readonly { phase: Phase; line: RegExp }[] = [
  { phase: 'setup', line: /\[build\] Building static entrypoints/ },
  { phase: 'server', line: /\[vite\] ✓ built in/ },
  { phase: 'client', line: /\[vite\] ✓ built in/ },
  // The pages' own "Completed": the one after the build's information is before the bundles.
  { phase: 'pages', line: /✓ Completed in/ },
];

/**
 * The CPU time of each phase from a build's marks, its CPU time at exit and its children's;
 * `undefined` when one of Astro's lines is missing (a failed build, or Astro logging otherwise).
 */
export function phaseTimes(
  marks: readonly Mark[],
  exitCpuMs: number,
  childrenCpuMs: number | undefined,
): PhaseTimes | undefined {
  const lines = marks.map(([, line]) => line.replace(ANSI, ''));
  const find = (pattern: RegExp, from: number): number => {
    const index = lines.findIndex((line, at) => at >= from && pattern.test(line));
    return index < 0 ? lines.length : index;
  };
  const times: Partial<PhaseTimes> = { children: childrenCpuMs };
  let next = 0;
  let previous = 0;
  for (const { phase, line } of PHASE_ENDS) {
    const index = find(line, next);
    if (index === lines.length) return undefined;
    times[phase] = marks[index]![0] - previous;
    previous = marks[index]![0];
    next = index + 1;
  }
  times.end = exitCpuMs - previous;
  return times as PhaseTimes;
}

/** The name of each row of the breakdown. */
const PHASE_NAMES: Record<Phase | 'children', BenchMessageKey> = {
  setup: 'phaseSetup',
  server: 'phaseServer',
  client: 'phaseClient',
  pages: 'phasePages',
  end: 'phaseEnd',
  children: 'phaseChildren',
};

/**
 * One figure per phase: ours minus bare Starlight's CPU time (medians of the rounds), each side in
 * its note; missing, with `note`, when no round could be read. The processes the builds started
 * get a row when every round counted them.
 */
export function phaseFigures(
  catalogue: { label: string; slug: string },
  rounds: readonly PhaseRound[],
  note?: string,
  locale: Locale = BENCH_LOCALE,
): Figure[] {
  const missing = note ?? (rounds.length === 0 ? benchText('phasesMissing', {}, locale) : undefined);
  // Without /proc the started processes are not counted: no row rather than a row of zeros.
  const counted = rounds.every((pair) => pair.every((side) => side.children !== undefined));
  const rows: readonly (Phase | 'children')[] = counted ? [...PHASES, 'children'] : PHASES;
  return rows.map((phase) => {
    const name = benchText(
      'phaseFigure',
      { phase: benchText(PHASE_NAMES[phase], {}, locale), runs: medianOf(rounds.length, locale) },
      locale,
    );
    if (missing)
      return figure(`phase.${phase}@${catalogue.slug}`, name, catalogue.label, null, 'ms', undefined, missing);
    const [a, b] = ([0, 1] as const).map((side) => rounds.map((pair) => pair[side][phase]!)) as [number[], number[]];
    const seconds = (samples: number[]): string => formatDecimal(median(samples) / 1000, 2, locale, false);
    return withSamples(
      figure(
        `phase.${phase}@${catalogue.slug}`,
        name,
        catalogue.label,
        round(median(a) - median(b), 0),
        'ms',
        undefined,
        benchText('phaseNote', { ours: seconds(a), bare: seconds(b) }, locale),
      ),
      a.map((sample, index) => sample - b[index]!),
      0,
    );
  });
}
