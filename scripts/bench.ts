/**
 * `npm run bench [-- --quick] [--bytes] [--check] [--json FILE] [--dist DIR]`: measures the
 * catalogue check, the build (against a bare Starlight site with as many pages), the weight of
 * each page type and, in Chromium, the event table and the simulator; prints one table with
 * every figure next to its budget (budgets: src/bench/budgets.ts).
 * - `--quick`: the committed catalogue and a small synthetic one, one run each; exits 1 when a
 *   figure could not be measured (CI: the benchmark must not rot; timings are not judged);
 * - `--bytes`: page weights of an already built site only (`--dist`, default `ASTRO_OUT_DIR` or
 *   `dist`), deterministic, no timing;
 * - `--check`: exit 1 when a figure is over budget or could not be measured.
 * Builds go to `tmp/bench-*` folders; the bare site is generated in `tmp/bench-bare-*`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bareSiteFiles } from '../src/bench/bare-site.ts';
import { BUDGETS, type BudgetId } from '../src/bench/budgets.ts';
import { keystrokeSequence, measureKeystrokes, measureSimulator, type Timing } from '../src/bench/browser.ts';
import { syntheticPayloads } from '../src/bench/payloads.ts';
import { failsCheck, figure, formatTable, tally, type Figure } from '../src/bench/report.ts';
import { maximum, median, round } from '../src/bench/stats.ts';
import { projectModuleNames, weighSite, type PageWeight } from '../src/bench/weights.ts';
import { checkCatalogFile, DEFAULT_CATALOG_FILE, PROJECT_ROOT } from '../src/catalog/source/read.ts';
import { synthesizeCatalogYaml } from '../src/catalog/source/synth.ts';

const USAGE = 'usage: npm run bench [-- --quick] [--bytes] [--check] [--json FILE] [--dist DIR]';
const ASTRO_BIN = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const CHILD = path.join(PROJECT_ROOT, 'scripts', 'bench-child.ts');
const WORK = path.join(PROJECT_ROOT, 'tmp', 'bench-work');
const PORTS = [4340, 4341, 4342, 4343, 4344, 4345, 4346, 4347, 4348, 4349];
const KIB_PER_MIB = 1024;

/** How much to measure: the full benchmark or the quick CI run. */
interface Plan {
  /** Synthetic catalogue sizes, besides the committed catalogue. */
  sizes: number[];
  /** The size whose figures the timing budgets apply to (none in quick mode). */
  budgetSize: number | undefined;
  runs: number;
  /** Builds of the budgeted size, ours and bare alternately. */
  buildRounds: number;
  keystrokes: number;
  payloads: number;
  simulatorRuns: number;
}

const FULL: Plan = {
  sizes: [500, 2000],
  budgetSize: 2000,
  runs: 5,
  buildRounds: 3,
  keystrokes: 50,
  payloads: 1000,
  simulatorRuns: 5,
};
const QUICK: Plan = {
  sizes: [40],
  budgetSize: undefined,
  runs: 1,
  buildRounds: 1,
  keystrokes: 6,
  payloads: 50,
  simulatorRuns: 1,
};

/** A catalogue to measure. */
interface Catalogue {
  /** `committed (18)` or the number of synthetic events. */
  label: string;
  /** Folder-safe name. */
  slug: string;
  file: string;
  events: number;
  synthetic: boolean;
}

/** What a measured child process reported. */
interface ChildResult {
  wallMs: number;
  exitCode: number | null;
  report: Record<string, unknown>;
  output: string;
}

const log = (message: string): void => console.error(`[bench] ${message}`);

/** Runs `scripts/bench-child.ts` with the Node binary running this script, timing it from spawn to exit. */
function runChild(args: string[], cwd: string, env: Record<string, string>): Promise<ChildResult> {
  mkdirSync(WORK, { recursive: true });
  const reportFile = path.join(WORK, `report-${process.pid}.json`);
  rmSync(reportFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CHILD, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, BENCH_REPORT: reportFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      const report = existsSync(reportFile)
        ? (JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>)
        : {};
      resolve({ wallMs, exitCode, report, output });
    });
  });
}

