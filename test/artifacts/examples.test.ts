/**
 * The code samples of the integration page and of the package README, run: for each catalogue,
 * the artifacts are generated, the npm tarball is installed into an empty project under `tmp/`
 * with `catalog.ts` beside it, and every sample is executed there with Node 24. Each result
 * written after `// ` must be what the code gives (the expression and the comment are both
 * evaluated and compared), TypeScript samples must type-check (`@ts-expect-error` included), the
 * test file of payloads must pass the package's command, and the payload must satisfy the
 * published schema. On the committed catalogue, on a fixture whose samples talk about another
 * event, priority and response time, and on catalogues whose events are all deprecated, or none.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import semver from 'semver';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_TEST_FILE,
  integrationSample,
  literal,
  packageExample,
  SAMPLE_KINDS,
  sampleEvent,
  simulatorPageExample,
  type SampleAddresses,
  type SampleKind,
} from '../../src/artifacts/examples.ts';
import { generateArtifacts, type ArtifactFile } from '../../src/artifacts/generate.ts';
import { catalogFolderPath, PACKAGE_DIR, tarballPath } from '../../src/artifacts/paths.ts';
import { artifactInputs, siteBase, SRC_DIR } from '../../src/artifacts/inputs.ts';
import { compileTooling } from '../../src/artifacts/package.ts';
import { readTarball } from '../../src/artifacts/verify.ts';
import { interpolate } from '../../src/catalog/messages/define.ts';
import { simulatorMessages } from '../../src/catalog/messages/simulator.ts';
import { simulateText } from '../../src/catalog/simulator/simulate.ts';
import { createLookups } from '../../src/catalog/lookups.ts';
import { LOCALES, type Catalog, type Locale } from '../../src/catalog/model.ts';
import { loadCatalog, PROJECT_ROOT } from '../../src/catalog/source/read.ts';

const run = promisify(execFile);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const SITE = 'https://care.imagicle.com/';
const fixture = loadCatalog(path.join(PROJECT_ROOT, 'test/fixtures/examples/catalog.yaml'));

/** The catalogues the samples are generated from and run against. */
const CATALOGUES: [name: string, catalog: Catalog][] = [
  ['the committed catalogue', loadCatalog(path.join(PROJECT_ROOT, 'catalog/catalog.yaml'))],
  ['a catalogue whose first event is deprecated, at other priorities and response times', fixture],
  [
    'a catalogue whose events are all deprecated',
    {
      ...fixture,
      events: fixture.events.map((event) => ({
        ...event,
        deprecated: event.deprecated ?? { since: fixture.version, reason: { it: 'Ritirato.', en: 'Retired.' } },
      })),
    },
  ],
  ['a catalogue without events', { ...fixture, events: [] }],
];

/** A line that states a result: an expression statement, then `// ` and the value as a literal. */
const RESULT_LINE = /^(?<expression>.+?);\s+\/\/ (?<result>.+)$/;

/** A line with a `//` comment (not one inside a URL), other than TypeScript's `@ts-expect-error`. */
const isCommented = (line: string): boolean => /(^|\s)\/\/\s/.test(line) && !line.includes('// @ts-expect-error');

/** What one result line gave when run. */
interface Outcome {
  line: number;
  equal: boolean;
  actual: string;
  expected: string;
}

/**
 * The sample with each result line rewritten to record its expression's value and its comment's
 * value (both evaluated), and `fetch` answering `catalog.json` from the project's copy.
 */
function instrument(code: string, addresses: SampleAddresses): string {
  const body = code
    .split('\n')
    .map((line, index) => {
      const match = RESULT_LINE.exec(line);
      if (!match) return line;
      const { expression, result } = match.groups!;
      return `__check(${index + 1}, () => (${expression}), () => (${result}));`;
    })
    .join('\n');
  return `import { readFileSync as __read } from 'node:fs';
import { inspect as __inspect, isDeepStrictEqual as __equal } from 'node:util';
const __outcomes = [];
const __check = (line, actual, expected) => {
  const [a, e] = [actual(), expected()];
  __outcomes.push({ line, equal: __equal(a, e), actual: __inspect(a), expected: __inspect(e) });
};
globalThis.fetch = async (url) => {
  if (String(url) !== ${JSON.stringify(addresses.catalogJson)}) throw new Error('unexpected fetch of ' + url);
  return new Response(__read(new URL('./catalog.json', import.meta.url)));
};
${body}
process.stdout.write(JSON.stringify(__outcomes));
`;
}

