/**
 * `npm run bench [-- --quick] [--bytes] [--phases] [--check] [--lighthouse] [--json FILE] [--dist DIR] [--port N] [--lang it|en]`:
 * measures the catalogue check, the build at every size (against a bare Starlight site with as
 * many pages), `npm run build` itself on the committed catalogue, the weight of each page type
 * and, in Chromium, the event table, the simulator, each page type's layout shift and
 * Lighthouse's scores; prints one table with every figure next to its budget (budgets:
 * `budgets.ts` beside this file).
 * - `--quick`: the committed catalogue and a small synthetic one, one run each, no Lighthouse;
 *   exits 1 when a figure could not be measured (CI: the benchmark must not rot; timings are not judged);
 * - `--bytes`: page weights of an already built site only (`--dist`, default `ASTRO_OUT_DIR` or
 *   `dist`), deterministic, no timing;
 * - `--phases`: the committed catalogue's build against bare Starlight's only, with the CPU time of
 *   each of Astro's phases (`phases.ts`): where the fixed cost goes;
 * - `--check`: exit 1 when a figure is over budget or could not be measured;
 * - `--lighthouse`: run Lighthouse in quick mode too;
 * - `--port N` (or `BENCH_PORT`): the first of the ten ports on 127.0.0.1 the benchmark's servers
 *   and Chromium's debugging port may use (default 4340);
 * - `--lang it|en`: the language of the table and the messages (default: the environment's, as for
 *   the other tools; `messages.ts`).
 * Builds go to `tmp/bench-*` folders; the bare site is generated in `tmp/bench-bare-*`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchLayoutShift, benchInteractions, launchOptions } from './browser-run.ts';
import { benchBuild } from './build.ts';
import { benchBuildCommand } from './build-command.ts';
import { BUDGETS } from './budgets.ts';
import { benchCheck } from './check.ts';
import { lighthouseFigures, runLighthouse, type PageResult } from './lighthouse.ts';
import { catalogues, FULL, QUICK, type Catalogue, type Plan } from './plan.ts';
import { parseCommandLine } from '../../src/catalog/command/args.ts';
import { BENCH_LOCALE, benchText, formatDecimal } from './messages.ts';
import { failsCheck, figure, formatTable, tally, type Figure } from './report.ts';
import { log } from './run-child.ts';
import { DEFAULT_PORT, serveSite } from './serve.ts';
import { round } from './stats.ts';
import { benchBytes, ownModules, weightFigures } from './weight-figures.ts';
import { PAGE_TYPES, routeFile, weighSite, type PageWeight } from './weights.ts';

/** The results of a run: every figure, and the weights behind the weight figures. */
interface Results {
  figures: Figure[];
  pages: Record<string, PageWeight[]>;
}

/** What a run needs besides its plan. */
interface Options {
  firstPort: number;
  lighthouse: boolean;
}

/** The browser figures of one build: interactions (when asked), layout shift, and Lighthouse (when asked). */
async function benchServed(
  outDir: string,
  catalogue: Catalogue,
  plan: Plan,
  options: Options,
  what: { interactions: boolean; lighthouse: boolean },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const server = await serveSite(outDir, options.firstPort);
  const { chromium } = await import('@playwright/test');
  const launch = await launchOptions();
  const browser = await chromium.launch(launch);
  try {
    if (what.interactions) {
      log(benchText('logInteractions', { catalogue: catalogue.label }));
      figures.push(...(await benchInteractions(browser, server.base, catalogue, plan)));
    }
    log(benchText('logLayoutShift', { catalogue: catalogue.label }));
    figures.push(...(await benchLayoutShift(browser, server.base, outDir, catalogue)));
  } finally {
    await browser.close();
  }
  try {
    if (what.lighthouse) {
      const pages = PAGE_TYPES.map(({ type, route }) => ({ type, route, found: routeFile(outDir, route) }));
      log(benchText('logLighthouse', { runs: plan.lighthouseRuns, catalogue: catalogue.label }));
      const found = pages.filter((page) => page.found);
      const results = await runLighthouse(
        found.map((page) => `${server.base}/${page.found!.route}`),
        options.firstPort,
        String(launch['executablePath'] ?? '/usr/bin/chromium'),
        plan.lighthouseRuns,
      );
      for (const page of pages) {
        const index = found.indexOf(page);
        const result: PageResult =
          index >= 0
            ? results[index]!
            : { scores: new Error(benchText('pageNotBuilt', { route: page.route })), metrics: {}, runs: 0 };
        figures.push(
          ...lighthouseFigures(page.type, catalogue.label, catalogue.slug, result.scores, result.metrics, result.runs),
        );
      }
    }
  } finally {
    await server.close();
  }
  return figures;
}