/** The committed catalogue and the synthetic ones of the plan, written to `tmp/bench-work/`. */
function catalogues(plan: Plan): Catalogue[] {
  const committed = checkCatalogFile(DEFAULT_CATALOG_FILE).catalog?.events.length ?? 0;
  const list: Catalogue[] = [
    {
      label: `committed (${committed})`,
      slug: 'committed',
      file: DEFAULT_CATALOG_FILE,
      events: committed,
      synthetic: false,
    },
  ];
  mkdirSync(WORK, { recursive: true });
  for (const size of plan.sizes) {
    const file = path.join(WORK, `catalog-${size}.yaml`);
    writeFileSync(file, synthesizeCatalogYaml(size));
    list.push({ label: String(size), slug: String(size), file, events: size, synthetic: true });
  }
  return list;
}

/** `catalog:check` as a user runs it (wall time, peak memory) and the validation alone, in process. */
async function benchCheck(catalogue: Catalogue, plan: Plan): Promise<Figure[]> {
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
    if (cli.exitCode !== 0) failure = `catalog:check exited ${cli.exitCode}: ${cli.output.trim().split('\n').pop()}`;
    wall.push(cli.wallMs);
    if (typeof cli.report['maxRssKiB'] === 'number') rss.push(cli.report['maxRssKiB'] / KIB_PER_MIB);
    const inProcess = await runChild(['validate', catalogue.file], PROJECT_ROOT, {});
    if (typeof inProcess.report['validateMs'] === 'number') validate.push(inProcess.report['validateMs']);
  }
  const atBudget = plan.budgetSize === catalogue.events && catalogue.synthetic;
  const runs = `median of ${plan.runs}`;
  return [
    figure(
      `check.wall@${catalogue.slug}`,
      `catalog:check wall time (${runs})`,
      catalogue.label,
      failure ? null : round(median(wall)),
      'ms',
      undefined,
      failure ?? 'Node start-up included',
    ),
    figure(
      `check.rss@${catalogue.slug}`,
      'catalog:check peak memory',
      catalogue.label,
      rss.length ? round(maximum(rss)) : null,
      'MiB',
    ),
    figure(
      `check.validate@${catalogue.slug}`,
      `catalogue validation in process (${runs})`,
      catalogue.label,
      validate.length ? round(median(validate)) : null,
      'ms',
      atBudget ? 'catalogCheck' : undefined,
    ),
  ];
}

/** Counts the HTML files of a built site. */
function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count++;
  }
  return count;
}

