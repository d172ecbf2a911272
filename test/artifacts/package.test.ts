/**
 * The artifacts as a consumer gets them: generated twice (identical bytes), written and verified
 * against the manifest, and the npm tarball installed into a temporary project outside the repo,
 * imported from plain Node and type-checked as TypeScript, with the site's answers. Built from the
 * logic catalogue (test/fixtures/logic/catalog.yaml): what is tested is the packaging, not the events.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArtifacts, type ArtifactFile } from '../../src/artifacts/generate.ts';
import { artifactInputs } from '../../src/artifacts/inputs.ts';
import { compileTooling, PackageBuildError, packTarball } from '../../src/artifacts/package.ts';
import type { Manifest } from '../../src/artifacts/manifest.ts';
import { sha256Hex } from '../../src/catalog/source/digest.ts';
import { MANIFEST_PATH, PACKAGE_NAME } from '../../src/artifacts/paths.ts';
import { moduleSpecifiers } from '../../src/artifacts/syntax.ts';
import { readTarball } from '../../src/artifacts/verify.ts';
import { writeArtifacts } from '../../src/artifacts/write.ts';
import { coversEvent as isCovered, lookupEvent as getEvent } from '../../src/catalog/lookups.ts';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import { logicCatalog } from '../support/logic-catalog.ts';
import { answersScript, runConsumer, type ConsumerAnswers } from './consumer.ts';
import { DST_CASES } from './deadline-cases.ts';

const run = promisify(execFile);
const catalog = logicCatalog();
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
let first: ArtifactFile[];
let second: ArtifactFile[];
let project: string;
let tarball: ArtifactFile;

beforeAll(async () => {
  first = await generateArtifacts(artifactInputs(catalog, 'https://care.imagicle.com/'));
  second = await generateArtifacts(artifactInputs(catalog, 'https://care.imagicle.com/'));
  tarball = first.find((file) => file.path.endsWith('.tgz'))!;
  project = mkdtempSync(path.join(tmpdir(), 'care-consumer-'));
  const tgz = path.join(project, path.basename(tarball.path));
  writeFileSync(tgz, tarball.bytes);
  // An empty project: the package must install alone, offline (it has no dependency).
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  await run(
    'npm',
    ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--no-update-notifier', tgz],
    { cwd: project },
  );
}, 120_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('reproducibility', () => {
  it('gives identical bytes for every artifact, tarball and manifest included, build after build', () => {
    expect(second.map((file) => file.path)).toEqual(first.map((file) => file.path));
    for (const [index, file] of first.entries()) {
      expect(sha256Hex(second[index]!.bytes), file.path).toBe(sha256Hex(file.bytes));
    }
  });

  it('carries no timestamp but the catalogue date, and fixed mtimes in the tarball', async () => {
    const year = new Date().getUTCFullYear();
    for (const file of first.filter((f) => !f.path.endsWith('.tgz'))) {
      const text = decode(file.bytes);
      expect(text, file.path).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/);
      expect(text.replaceAll(catalog.updated, ''), file.path).not.toContain(`${year}-`.repeat(0) + 'Generated at');
    }
    const mtimes = new Set((await readTarball(tarball.bytes)).map((entry) => entry.mtime));
    expect(mtimes.size).toBe(1);
    expect(new Date([...mtimes][0]! * 1000).getUTCFullYear()).toBe(1985);
  });
});

describe('the manifest', () => {
  it('lists every other artifact with its size and sha256', () => {
    const manifest = JSON.parse(decode(first.find((file) => file.path === MANIFEST_PATH)!.bytes)) as Manifest;
    expect(manifest.version).toBe(catalog.version);
    expect(manifest.sourceSha256).toBe(catalog.sourceSha256);
    const others = first.filter((file) => file.path !== MANIFEST_PATH);
    expect(manifest.artifacts).toEqual(
      others
        .map((file) => ({ path: file.path, size: file.bytes.byteLength, sha256: sha256Hex(file.bytes) }))
        .sort((a, b) => a.path.localeCompare(b.path)),
    );
    expect(manifest.artifacts.map(({ path }) => path)).toEqual([
      'catalog/v1/catalog-source.schema.json',
      'catalog/v1/catalog.json',
      'catalog/v1/catalog.schema.json',
      'catalog/v1/catalog.ts',
      'catalog/v1/event.schema.json',
      'catalog/v1/events.en.csv',
      'catalog/v1/events.it.csv',
      'catalog/v1/notification-templates.json',
      `package/imagicle-care-catalog-${catalog.version}.tgz`,
      'pdf/imagiclecare-proactive-support.en.pdf',
      'pdf/imagiclecare-proactive-support.it.pdf',
    ]);
  });
});

describe('the npm package', () => {
  it('is laid out as npm packs it: under package/, sorted, the command executable, the rest read-only', async () => {
    const entries = await readTarball(tarball.bytes);
    const paths = entries.map((entry) => entry.path);
    expect(paths.every((entry) => entry.startsWith('package/'))).toBe(true);
    expect(paths).toEqual([...paths].sort());
    for (const entry of entries)
      expect(entry.mode, entry.path).toBe(entry.path === 'package/dist/cli.js' ? 0o755 : 0o644);
  });

  it('is named after the catalogue version and holds ESM, declarations, JSON, schemas and the command', async () => {
    const entries = (await readTarball(tarball.bytes)).map((entry) => entry.path);
    for (const expected of [
      'package/package.json',
      'package/README.md',
      'package/dist/index.js',
      'package/dist/index.d.ts',
      'package/dist/simulator.js',
      'package/dist/simulator.d.ts',
      'package/dist/cli.js',
      'package/catalog.json',
      'package/catalog.schema.json',
      'package/event.schema.json',
    ]) {
      expect(entries).toContain(expected);
    }
    expect(entries.filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.d.ts'))).toEqual([]);
    // Site-only and source-validation modules stay out.
    expect(entries.filter((entry) => /read\.|synth|source\/|versions\/|i18n/.test(entry))).toEqual([]);
  });

  it('has a README in English and Italian, each linking the integration guide in its language', async () => {
    const readme = decode((await readTarball(tarball.bytes)).find((e) => e.path === 'package/README.md')!.bytes);
    const [english, italian] = readme.split('\n## Italiano\n');
    expect(english).toContain(`ImagicleCare Catalogue ${catalog.version} (updated ${catalog.updated})`);
    expect(english).toContain('Integration guide: https://care.imagicle.com/en/proactive-support/integration/');
    expect(italian).toContain(`Catalogo ImagicleCare ${catalog.version} (aggiornato il ${catalog.updated})`);
    expect(italian).toContain('Guida all’integrazione: https://care.imagicle.com/proactive-support/integration/');
    expect(italian).toContain(`npx ${PACKAGE_NAME} simulate events.jsonl --lang it`);
  });

  it('declares what a registry and a consumer need, and no dependency', async () => {
    const pkg = JSON.parse(
      decode((await readTarball(tarball.bytes)).find((e) => e.path === 'package/package.json')!.bytes),
    );
    expect(pkg).toMatchObject({
      name: PACKAGE_NAME,
      version: catalog.version,
      type: 'module',
      sideEffects: false,
      license: expect.any(String),
      repository: { type: 'git', url: expect.stringMatching(/^git\+https:/) },
      engines: { node: expect.any(String) },
      bin: { 'care-catalog': 'dist/cli.js' },
    });
    expect(pkg.dependencies).toBeUndefined();
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './simulator', './catalog.json']));
  });

  it('has the main entry compiled from catalog.ts, the very same text: one API', async () => {
    const { transform } = await import('esbuild');
    const entry = decode((await readTarball(tarball.bytes)).find((e) => e.path === 'package/dist/index.js')!.bytes);
    const typedModule = decode(first.find((file) => file.path === 'catalog/v1/catalog.ts')!.bytes);
    const compiled = await transform(typedModule, { loader: 'ts', format: 'esm', target: 'es2022', charset: 'utf8' });
    expect(entry).toBe(compiled.code);
    // The shape check of the data is type-only: no statement of its own in the JavaScript.
    expect(entry).not.toMatch(/^catalog;$/m);
  });

  it('bundles its tooling, reaching the lookups through the main entry', async () => {
    const scripts = new Map(
      (await readTarball(tarball.bytes))
        .filter((entry) => /^package\/dist\/[^/]+\.js$/.test(entry.path) && entry.path !== 'package/dist/index.js')
        .map((entry) => [entry.path.slice('package/dist/'.length), decode(entry.bytes)]),
    );
    // The simulator with the chunks it imports: the simulation is there, the lookups' error class is the main entry's.
    const imported = moduleSpecifiers('simulator.js', scripts.get('simulator.js')!);
    const chunks = imported
      .filter((specifier) => specifier.startsWith('./chunk-'))
      .map((specifier) => specifier.slice(2));
    const code = ['simulator.js', ...chunks].map((file) => scripts.get(file)!).join('\n');
    expect(imported).toContain('./index.js');
    expect(chunks.length).toBeGreaterThan(0);
    expect(code).toContain('function simulateText(');
    expect([...scripts.values()].some((script) => /class CatalogQueryError/.test(script))).toBe(false);
    const specifiers = ['simulator.js', ...chunks].flatMap((file) => moduleSpecifiers(file, scripts.get(file)!));
    expect(specifiers.filter((specifier) => specifier.startsWith('node:'))).toEqual([]);
  });

  /** Builds the tooling of a small source tree (the command a stub), in both languages; returns the refusals. */
  async function toolingRefusals(simulator: Record<string, string>): Promise<Record<'it' | 'en', Error>> {
    const root = mkdtempSync(path.join(tmpdir(), 'care-tooling-'));
    try {
      const files = { ...simulator, 'command/package-bin.ts': 'export const runPackageCommand = (): number => 0;\n' };
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, 'src/catalog', file)), { recursive: true });
        writeFileSync(path.join(root, 'src/catalog', file), text);
      }
      const refusal = (locale: 'it' | 'en') =>
        compileTooling(path.join(root, 'src'), locale).then(
          () => new Error('built'),
          (error: unknown) => error as Error,
        );
      return { en: await refusal('en'), it: await refusal('it') };
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('refuses a simulator that would reach a Node built-in, at the import, in both languages', async () => {
    const { en, it: italian } = await toolingRefusals({
      'simulator/index.ts': "export { simulateText } from '../command/files.ts';\n",
      // The comment names the module first: the location is the import's, from the parser's module record.
      'command/files.ts':
        "// Reads with 'node:fs'.\nimport { readFileSync } from 'node:fs';\nexport const simulateText = (file: string): string => readFileSync(file, 'utf8');\n",
    });
    expect(en).toBeInstanceOf(PackageBuildError);
    expect(en.message).toBe(
      "src/catalog/command/files.ts:2:30: the package's ./simulator must run in a browser, but this file imports node:fs, a Node module; move it to the command (src/catalog/command/)",
    );
    expect(italian.message).toBe(
      'src/catalog/command/files.ts:2:30: il sottopercorso ./simulator del pacchetto deve funzionare in un browser, ma questo file importa node:fs, un modulo di Node; spostalo nel comando (src/catalog/command/)',
    );
  });

  it('refuses declarations that are not isolated, or that import a package it does not ship, in both languages', async () => {
    const untyped = await toolingRefusals({
      'simulator/index.ts': 'export const simulateText = (text: string) => text;\n',
    });
    expect(untyped.en).toBeInstanceOf(PackageBuildError);
    expect(untyped.en.message).toMatch(
      /^The package's declarations could not be written:\nsimulator\/index\.ts:1:\d+: TS9007/,
    );
    // In TypeScript's own Italian, the place and the code kept.
    expect(untyped.it.message).toMatch(
      /^Non è stato possibile scrivere le dichiarazioni del pacchetto:\nsimulator\/index\.ts:1:\d+: TS9007: La funzione deve avere un'annotazione di tipo restituito esplicita con --isolatedDeclarations\.$/,
    );
    const external = await toolingRefusals({
      'simulator/index.ts': "export type { Simulation } from 'some-package';\n",
    });
    expect(external.en.message).toBe("The package's tooling still imports some-package: bundle it instead.");
    expect(external.it.message).toBe(
      'Gli strumenti del pacchetto importano ancora some-package: includili nel bundle.',
    );
  });

  it('refuses to pack files without a package.json, in both languages', async () => {
    await expect(packTarball([], 'en')).rejects.toThrow(new PackageBuildError('the package has no package.json'));
    await expect(packTarball([], 'it')).rejects.toThrow('il pacchetto non ha un package.json');
  });

  it('ships the libraries and code its simulator and its command share once, in chunks both import', async () => {
    const scripts = (await readTarball(tarball.bytes)).filter((entry) => /^package\/dist\/[^/]+\.js$/.test(entry.path));
    const holding = (marker: string) =>
      scripts.filter((entry) => decode(entry.bytes).includes(marker)).map((entry) => entry.path);
    expect(holding('// node_modules/zod/v4/core/core.js')).toHaveLength(1);
    expect(holding('function simulateText(')).toHaveLength(1);
    const [chunk] = holding('function simulateText(');
    expect(chunk).toMatch(/^package\/dist\/chunk-[A-Z0-9]+\.js$/);
    const file = chunk!.slice('package/dist/'.length);
    for (const entry of ['simulator.js', 'cli.js']) {
      expect(decode(scripts.find((script) => script.path === `package/dist/${entry}`)!.bytes)).toContain(
        `from "./${file}"`,
      );
    }
  });

  describe('installed into an empty project', () => {
    let answers: ConsumerAnswers;
    beforeAll(async () => {
      const script = path.join(project, 'answers.mjs');
      writeFileSync(
        script,
        answersScript(`import { catalog, getEvent, isCovered, responseDeadline, CatalogQueryError } from '${PACKAGE_NAME}';
const ids = catalog.events.map((event) => event.id);`),
      );
      answers = await runConsumer(script, project);
    });

    it('adds itself and nothing else', () => {
      const installed = readdirSync(path.join(project, 'node_modules'), { recursive: true, encoding: 'utf8' })
        .filter((entry) => entry.endsWith('package.json') && !entry.includes(`${path.sep}dist${path.sep}`))
        .map((entry) => path.dirname(entry));
      expect(installed).toEqual([path.join('@imagicle', 'care-catalog')]);
    });

    it('weighs under 1 MB installed, and under 3 kB gzipped in a browser bundle that asks one question', async () => {
      const sizes = readdirSync(path.join(project, 'node_modules'), { recursive: true, encoding: 'utf8' }).map(
        (entry) => statSync(path.join(project, 'node_modules', entry)),
      );
      const installed = sizes.filter((stat) => stat.isFile()).reduce((total, stat) => total + stat.size, 0);
      expect(installed).toBeLessThan(1024 * 1024);
      const { build } = await import('esbuild');
      const bundle = await build({
        stdin: {
          contents: `import { isCovered } from '${PACKAGE_NAME}'; console.log(isCovered('${catalog.events[0]!.id}'));`,
          resolveDir: project,
        },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      });
      expect(gzipSync(bundle.outputFiles[0]!.contents, { level: 9 }).byteLength).toBeLessThan(3 * 1024);
    });

    it('passes publint --strict and arethetypeswrong (profile esm-only: the package is ESM only)', async () => {
      const tgz = path.join(project, path.basename(tarball.path));
      // attw exits 1 on any problem the profile does not ignore (a rejected promise fails the test).
      const attw = await run('npx', ['attw', tgz, '--profile', 'esm-only', '--format', 'ascii'], { cwd: PROJECT_ROOT });
      expect(attw.stdout).toContain('node16 (from ESM): 🟢 (ESM)');
      const lint = await run('npx', ['publint', path.join(project, 'node_modules', PACKAGE_NAME), '--strict'], {
        cwd: PROJECT_ROOT,
      });
      expect(lint.stdout).toContain('All good!');
    }, 120_000);

    it('answers as the site does, event by event', () => {
      expect(Object.keys(answers.events)).toEqual(catalog.events.map(({ id }) => id));
      for (const event of catalog.events) {
        expect(answers.events[event.id]).toEqual({
          event: getEvent(catalog, event.id),
          covered: isCovered(catalog, event.id),
        });
      }
      expect(answers.unknownEvent).toBeNull();
    });

    it('gives the deadlines around the daylight-saving changes', () => {
      expect(answers.deadlines).toEqual(DST_CASES.map(({ deadline }) => deadline));
    });

    it('refuses bad input with its typed error', () => {
      for (const error of answers.errors) {
        expect(error, error.value).toMatchObject({
          name: 'CatalogQueryError',
          code: 'invalid-date',
          isQueryError: true,
        });
      }
      expect(answers.unknownIdError).toMatchObject({ name: 'CatalogQueryError', code: 'unknown-event' });
    });

    it('runs the same lookups over another catalogue, and its simulator shares the error class', async () => {
      const script = path.join(project, 'other.mjs');
      writeFileSync(
        script,
        `import catalog from '${PACKAGE_NAME}/catalog.json' with { type: 'json' };
import { createLookups, CatalogQueryError } from '${PACKAGE_NAME}';
import { simulateText, renderNotification } from '${PACKAGE_NAME}/simulator';
const other = { ...catalog, events: catalog.events.slice(1) };
const lookups = createLookups(other);
const first = catalog.events[0].id;
const simulation = simulateText(catalog, JSON.stringify({ event: first, occurredAt: 'now' }));
let sameClass = false;
try { lookups.responseDeadline(first, 'x'); } catch (error) { sameClass = error instanceof CatalogQueryError; }
process.stdout.write(JSON.stringify({ covered: lookups.isCovered(first), issues: simulation.issues.length, sameClass }));`,
      );
      const { stdout } = await run(process.execPath, [script], { cwd: project });
      expect(JSON.parse(stdout)).toEqual({ covered: false, issues: 1, sameClass: true });
    });

    it('serves the JSON subpaths, equal to the published files', async () => {
      const script = path.join(project, 'json.mjs');
      writeFileSync(
        script,
        `import catalog from '${PACKAGE_NAME}/catalog.json' with { type: 'json' };
import schema from '${PACKAGE_NAME}/event.schema.json' with { type: 'json' };
process.stdout.write(JSON.stringify({ catalog, schema }));`,
      );
      const { stdout } = await run(process.execPath, [script], { cwd: project });
      const result = JSON.parse(stdout);
      const published = (name: string) => JSON.parse(decode(first.find((f) => f.path === `catalog/v1/${name}`)!.bytes));
      expect(result.catalog).toEqual(published('catalog.json'));
      expect(result.schema).toEqual(published('event.schema.json'));
    });

    it("runs its command in a monitoring team's CI: exit 1 on a FAIL", async () => {
      const event = catalog.events[0]!;
      const file = path.join(project, 'events.jsonl');
      writeFileSync(
        file,
        `${JSON.stringify({ event: event.id, occurredAt: '2026-03-29T01:30:00+01:00', expect: { covered: true } })}\n` +
          `${JSON.stringify({ event: event.id, occurredAt: '2026-03-29T01:30:00+01:00', expect: { covered: false } })}\n`,
      );
      const bin = path.join(project, 'node_modules', '.bin', 'care-catalog');
      const failed = await run(bin, ['simulate', file, '--tz', 'UTC'], { cwd: project }).catch((error) => error);
      expect(failed.code).toBe(1);
      expect(failed.stdout).toContain('FAIL [1]');
      expect(failed.stdout).toContain('PASS [0]');
      const version = await run(bin, ['--version'], { cwd: project });
      expect(version.stdout.trim()).toBe(catalog.version);
    });
  });

  it('type-checks from TypeScript, with the event id union on the same names as catalog.ts', () => {
    const file = path.join(project, 'use.ts');
    const id = catalog.events[0]!.id;
    writeFileSync(
      file,
      `import { CatalogQueryError, createLookups, getEvent, isCovered, responseDeadline, catalog, type CatalogEvent, type EventId, type PriorityId } from '${PACKAGE_NAME}';
import { simulateText, type Simulation } from '${PACKAGE_NAME}/simulator';
import schema from '${PACKAGE_NAME}/event.schema.json' with { type: 'json' };

const id: EventId = '${id}';
const priority: PriorityId = 'P1';
const event: CatalogEvent = getEvent(id);
const covered: boolean = isCovered(id);
const deadline: Date = responseDeadline(id, '2026-03-29T01:30:00+01:00');
const other: CatalogEvent | undefined = createLookups(catalog).getEvent('anything');
const simulation: Simulation = simulateText(catalog, '');
const title: string = schema.title;
const error: CatalogQueryError['code'] = 'invalid-date';
// @ts-expect-error: not an event of this catalogue
const typo: EventId = '${id}-typo';
export { covered, deadline, error, event, other, priority, simulation, title, typo };
`,
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      resolveJsonModule: true,
      // The package's own declarations are checked too: they must stand without zod or i18next.
      skipLibCheck: false,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(diagnostics).toEqual([]);
    // The package's declarations were found, not an `any` fallback.
    const found = program.getSourceFiles().map((f) => f.fileName);
    expect(found.some((name) => name.endsWith('care-catalog/dist/index.d.ts'))).toBe(true);
    expect(found.some((name) => name.endsWith('care-catalog/dist/simulator.d.ts'))).toBe(true);
  });
});

describe('written into a build folder', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'care-artifacts-out-'));
    await writeArtifacts(out, first);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('holds exactly the generated bytes', () => {
    for (const file of first)
      expect(sha256Hex(readFileSync(path.join(out, file.path))), file.path).toBe(sha256Hex(file.bytes));
  });
});