/** Everything the plan measures. */
async function benchAll(plan: Plan, options: Options): Promise<Results> {
  const figures: Figure[] = [];
  const pages: Record<string, PageWeight[]> = {};
  const own = ownModules();
  const list = catalogues(plan);
  for (const catalogue of list) {
    log(benchText('logCheck', { catalogue: catalogue.label, runs: plan.runs }));
    figures.push(...(await benchCheck(catalogue, plan)));
  }
  const built = new Map<string, string>();
  const committed = list[0]!;
  for (const catalogue of list) {
    const { figures: buildFigures, outDir } = await benchBuild(catalogue, plan);
    figures.push(...buildFigures);
    if (outDir) built.set(catalogue.slug, outDir);
    // Right after the builds it is read beside, with the machine in the same state (not after the large builds).
    if (catalogue === committed) figures.push(...(await benchBuildCommand(committed, plan)));
  }
  const largest = list.at(-1)!;
  for (const catalogue of [committed, ...(largest === committed ? [] : [largest])]) {
    const outDir = built.get(catalogue.slug);
    const budgeted = !catalogue.synthetic;
    if (outDir) {
      const weights = weighSite(outDir, own);
      pages[catalogue.label] = weights;
      figures.push(...weightFigures(weights, catalogue.label, catalogue.slug, budgeted));
    } else {
      pages[catalogue.label] = [];
      figures.push(
        figure(
          `weight.all@${catalogue.slug}`,
          benchText('pageWeights'),
          catalogue.label,
          null,
          'kB',
          budgeted ? 'pageHtml' : undefined,
          benchText('buildDidNotSucceed'),
        ),
      );
    }
  }
  // The committed build: layout shift and Lighthouse, as visitors get it; the largest: interactions and layout shift.
  for (const catalogue of [committed, ...(largest === committed ? [] : [largest])]) {
    const outDir = built.get(catalogue.slug);
    const what = { interactions: catalogue === largest, lighthouse: catalogue === committed && options.lighthouse };
    // The browser figures of a catalogue that could not be measured, with the reason.
    const unmeasured = (reason: string): Figure =>
      figure(
        `browser.all@${catalogue.slug}`,
        benchText('browserFigures'),
        catalogue.label,
        null,
        'ms',
        undefined,
        reason,
      );
    if (!outDir) {
      figures.push(unmeasured(benchText('buildDidNotSucceed')));
      continue;
    }
    try {
      figures.push(...(await benchServed(outDir, catalogue, plan, options, what)));
    } catch (error) {
      figures.push(unmeasured((error as Error).message.split('\n')[0] ?? ''));
    }
  }
  return { figures, pages };
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      quick: { type: 'boolean', default: false },
      bytes: { type: 'boolean', default: false },
      phases: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      lighthouse: { type: 'boolean', default: false },
      json: { type: 'string' },
      dist: { type: 'string' },
      port: { type: 'string' },
      lang: { type: 'string' },
    },
    benchText('usage'),
    BENCH_LOCALE,
  );
  if (!parsed.ok) return parsed.exitCode;
  const { values, positionals } = parsed;
  if (positionals.length > 0) {
    console.error(`${benchText('unexpectedArgument', { argument: positionals[0]! })}\n${benchText('usage')}`);
    return 2;
  }
  if (values.bytes && values.phases) {
    console.error(`${benchText('bytesOrPhases')}\n${benchText('usage')}`);
    return 2;
  }
  const portText = values.port ?? process.env['BENCH_PORT'];
  const firstPort = portText === undefined ? DEFAULT_PORT : Number(portText);
  if (!Number.isInteger(firstPort) || firstPort < 1024 || firstPort > 65525) {
    console.error(`${benchText('badPort', { value: String(portText) })}\n${benchText('usage')}`);
    return 2;
  }
  const started = performance.now();
  // Timings taken while other work loads the CPUs are not comparable: say so next to them.
  const loadBefore = round(os.loadavg()[0]!, 1);
  const plan = values.quick ? QUICK : FULL;
  let result: Results;
  if (values.bytes) {
    const distDir = path.resolve(values.dist ?? process.env['ASTRO_OUT_DIR'] ?? 'dist');
    if (!existsSync(distDir)) {
      console.error(`${benchText('noBuild', { dir: distDir })}\n${benchText('usage')}`);
      return 2;
    }
    result = benchBytes(distDir);
  } else if (values.phases) {
    const [committed] = catalogues({ ...plan, sizes: [] });
    result = { figures: (await benchBuild(committed!, plan, true)).figures, pages: {} };
  } else {
    result = await benchAll(plan, { firstPort, lighthouse: plan.lighthouse || values.lighthouse });
  }
  const counts = tally(result.figures);
  const seconds = round((performance.now() - started) / 1000, 1);
  console.log(formatTable(result.figures));
  const load = { before: loadBefore, after: round(os.loadavg()[0]!, 1) };
  console.log(
    `\n${benchText('summary', {
      total: result.figures.length,
      ...counts,
      seconds: formatDecimal(seconds, 1, BENCH_LOCALE, false),
      cpus: os.cpus().length,
      node: process.version,
      before: formatDecimal(load.before, 1, BENCH_LOCALE, false),
      after: formatDecimal(load.after, 1, BENCH_LOCALE, false),
    })}`,
  );
  if (!values.bytes && Math.max(load.before, load.after) > os.cpus().length) console.log(benchText('busy'));
  if (values.json) {
    const report = {
      mode: values.bytes ? 'bytes' : values.phases ? 'phases' : values.quick ? 'quick' : 'full',
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: load,
      seconds,
      budgets: BUDGETS,
      figures: result.figures,
      pages: result.pages,
    };
    mkdirSync(path.dirname(path.resolve(values.json)), { recursive: true });
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(benchText('wrote', { file: values.json }));
  }
  // The quick run is CI's guard that the benchmark still measures everything; its timings are not judged.
  if (values.quick && counts.missing > 0) {
    console.error(benchText('rotted', { count: counts.missing }));
    return 1;
  }
  return values.check && failsCheck(result.figures) ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(benchText('unexpected', { message: (error as Error).message.split('\n')[0] ?? String(error) }));
  process.exitCode = 2;
}