/** Builds the guide from a catalogue into `tmp/bench-<slug>`, cold (its cache removed first). */
async function buildOurs(catalogue: Catalogue): Promise<{ outDir: string; result: ChildResult; pages: number }> {
  const outDir = path.join(PROJECT_ROOT, 'tmp', `bench-${catalogue.slug}`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  log(`building the guide with the ${catalogue.label} catalogue into ${path.relative(PROJECT_ROOT, outDir)}/`);
  const result = await runChild(['rss', ASTRO_BIN, 'build'], PROJECT_ROOT, {
    ASTRO_OUT_DIR: outDir,
    CATALOG_FILE: catalogue.file,
  });
  return { outDir, result, pages: result.exitCode === 0 ? countHtml(outDir) : 0 };
}

/** Generates and builds a bare Starlight site with `pages` HTML pages in `tmp/bench-bare-<slug>`. */
async function buildBare(slug: string, pages: number): Promise<{ result: ChildResult; pages: number }> {
  const root = path.join(PROJECT_ROOT, 'tmp', `bench-bare-${slug}`);
  rmSync(root, { recursive: true, force: true });
  for (const [file, content] of bareSiteFiles(pages)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  log(`building a bare Starlight site of ${pages} pages in ${path.relative(PROJECT_ROOT, root)}/`);
  // The bare site resolves astro and Starlight from this repository's node_modules, two folders up.
  const env = { ASTRO_OUT_DIR: '', CATALOG_FILE: '' };
  const result = await runChild(['rss', ASTRO_BIN, 'build'], root, env);
  return { result, pages: result.exitCode === 0 ? countHtml(path.join(root, 'dist')) : 0 };
}

/** The first error of a failed build and the line after it (the cause), for the table's note. */
function failureNote(result: ChildResult): string {
  const lines = result.output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && line !== 'Stack trace:');
  const first = lines.findIndex((line) => /error/i.test(line));
  const cause = first >= 0 ? lines.slice(first, first + 2).join(' ') : (lines.at(-1) ?? '');
  return `build failed (exit ${result.exitCode}): ${cause.slice(0, 200)}`;
}

/**
 * Our build and the bare one with as many pages, and their ratio. The budgeted size is built
 * `plan.buildRounds` times, ours and bare alternately so that both share the machine's moods,
 * and the medians compared.
 */
async function benchBuild(catalogue: Catalogue, plan: Plan): Promise<{ figures: Figure[]; outDir?: string }> {
  const atBudget = plan.budgetSize === catalogue.events && catalogue.synthetic;
  const rounds = atBudget ? plan.buildRounds : 1;
  const { label, slug } = catalogue;
  const oursWall: number[] = [];
  const bareWall: number[] = [];
  const oursRss: number[] = [];
  const bareRss: number[] = [];
  const oursCpu: number[] = [];
  const bareCpu: number[] = [];
  let pages = 0;
  let oursNote: string | undefined;
  let bareNote: string | undefined;
  let outDir: string | undefined;
  for (let attempt = 0; attempt < rounds && !oursNote && !bareNote; attempt++) {
    const ours = await buildOurs(catalogue);
    if (ours.result.exitCode !== 0) {
      oursNote = failureNote(ours.result);
      break;
    }
    outDir = ours.outDir;
    pages = ours.pages;
    oursWall.push(ours.result.wallMs);
    oursRss.push((ours.result.report['maxRssKiB'] as number) / KIB_PER_MIB);
    oursCpu.push(ours.result.report['cpuMs'] as number);
    const bare = await buildBare(slug, ours.pages);
    if (bare.result.exitCode !== 0) {
      bareNote = failureNote(bare.result);
      break;
    }
    bareWall.push(bare.result.wallMs);
    bareRss.push((bare.result.report['maxRssKiB'] as number) / KIB_PER_MIB);
    bareCpu.push(bare.result.report['cpuMs'] as number);
  }
  const ok = !oursNote && !bareNote;
  const runs = rounds > 1 ? ` (median of ${rounds})` : '';
  const value = (samples: number[], pick: (samples: number[]) => number): number | null =>
    samples.length ? round(pick(samples)) : null;
  const withSamples = (item: Figure, samples: number[]): Figure =>
    samples.length > 1 ? { ...item, samples: samples.map((sample) => round(sample)) } : item;
  return {
    ...(oursNote || !outDir ? {} : { outDir }),
    figures: [
      figure(
        `build.pages@${slug}`,
        'HTML pages built, ours',
        label,
        oursNote ? null : pages,
        'pages',
        undefined,
        oursNote,
      ),
      withSamples(
        figure(
          `build.ours.wall@${slug}`,
          `build wall time, ours${runs}`,
          label,
          value(oursWall, median),
          'ms',
          undefined,
          oursNote,
        ),
        oursWall,
      ),
      withSamples(
        figure(
          `build.bare.wall@${slug}`,
          `build wall time, bare Starlight${runs}`,
          label,
          value(bareWall, median),
          'ms',
          undefined,
          bareNote ?? oursNote,
        ),
        bareWall,
      ),
      figure(
        `build.ratio@${slug}`,
        'build time ours / bare Starlight',
        label,
        ok ? round(median(oursWall) / median(bareWall), 2) : null,
        '×',
        atBudget ? 'buildRatio' : undefined,
        bareNote ?? oursNote,
      ),
      figure(
        `build.cpu-ratio@${slug}`,
        'build CPU time ours / bare Starlight',
        label,
        ok ? round(median(oursCpu) / median(bareCpu), 2) : null,
        '×',
        undefined,
        ok
          ? `${round(median(oursCpu) / 1000, 1)} s / ${round(median(bareCpu) / 1000, 1)} s of the build process; steadier than wall time on a busy machine`
          : (bareNote ?? oursNote),
      ),
      figure(
        `build.ours.rss@${slug}`,
        'build peak memory, ours',
        label,
        value(oursRss, maximum),
        'MiB',
        atBudget ? 'buildPeakMemory' : undefined,
        oursNote,
      ),
      figure(
        `build.bare.rss@${slug}`,
        'build peak memory, bare Starlight',
        label,
        value(bareRss, maximum),
        'MiB',
        undefined,
        bareNote ?? oursNote,
      ),
    ],
  };
}

const OWN_BUDGET: Record<string, 'tableOwnJs' | 'simulatorOwnJs' | undefined> = {
  table: 'tableOwnJs',
  simulator: 'simulatorOwnJs',
};
const kB = (bytes: number): number => round(bytes / 1000, 2);

/** Page weight figures; Starlight's and own-script budgets apply when `budgeted`. */
function weightFigures(pages: PageWeight[], label: string, slug: string, budgeted: boolean): Figure[] {
  const figures: Figure[] = [];
  for (const page of pages) {
    const name = (what: string): string => `${page.type}: ${what}`;
    const value = (bytes: number): number | null => (page.found ? kB(bytes) : null);
    const note = page.found
      ? page.missing.length
        ? `references missing files: ${page.missing.join(', ')}`
        : undefined
      : `page not built (/${page.route})`;
    const key = (what: string): string => `weight.${page.type.replace(' ', '-')}.${what}@${slug}`;
    if (!budgeted) {
      figures.push(
        figure(key('total'), name('total transferred, gzipped'), label, value(page.total), 'kB', undefined, note),
      );
      continue;
    }
    figures.push(
      figure(key('html'), name('HTML gzipped, whole page'), label, value(page.html), 'kB', undefined, note),
      figure(
        key('html-frame'),
        name('HTML gzipped, frame (without <main> content)'),
        label,
        value(page.htmlFrame),
        'kB',
        'pageHtml',
        note,
      ),
      figure(
        key('html-content'),
        name('HTML gzipped, <main> content (whole − frame)'),
        label,
        value(page.html - page.htmlFrame),
        'kB',
        'pageContent',
        note,
      ),
      figure(key('css'), name('CSS gzipped'), label, value(page.css), 'kB', 'pageCss', note),
      figure(key('js'), name('JS gzipped, all'), label, value(page.js), 'kB', undefined, note),
      figure(
        key('starlight-js'),
        name("JS gzipped, Starlight's scripts"),
        label,
        value(page.js - page.ownJs),
        'kB',
        'pageJs',
        note,
      ),
      figure(
        key('own-js'),
        name('JS gzipped, own scripts'),
        label,
        value(page.ownJs),
        'kB',
        OWN_BUDGET[page.type],
        note,
      ),
      figure(key('total'), name('total transferred, gzipped'), label, value(page.total), 'kB', undefined, note),
    );
  }
  // A page referencing a file that is not there is broken: it cannot be within budget.
  return figures.map((item) =>
    item.note?.startsWith('references missing') && item.verdict === 'within' ? { ...item, verdict: 'over' } : item,
  );
}

/** A free port among ours (4340-4349). */
async function freePort(): Promise<number> {
  for (const port of PORTS) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`ports ${PORTS[0]}-${PORTS.at(-1)} are all in use`);
}

