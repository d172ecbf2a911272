/**
 * The build figures: our build and a bare Starlight site with as many pages, built alternately,
 * their wall time, CPU time and peak memory, and the ratios the budgets apply to at every size.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../src/catalog/model.ts';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import { bareSiteFiles } from './bare-site.ts';
import { phaseFigures, phaseTimes, type Mark, type PhaseRound, type PhaseTimes } from './phases.ts';
import { buildRoundsOf, type Catalogue, type Plan } from './plan.ts';
import { BENCH_LOCALE, benchText, formatDecimal, medianOf, type BenchMessageKey } from './messages.ts';
import { figure, withSamples, type Figure } from './report.ts';
import type { BudgetId } from './budgets.ts';
import { ASTRO_BIN } from '../../src/build/astro-process.ts';
import { KIB_PER_MIB, log, processTreeCpuMs, runChild, type ChildResult } from './run-child.ts';
import { maximum, median, round } from './stats.ts';

/** Counts the HTML files of a built site. */
export function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count++;
  }
  return count;
}

/** Builds the guide from a catalogue into `tmp/bench-<slug>`, cold (its cache removed first). */
async function buildOurs(
  catalogue: Catalogue,
  extraEnv: Record<string, string> = {},
): Promise<{ outDir: string; result: ChildResult; pages: number }> {
  const outDir = path.join(PROJECT_ROOT, 'tmp', `bench-${catalogue.slug}`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  log(benchText('logBuildOurs', { catalogue: catalogue.label, dir: path.relative(PROJECT_ROOT, outDir) }));
  const result = await runChild(['rss', ASTRO_BIN, 'build'], PROJECT_ROOT, {
    ...extraEnv,
    ASTRO_OUT_DIR: outDir,
    CATALOG_FILE: catalogue.file,
  });
  return { outDir, result, pages: result.exitCode === 0 ? countHtml(outDir) : 0 };
}

/** Generates and builds a bare Starlight site with `pages` HTML pages in `tmp/bench-bare-<slug>`. */
async function buildBare(
  slug: string,
  pages: number,
  extraEnv: Record<string, string> = {},
): Promise<{ result: ChildResult; pages: number }> {
  const root = path.join(PROJECT_ROOT, 'tmp', `bench-bare-${slug}`);
  rmSync(root, { recursive: true, force: true });
  for (const [file, content] of bareSiteFiles(pages)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  log(benchText('logBuildBare', { pages, dir: path.relative(PROJECT_ROOT, root) }));
  // The bare site resolves astro and Starlight from this repository's node_modules, two folders up.
  const env = { ...extraEnv, ASTRO_OUT_DIR: '', CATALOG_FILE: '' };
  const result = await runChild(['rss', ASTRO_BIN, 'build'], root, env);
  return { result, pages: result.exitCode === 0 ? countHtml(path.join(root, 'dist')) : 0 };
}

/** The first error of a failed build and the line after it (the cause), for the table's note. */
export function failureNote(output: string, exitCode: number | null, locale: Locale = BENCH_LOCALE): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && line !== 'Stack trace:');
  const first = lines.findIndex((line) => /error/i.test(line));
  const cause = first >= 0 ? lines.slice(first, first + 2).join(' ') : (lines.at(-1) ?? '');
  return benchText('buildFailed', { code: String(exitCode), cause: cause.slice(0, 200) }, locale);
}

/** The samples of one side (ours or bare) of the comparison. */
export interface BuildSamples {
  wall: number[];
  /** The build process's and, on Linux, the processes' it started (esbuild's service, Pagefind's indexer). */
  cpu: number[];
  rssMiB: number[];
}

/**
 * The figures comparing our builds with the bare ones: wall and CPU time (medians) and peak
 * memory (maxima), each with its ratio; the ratios are budgeted when `budgeted`. `note` says why
 * the figures are missing, when a build failed.
 */
