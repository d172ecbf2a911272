/** The figures of `catalog:check`: wall time and peak memory as a user runs it, and validation in process. */
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import { atBudgetSize, type Catalogue, type Plan } from './plan.ts';
import { benchText, medianOf } from './messages.ts';
import { figure, type Figure } from './report.ts';
import { KIB_PER_MIB, runChild } from './run-child.ts';
import { maximum, median, round } from './stats.ts';

/** `catalog:check` as a user runs it (wall time, peak memory) and the validation alone, in process. */
export async function benchCheck(catalogue: Catalogue, plan: Plan): Promise<Figure[]> {
  const wall: number[] = [];
  const rss: number[] = [];
  const validate: number[] = [];
  let failure: string | undefined;
  for (let run = 0; run < plan.runs; run++) {
    const cli = await runChild(
      ['rss', path.join(PROJECT_ROOT, 'scripts', 'catalog-check.ts'), catalogue.file],
      PROJECT_ROOT,
      {},
    );
    if (cli.exitCode !== 0)
      failure = benchText('checkFailed', {
        code: String(cli.exitCode),
        line: cli.output.trim().split('\n').pop() ?? '',
      });
    wall.push(cli.wallMs);
    if (typeof cli.report['maxRssKiB'] === 'number') rss.push(cli.report['maxRssKiB'] / KIB_PER_MIB);
    const inProcess = await runChild(['validate', catalogue.file], PROJECT_ROOT, {});
    if (typeof inProcess.report['validateMs'] === 'number') validate.push(inProcess.report['validateMs']);
  }
  const runs = medianOf(plan.runs);
  return [
    figure(
      `check.wall@${catalogue.slug}`,
      benchText('checkWall', { runs }),
      catalogue.label,
      failure ? null : round(median(wall)),
      'ms',
      undefined,
      failure ?? benchText('checkWallNote'),
    ),
    figure(
      `check.rss@${catalogue.slug}`,
      benchText('checkRss'),
      catalogue.label,
      rss.length ? round(maximum(rss)) : null,
      'MiB',
    ),
    figure(
      `check.validate@${catalogue.slug}`,
      benchText('checkValidate', { runs }),
      catalogue.label,
      validate.length ? round(median(validate)) : null,
      'ms',
      atBudgetSize(plan, catalogue) ? 'catalogCheck' : undefined,
    ),
  ];
}