/** Serves a build with `astro preview` on 127.0.0.1 and waits until it answers. */
async function startPreview(outDir: string, catalogFile: string): Promise<{ server: ChildProcess; base: string }> {
  const port = await freePort();
  const server = spawn(process.execPath, [ASTRO_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: outDir, CATALOG_FILE: catalogFile },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`astro preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/`)).ok) return { server, base };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error('astro preview did not answer within 60 s');
}

/** Chromium's launch options, the same as the browser tests'. */
async function launchOptions(): Promise<Record<string, unknown>> {
  const config = (await import('../playwright.config.ts')).default as {
    use?: { launchOptions?: Record<string, unknown> };
  };
  return config.use?.launchOptions ?? { executablePath: '/usr/bin/chromium' };
}

/** Figures of timed interactions: the median update time (budgeted) and the median time to the next paint. */
function timingFigures(
  key: string,
  name: string,
  catalogue: Catalogue,
  timings: Timing[] | Error,
  budget: BudgetId | undefined,
  note?: string,
): Figure[] {
  if (timings instanceof Error) {
    const reason = timings.message.split('\n')[0];
    return [
      figure(
        `${key}.update@${catalogue.slug}`,
        `${name}: to updated layout`,
        catalogue.label,
        null,
        'ms',
        budget,
        reason,
      ),
      figure(
        `${key}.paint@${catalogue.slug}`,
        `${name}: to next paint`,
        catalogue.label,
        null,
        'ms',
        undefined,
        reason,
      ),
    ];
  }
  const update = timings.map((timing) => timing.update);
  const paint = timings.map((timing) => timing.paint);
  return [
    figure(
      `${key}.update@${catalogue.slug}`,
      `${name}: to updated layout`,
      catalogue.label,
      round(median(update), 2),
      'ms',
      budget,
      [`max ${round(maximum(update), 1)} ms`, note].filter(Boolean).join('; '),
    ),
    figure(
      `${key}.paint@${catalogue.slug}`,
      `${name}: to next paint`,
      catalogue.label,
      round(median(paint), 2),
      'ms',
      undefined,
      'includes the wait for the next frame',
    ),
  ];
}