export function buildFigures(
  catalogue: Pick<Catalogue, 'label' | 'slug'>,
  ours: BuildSamples,
  bare: BuildSamples,
  pages: number,
  budgeted: boolean,
  notes: { ours?: string | undefined; bare?: string | undefined } = {},
  /** Whether the CPU times count the processes the builds started (they cannot without Linux's `/proc`). */
  cpuWithChildren = true,
  locale: Locale = BENCH_LOCALE,
): Figure[] {
  const text = (key: BenchMessageKey, values: Record<string, string | number> = {}): string =>
    benchText(key, values, locale);
  const { label, slug } = catalogue;
  const ok = !notes.ours && !notes.bare && ours.wall.length > 0 && bare.wall.length > 0;
  const rounds = ours.wall.length;
  const runs = medianOf(rounds, locale);
  const either = notes.bare ?? notes.ours;
  const value = (samples: number[], pick: (samples: number[]) => number): number | null =>
    samples.length ? round(pick(samples)) : null;
  /** A ratio of ours to bare Starlight's (each side summarized by `pick`), with each round's own ratio when given. */
  const ratioFigure = (
    key: string,
    name: BenchMessageKey,
    [a, b]: [number[], number[]],
    pick: (samples: number[]) => number,
    budget: BudgetId,
    note: string | undefined,
    roundSamples: number[] = [],
  ): Figure =>
    withSamples(
      figure(
        `build.${key}@${slug}`,
        text(name),
        label,
        ok ? round(pick(a) / pick(b), 2) : null,
        '×',
        budgeted ? budget : undefined,
        note,
      ),
      roundSamples,
      2,
    );
  // Each round builds both sites one after the other: its own ratio shows how far one run's median can move.
  const roundRatios = (a: number[], b: number[]): number[] =>
    ok && rounds > 1 ? a.map((sample, index) => sample / b[index]!) : [];
  const spread = (ratios: number[]): string | undefined =>
    ratios.length
      ? text('roundRatios', {
          low: formatDecimal(Math.min(...ratios), 2, locale),
          high: formatDecimal(Math.max(...ratios), 2, locale),
        })
      : undefined;
  const wallRounds = roundRatios(ours.wall, bare.wall);
  const cpuRounds = roundRatios(ours.cpu, bare.cpu);
  return [
    figure(`build.pages@${slug}`, text('pagesBuilt'), label, notes.ours ? null : pages, 'pages', undefined, notes.ours),
    withSamples(
      figure(
        `build.ours.wall@${slug}`,
        text('buildWallOurs', { runs }),
        label,
        value(ours.wall, median),
        'ms',
        undefined,
        notes.ours,
      ),
      ours.wall,
    ),
    withSamples(
      figure(
        `build.bare.wall@${slug}`,
        text('buildWallBare', { runs }),
        label,
        value(bare.wall, median),
        'ms',
        undefined,
        either,
      ),
      bare.wall,
    ),
    ratioFigure(
      'ratio',
      'buildRatio',
      [ours.wall, bare.wall],
      median,
      'buildRatio',
      ok ? spread(wallRounds) : either,
      wallRounds,
    ),
    ratioFigure(
      'cpu-ratio',
      'buildCpuRatio',
      [ours.cpu, bare.cpu],
      median,
      'buildCpuRatio',
      ok
        ? [
            text(cpuWithChildren ? 'buildCpuNote' : 'buildCpuNoteProcessOnly', {
              ours: formatDecimal(median(ours.cpu) / 1000, 1, locale, false),
              bare: formatDecimal(median(bare.cpu) / 1000, 1, locale, false),
            }),
            spread(cpuRounds),
          ]
            .filter(Boolean)
            .join('; ')
        : either,
      cpuRounds,
    ),
    figure(
      `build.ours.rss@${slug}`,
      text('buildRssOurs'),
      label,
      value(ours.rssMiB, maximum),
      'MiB',
      budgeted ? 'buildPeakMemory' : undefined,
      notes.ours,
    ),
    figure(
      `build.bare.rss@${slug}`,
      text('buildRssBare'),
      label,
      value(bare.rssMiB, maximum),
      'MiB',
      undefined,
      either,
    ),
    ratioFigure('rss-ratio', 'buildRssRatio', [ours.rssMiB, bare.rssMiB], maximum, 'buildMemoryRatio', either),
  ];
}