/** Type-checks files of the project as a consumer's strict TypeScript would; returns the diagnostics. */
function typeCheck(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${path.basename(d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

// The tooling does not depend on the catalogue: bundle it once for every catalogue.
const tooling = compileTooling(SRC_DIR);
const workRoot = path.join(PROJECT_ROOT, 'tmp');
mkdirSync(workRoot, { recursive: true });
const work = mkdtempSync(path.join(workRoot, 'examples-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const addresses = (catalog: Catalog): SampleAddresses => ({
  catalogJson: new URL(catalogFolderPath('catalog.json'), siteBase(SITE)).href,
  tarball: new URL(tarballPath(catalog.version), siteBase(SITE)).href,
});

describe.each(CATALOGUES)('the samples of %s', (_, catalog) => {
  let project: string;
  let files: ArtifactFile[];
  const where = addresses(catalog);
  const sample = (kind: SampleKind, locale: Locale) => integrationSample(kind, catalog, locale, where);
  const artifact = (name: string) => files.find((file) => file.path === name)!;

  beforeAll(async () => {
    // No PDF edition: the samples do not use it, and laying it out costs seconds.
    files = await generateArtifacts({ ...artifactInputs(catalog, SITE), tooling, pdfs: Promise.resolve([]) });
    project = mkdtempSync(path.join(work, 'project-'));
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    const tarball = files.find((file) => file.path.startsWith(`${PACKAGE_DIR}/`))!;
    const tgz = path.join(project, path.basename(tarball.path));
    writeFileSync(tgz, tarball.bytes);
    for (const name of ['catalog.ts', 'catalog.json']) {
      writeFileSync(path.join(project, name), artifact(catalogFolderPath(name)).bytes);
    }
    await run(
      'npm',
      ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--no-update-notifier', tgz],
      { cwd: project },
    );
  }, 180_000);

  /** Writes the test file sample into the project; returns its lines. */
  function writeTestFile(locale: Locale): string[] {
    const lines = sample('testFile', locale).code.split('\n');
    writeFileSync(path.join(project, EXAMPLE_TEST_FILE), `${lines.join('\n')}\n`);
    return lines;
  }

  /** Runs a code sample in the project and returns what each of its result lines gave. */
  async function runSample(name: string, code: string): Promise<Outcome[]> {
    const commented = code.split('\n').filter(isCommented);
    // Every comment in a code sample is a result (words would have to be translated and checked).
    expect(
      commented.filter((line) => !RESULT_LINE.test(line)),
      name,
    ).toEqual([]);
    const file = path.join(project, name);
    writeFileSync(file, instrument(code, where));
    const { stdout } = await run(process.execPath, [file], { cwd: project });
    const outcomes = JSON.parse(stdout) as Outcome[];
    expect(outcomes.length, name).toBe(commented.length);
    return outcomes;
  }

  /** Expects every result line of a sample to be right, and at least one to exist. */
  async function expectResults(name: string, code: string): Promise<void> {
    const outcomes = await runSample(name, code);
    expect(outcomes.length, name).toBeGreaterThan(0);
    expect(outcomes.filter((outcome) => !outcome.equal)).toEqual([]);
  }

  /** The check of each sample kind, in a language: the type makes a new kind without a check an error. */
  const checks: Record<SampleKind, (locale: Locale) => Promise<void>> = {
    install: async (locale) => {
      const lines = sample('install', locale).code.split('\n');
      const tarball = files.find((file) => file.path.startsWith(`${PACKAGE_DIR}/`))!;
      expect(lines).toContain(`npm install ${new URL(tarball.path, siteBase(SITE)).href}`);
      const range = lines.map((line) => /@imagicle\/care-catalog@(\S+)$/.exec(line)?.[1]).find(Boolean)!;
      expect(semver.satisfies(catalog.version, range), range).toBe(true);
    },
    payload: async (locale) => {
      const payload = JSON.parse(sample('payload', locale).code) as { event: string };
      const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, strictRequired: false }));
      ajv.addVocabulary(['errorMessage', 'patternErrorMessage', 'enumDescriptions']);
      const schema = JSON.parse(new TextDecoder().decode(artifact(catalogFolderPath('event.schema.json')).bytes));
      const validate = ajv.compile(schema);
      expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
      // The event is one the catalogue knows, whenever it knows one.
      if (catalog.events.length > 0) expect(catalog.events.map(({ id }) => id)).toContain(payload.event);
    },
    consume: (locale) => expectResults(`consume.${locale}.mjs`, sample('consume', locale).code),
    fetched: (locale) => expectResults(`fetched.${locale}.mjs`, sample('fetched', locale).code),
    simulator: (locale) => expectResults(`simulator.${locale}.mjs`, sample('simulator', locale).code),
    types: (locale) => expectResults(`types.${locale}.ts`, sample('types', locale).code),
    module: (locale) => expectResults(`module.${locale}.ts`, sample('module', locale).code),
    testFile: async (locale) => {
      const lines = writeTestFile(locale);
      const { stdout } = await run(
        path.join(project, 'node_modules', '.bin', 'care-catalog'),
        ['simulate', EXAMPLE_TEST_FILE, '--format', 'json'],
        { cwd: project },
      );
      const report = JSON.parse(stdout) as { issues: unknown[]; results: { verdict: string }[] };
      expect(report.issues).toEqual([]);
      expect(report.results.map(({ verdict }) => verdict)).toEqual(lines.map(() => 'pass'));
    },
    command: async (locale) => {
      const lines = writeTestFile(locale);
      // The command line as a reader types it, through the shell and npx (offline: the package is installed).
      const { stdout } = await run('sh', ['-c', sample('command', locale).code], {
        cwd: project,
        env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
      });
      for (const index of lines.keys()) expect(stdout).toMatch(new RegExp(`^PASS \\[${index}\\] `, 'm'));
      // In the page's language.
      const m = simulatorMessages[locale];
      expect(stdout).toContain(
        interpolate(m.summaryExpect, { passed: lines.length, failed: 0, expected: lines.length }),
      );
    },
  };

  for (const locale of LOCALES) {
    for (const kind of SAMPLE_KINDS) {
      it(`${kind} (${locale}) gives what it says`, () => checks[kind](locale), 60_000);
    }
  }

  it('the package README example gives what it says', async () => {
    const tarball = files.find((file) => file.path.startsWith(`${PACKAGE_DIR}/`))!;
    const readme = new TextDecoder().decode(
      (await readTarball(tarball.bytes)).find((entry) => entry.path === 'package/README.md')!.bytes,
    );
    expect(readme).toContain(packageExample(catalog));
    await expectResults('readme.mjs', packageExample(catalog));
  });

  it('the TypeScript samples type-check, and the misspelt id does not', () => {
    const names = ['types.ts', 'module.ts'];
    writeFileSync(path.join(project, names[0]!), sample('types', 'en').code);
    writeFileSync(path.join(project, names[1]!), sample('module', 'en').code);
    // An unused `@ts-expect-error` is itself an error: an id that compiled would be reported.
    expect(typeCheck(names.map((name) => path.join(project, name)))).toEqual([]);
  }, 60_000);

  it('talk about the catalogue’s own event, priority, response time and version', () => {
    const event = sampleEvent(catalog);
    const code = LOCALES.flatMap((locale) => SAMPLE_KINDS.map((kind) => sample(kind, locale).code)).join('\n');
    expect(code).toContain(literal(catalog.version));
    if (!event) return;
    for (const value of [event.id, event.priority, event.responseTime]) expect(code).toContain(literal(value));
  });
});