/** The table's keystroke time and the simulator's batch time, in Chromium, on one build. */
async function benchBrowser(outDir: string | undefined, catalogue: Catalogue, plan: Plan): Promise<Figure[]> {
  const atBudget = plan.budgetSize === catalogue.events && catalogue.synthetic;
  const keyName = `table keystroke (median of ${plan.keystrokes})`;
  const simName = `simulator, ${plan.payloads} payloads (median of ${plan.simulatorRuns})`;
  const keyBudget = atBudget ? 'tableKeystroke' : undefined;
  const simBudget = atBudget ? 'simulatorBatch' : undefined;
  let preview: { server: ChildProcess; base: string } | undefined;
  const { chromium } = await import('@playwright/test');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  const figures: Figure[] = [];
  try {
    if (!outDir) throw new Error('the build failed');
    preview = await startPreview(outDir, catalogue.file);
    browser = await chromium.launch(await launchOptions());
    const page = await browser.newPage();
    try {
      const response = await page.goto(`${preview.base}/proactive-support/events/`);
      if (!response?.ok()) throw new Error(`page not built (/proactive-support/events/: HTTP ${response?.status()})`);
      await page.locator('#events-table tr[data-event-id]').first().waitFor({ timeout: 15_000 });
      const rows = await page.locator('#events-table tr[data-event-id]').count();
      const timings = await measureKeystrokes(page, keystrokeSequence(plan.keystrokes));
      figures.push(...timingFigures('browser.keystroke', keyName, catalogue, timings, keyBudget, `${rows} rows`));
    } catch (error) {
      figures.push(...timingFigures('browser.keystroke', keyName, catalogue, error as Error, keyBudget));
    }
    try {
      const response = await page.goto(`${preview.base}/proactive-support/simulator/`);
      if (!response?.ok())
        throw new Error(`page not built (/proactive-support/simulator/: HTTP ${response?.status()})`);
      await page.locator('#simulator-input').waitFor({ timeout: 15_000 });
      const ids = checkCatalogFile(catalogue.file).catalog?.events.map((event) => event.id) ?? [];
      const batch = JSON.stringify(syntheticPayloads(ids, plan.payloads));
      const timings = await measureSimulator(page, batch, plan.simulatorRuns);
      // The simulator times its own phases (last run): where the time goes, simulation or rendering.
      const own = await page
        .locator('[data-simulated-count]')
        .first()
        .evaluate((element) => ({ ...(element as HTMLElement).dataset }));
      const phases =
        own['simulateMs'] && own['durationMs']
          ? `; last run: simulate ${own['simulateMs']} ms, simulate + render ${own['durationMs']} ms`
          : '';
      const note = `data-simulated-count="${own['simulatedCount']}"${phases}`;
      figures.push(...timingFigures('browser.simulator', simName, catalogue, timings, simBudget, note));
    } catch (error) {
      figures.push(...timingFigures('browser.simulator', simName, catalogue, error as Error, simBudget));
    }
  } catch (error) {
    figures.push(
      ...timingFigures('browser.keystroke', keyName, catalogue, error as Error, keyBudget),
      ...timingFigures('browser.simulator', simName, catalogue, error as Error, simBudget),
    );
  } finally {
    await browser?.close();
    preview?.server.kill();
  }
  return figures;
}