/** A build's phases from what its child reported; `undefined` when they could not be read. */
function reportedPhases(result: ChildResult): PhaseTimes | undefined {
  const { marks, cpuMs, childrenCpuMs } = result.report;
  if (!Array.isArray(marks) || typeof cpuMs !== 'number') return undefined;
  return phaseTimes(marks as Mark[], cpuMs, typeof childrenCpuMs === 'number' ? childrenCpuMs : undefined);
}

/**
 * Builds a catalogue `buildRoundsOf(plan, catalogue)` times, ours and bare alternately so that both share the
 * machine's moods, and compares them; the budgets apply at every size (issue 17: maintainers and
 * CI build the small catalogue every time, where the fixed cost weighs most). With `phases`, each
 * build also reports its log lines' CPU times, and the figures add the CPU time phase by phase.
 */
export async function benchBuild(
  catalogue: Catalogue,
  plan: Plan,
  phases = false,
): Promise<{ figures: Figure[]; outDir?: string }> {
  const ours: BuildSamples = { wall: [], cpu: [], rssMiB: [] };
  const bare: BuildSamples = { wall: [], cpu: [], rssMiB: [] };
  const phaseRounds: PhaseRound[] = [];
  const env: Record<string, string> = phases ? { BENCH_MARKS: '1' } : {};
  const notes: { ours?: string; bare?: string } = {};
  let cpuWithChildren = true;
  const record = (samples: BuildSamples, result: ChildResult): void => {
    samples.wall.push(result.wallMs);
    samples.rssMiB.push((result.report['maxRssKiB'] as number) / KIB_PER_MIB);
    const tree = processTreeCpuMs(result.report);
    if (tree === undefined) cpuWithChildren = false;
    samples.cpu.push(tree ?? (result.report['cpuMs'] as number));
  };
  let pages = 0;
  let outDir: string | undefined;
  for (let warmup = 0; warmup < plan.warmupRounds; warmup++) {
    log(benchText('logWarmup', { catalogue: catalogue.label }));
    const built = await buildOurs(catalogue, env);
    // A failed build is reported by the measured rounds.
    if (built.result.exitCode !== 0) break;
    await buildBare(catalogue.slug, built.pages, env);
  }
  for (let attempt = 0, rounds = buildRoundsOf(plan, catalogue); attempt < rounds; attempt++) {
    const built = await buildOurs(catalogue, env);
    if (built.result.exitCode !== 0) {
      notes.ours = failureNote(built.result.output, built.result.exitCode);
      break;
    }
    outDir = built.outDir;
    pages = built.pages;
    record(ours, built.result);
    const reference = await buildBare(catalogue.slug, built.pages, env);
    if (reference.result.exitCode !== 0) {
      notes.bare = failureNote(reference.result.output, reference.result.exitCode);
      break;
    }
    record(bare, reference.result);
    const [oursPhases, barePhases] = [reportedPhases(built.result), reportedPhases(reference.result)];
    // A round counts only when both sides' phases were read, so that the medians compare the same rounds.
    if (oursPhases && barePhases) phaseRounds.push([oursPhases, barePhases]);
  }
  const figures = buildFigures(catalogue, ours, bare, pages, plan.buildBudgets, notes, cpuWithChildren);
  if (phases) {
    const failed = notes.ours ?? notes.bare;
    figures.push(...phaseFigures(catalogue, phaseRounds, failed));
  }
  return { ...(notes.ours || !outDir ? {} : { outDir }), figures };
}
