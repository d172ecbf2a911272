/**
 * The figures of `npm run build` itself, as maintainers and CI run it: the staged build
 * (`scripts/build.ts`), which starts `astro build` in a process of its own with the environment of
 * `src/build/astro-process.ts`. Not budgeted: the budgets compare plain `astro build` with bare
 * Starlight's, both with Astro's defaults; these say what the command costs its users.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/catalog/source/project-root.ts';
import { stagingPaths } from '../../src/build/staging.ts';
import type { Catalogue, Plan } from './plan.ts';
import type { Locale } from '../../src/catalog/model.ts';
import { BENCH_LOCALE, benchText, medianOf } from './messages.ts';
import { figure, withSamples, type Figure } from './report.ts';
import { log, processTreeCpuMs, runChild } from './run-child.ts';
import { median, round } from './stats.ts';
import { failureNote } from './build.ts';

/** The command's script. */
const BUILD_SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'build.ts');

/** The samples of the command's runs: wall time, and CPU time of the command and the build it waited for. */
export interface CommandSamples {
  wall: number[];
  /** Empty where the children's CPU time cannot be read (not Linux). */
  cpu: number[];
}

/** The figures of the command's runs; `note` says why they are missing when a run failed. */
export function commandFigures(
  catalogue: Pick<Catalogue, 'label' | 'slug'>,
  samples: CommandSamples,
  note?: string,
  locale: Locale = BENCH_LOCALE,
): Figure[] {
  const { label, slug } = catalogue;
  const runs = medianOf(samples.wall.length, locale);
  const wall = figure(
    `command.wall@${slug}`,
    benchText('commandWall', { runs }, locale),
    label,
    note || samples.wall.length === 0 ? null : round(median(samples.wall)),
    'ms',
    undefined,
    note ?? benchText('commandWallNote', {}, locale),
  );
  if (note || samples.cpu.length === 0) return [withSamples(wall, samples.wall)];
  return [
    withSamples(wall, samples.wall),
    withSamples(
      figure(
        `command.cpu@${slug}`,
        benchText('commandCpu', { runs }, locale),
        label,
        round(median(samples.cpu)),
        'ms',
        undefined,
        benchText('commandCpuNote', {}, locale),
      ),
      samples.cpu,
    ),
  ];
}

/** Runs `npm run build`'s script `plan.commandBuildRounds` times on a catalogue, cold, into `tmp/bench-command`. */
export async function benchBuildCommand(catalogue: Catalogue, plan: Plan): Promise<Figure[]> {
  const outDir = path.join(PROJECT_ROOT, 'tmp', 'bench-command');
  const samples: CommandSamples = { wall: [], cpu: [] };
  log(benchText('logCommand', { runs: plan.commandBuildRounds, dir: path.relative(PROJECT_ROOT, outDir) }));
  for (let run = 0; run < plan.commandBuildRounds; run++) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(stagingPaths(outDir).cache, { recursive: true, force: true });
    const result = await runChild(['rss', BUILD_SCRIPT], PROJECT_ROOT, {
      ASTRO_OUT_DIR: outDir,
      CATALOG_FILE: catalogue.file,
    });
    if (result.exitCode !== 0) return commandFigures(catalogue, samples, failureNote(result.output, result.exitCode));
    samples.wall.push(result.wallMs);
    const cpu = processTreeCpuMs(result.report);
    if (cpu !== undefined) samples.cpu.push(cpu);
  }
  return commandFigures(catalogue, samples);
}