/** Bytes mode: the weights of an existing build. */
function benchBytes(distDir: string): { figures: Figure[]; pages: Record<string, PageWeight[]> } {
  const ownModules = projectModuleNames(path.join(PROJECT_ROOT, 'src'));
  const pages = weighSite(distDir, ownModules);
  const label = path.relative(PROJECT_ROOT, distDir) || distDir;
  return { figures: weightFigures(pages, `${label}/`, 'dist', true), pages: { [label]: pages } };
}

/** Everything the plan measures. */
async function benchAll(plan: Plan): Promise<{ figures: Figure[]; pages: Record<string, PageWeight[]> }> {
  const figures: Figure[] = [];
  const pages: Record<string, PageWeight[]> = {};
  const ownModules = projectModuleNames(path.join(PROJECT_ROOT, 'src'));
  const list = catalogues(plan);
  for (const catalogue of list) {
    log(`catalog:check on the ${catalogue.label} catalogue, ${plan.runs} run(s)`);
    figures.push(...(await benchCheck(catalogue, plan)));
  }
  const built = new Map<string, string>();
  for (const catalogue of list) {
    const { figures: buildFigures, outDir } = await benchBuild(catalogue, plan);
    figures.push(...buildFigures);
    if (outDir) built.set(catalogue.slug, outDir);
  }
  const largest = list.at(-1)!;
  for (const catalogue of [list[0]!, ...(largest === list[0] ? [] : [largest])]) {
    const outDir = built.get(catalogue.slug);
    const weights = outDir ? weighSite(outDir, ownModules) : [];
    pages[catalogue.label] = weights;
    const budgeted = !catalogue.synthetic;
    if (outDir) figures.push(...weightFigures(weights, catalogue.label, catalogue.slug, budgeted));
    else
      figures.push(
        figure(
          `weight.all@${catalogue.slug}`,
          'page weights',
          catalogue.label,
          null,
          'kB',
          budgeted ? 'pageHtml' : undefined,
          'the build failed',
        ),
      );
  }
  log(`measuring the table and the simulator in Chromium on the ${largest.label} build`);
  figures.push(...(await benchBrowser(built.get(largest.slug), largest, plan)));
  return { figures, pages };
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        quick: { type: 'boolean', default: false },
        bytes: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        json: { type: 'string' },
        dist: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  // Timings taken while other work loads the CPUs are not comparable: say so next to them.
  const loadBefore = round(os.loadavg()[0]!, 1);
  const plan = values.quick ? QUICK : FULL;
  let result: { figures: Figure[]; pages: Record<string, PageWeight[]> };
  if (values.bytes) {
    const distDir = path.resolve(values.dist ?? process.env['ASTRO_OUT_DIR'] ?? 'dist');
    if (!existsSync(distDir)) {
      console.error(`no build at ${distDir}: run npm run build first (or pass --dist DIR)\n${USAGE}`);
      return 2;
    }
    result = benchBytes(distDir);
  } else {
    result = await benchAll(plan);
  }
  const counts = tally(result.figures);
  const seconds = round((performance.now() - started) / 1000, 1);
  console.log(formatTable(result.figures));
  const load = { before: loadBefore, after: round(os.loadavg()[0]!, 1) };
  console.log(
    `\n${result.figures.length} figures: ${counts.within} within budget, ${counts.over} over, ${counts.missing} missing, ${counts.info} without budget (${seconds} s, ${os.cpus().length} CPUs, Node ${process.version}, load average ${load.before} before and ${load.after} after).`,
  );
  if (!values.bytes && Math.max(load.before, load.after) > os.cpus().length)
    console.log('The machine was busy with other work: timings are inflated; run again on an idle machine to compare.');
  if (values.json) {
    const report = {
      mode: values.bytes ? 'bytes' : values.quick ? 'quick' : 'full',
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
    console.log(`Wrote ${values.json}`);
  }
  // The quick run is CI's guard that the benchmark still measures everything; its timings are not judged.
  if (values.quick && counts.missing > 0) {
    console.error(`${counts.missing} figure(s) could not be measured: the benchmark has rotted, see MISSING above.`);
    return 1;
  }
  return values.check && failsCheck(result.figures) ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`bench failed unexpectedly: ${(error as Error).stack ?? (error as Error).message}`);
  process.exitCode = 2;
}