describe('the samples follow the catalogue', () => {
  it('change with the priority of the event they talk about, and with its response time', () => {
    const event = sampleEvent(fixture)!;
    const other = fixture.priorities.find((priority) => priority.id !== event.priority)!;
    const changed: Catalog = {
      ...fixture,
      events: fixture.events.map((e) =>
        e.id === event.id ? { ...e, priority: other.id, responseTime: other.responseTime } : e,
      ),
    };
    for (const kind of ['consume', 'simulator', 'testFile', 'module'] as const) {
      const before = integrationSample(kind, fixture, 'en', addresses(fixture)).code;
      const after = integrationSample(kind, changed, 'en', addresses(changed)).code;
      expect(after, kind).not.toBe(before);
      expect(after, kind).toContain(other.id);
      expect(before, kind).toContain(event.priority);
    }
    expect(packageExample(changed)).toContain(literal(other.id));
  });
});

describe.each(CATALOGUES)("the simulator page's example, from %s", (_, catalog) => {
  it('passes every expectation it states, with one payload per other priority level and a misspelt id', () => {
    const payloads = simulatorPageExample(catalog);
    const simulation = simulateText(catalog, JSON.stringify(payloads));
    expect(simulation.issues).toEqual([]);
    expect(simulation.results.map((result) => result.verdict)).toEqual(payloads.map(() => 'pass'));
    expect(payloads.at(-1)).toMatchObject({ expect: { covered: false } });
    const levels = new Set(
      createLookups(catalog)
        .coveredEvents()
        .map((event) => event.priority),
    );
    expect(payloads.length).toBe(2 + Math.min(2, Math.max(0, levels.size - 1)));
  });
});
