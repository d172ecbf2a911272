/**
 * The artifacts as a consumer gets them: generated twice (identical bytes), written and verified
 * against the manifest, and the npm tarball installed into a temporary project outside the repo,
 * imported from plain Node and type-checked as TypeScript, with the site's answers.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArtifacts, type ArtifactFile } from '../../src/artifacts/generate.ts';
import { artifactInputs } from '../../src/artifacts/inputs.ts';
import { MANIFEST_PATH, sha256Hex, type Manifest } from '../../src/artifacts/manifest.ts';
import { PACKAGE_NAME } from '../../src/artifacts/package.ts';
import { readTarball } from '../../src/artifacts/tar.ts';
import { writeArtifacts } from '../../src/artifacts/write.ts';
import { getEvent, isCovered } from '../../src/catalog/query.ts';
import { loadCatalog, PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import { answersScript, runConsumer, type ConsumerAnswers } from './consumer.ts';
import { DST_CASES } from './deadline-cases.ts';

const run = promisify(execFile);
const catalog = loadCatalog();
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
  // The package's own dependencies resolve to this checkout's copies (linked, offline): npm
  // still checks that each declared range accepts them, and installs the tarball itself.
  const declared = JSON.parse(decode(readTarball(tarball.bytes).find((e) => e.path === 'package/package.json')!.bytes))
    .dependencies as Record<string, string>;
  const links = Object.fromEntries(
    Object.keys(declared).map((name) => [name, `file:${path.join(PROJECT_ROOT, 'node_modules', name)}`]),
  );
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: links }),
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

  it('carries no timestamp but the catalogue date, and fixed mtimes in the tarball', () => {
    const year = new Date().getUTCFullYear();
    for (const file of first.filter((f) => !f.path.endsWith('.tgz'))) {
      const text = decode(file.bytes);
      expect(text, file.path).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/);
      expect(text.replaceAll(catalog.updated, ''), file.path).not.toContain(`${year}-`.repeat(0) + 'Generated at');
    }
    const mtimes = new Set(readTarball(tarball.bytes).map((entry) => entry.mtime));
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
    ]);
  });
});

describe('the npm package', () => {
  it('is named after the catalogue version and holds ESM, declarations, JSON and schemas', () => {
    const entries = readTarball(tarball.bytes).map((entry) => entry.path);
    for (const expected of [
      'package/package.json',
      'package/README.md',
      'package/dist/catalog/index.js',
      'package/dist/catalog/index.d.ts',
      'package/dist/catalog/query.js',
      'package/dist/catalog/query.d.ts',
      'package/dist/data.js',
      'package/dist/data.d.ts',
      'package/catalog.json',
      'package/catalog.schema.json',
      'package/event.schema.json',
    ]) {
      expect(entries).toContain(expected);
    }
    expect(entries.filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.d.ts'))).toEqual([]);
    expect(entries.some((entry) => entry.includes('read.'))).toBe(false);
  });

  it('is compiled from src/catalog (not a copy): query.js is the compiled query.ts', () => {
    const query = decode(readTarball(tarball.bytes).find((e) => e.path === 'package/dist/catalog/query.js')!.bytes);
    const source = readFileSync(path.join(PROJECT_ROOT, 'src/catalog/query.ts'), 'utf8');
    const compiled = ts.transpileModule(source, {
      compilerOptions: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        rewriteRelativeImportExtensions: true,
        verbatimModuleSyntax: true,
      },
      fileName: 'query.ts',
    }).outputText;
    expect(query).toBe(compiled);
  });

  describe('installed and used from plain Node', () => {
    let answers: ConsumerAnswers;
    beforeAll(async () => {
      const script = path.join(project, 'answers.mjs');
      writeFileSync(
        script,
        answersScript(`import * as lib from '${PACKAGE_NAME}';
import { catalog } from '${PACKAGE_NAME}/catalog';
const { CatalogQueryError } = lib;
const ids = catalog.events.map((event) => event.id);
const getEvent = (id) => lib.getEvent(catalog, id);
const isCovered = (id) => lib.isCovered(catalog, id);
const responseDeadline = (id, at) => lib.responseDeadline(catalog, id, at);`),
      );
      answers = await runConsumer(script, project);
    });

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

    it('serves the JSON subpaths, equal to the published files', async () => {
      const script = path.join(project, 'json.mjs');
      writeFileSync(
        script,
        `import catalog from '${PACKAGE_NAME}/catalog.json' with { type: 'json' };
import schema from '${PACKAGE_NAME}/event.schema.json' with { type: 'json' };
import { EventPayload } from '${PACKAGE_NAME}';
process.stdout.write(JSON.stringify({ catalog, schema, parsed: EventPayload.safeParse({ event: 'voip-stack-crash', occurredAt: 'now' }).success }));`,
      );
      const { stdout } = await run(process.execPath, [script], { cwd: project });
      const result = JSON.parse(stdout);
      const published = (name: string) => JSON.parse(decode(first.find((f) => f.path === `catalog/v1/${name}`)!.bytes));
      expect(result.catalog).toEqual(published('catalog.json'));
      expect(result.schema).toEqual(published('event.schema.json'));
      expect(result.parsed).toBe(false);
    });
  });

  it('type-checks from TypeScript, with the event id union', () => {
    const file = path.join(project, 'use.ts');
    writeFileSync(
      file,
      `import { CatalogQueryError, getEvent, isCovered, responseDeadline, type CatalogEvent } from '${PACKAGE_NAME}';
import { catalog, type EventId, type PriorityId } from '${PACKAGE_NAME}/catalog';
import schema from '${PACKAGE_NAME}/event.schema.json' with { type: 'json' };

const id: EventId = 'voip-stack-crash';
const priority: PriorityId = 'P1';
const event: CatalogEvent | undefined = getEvent(catalog, id);
const covered: boolean = isCovered(catalog, id);
const deadline: Date = responseDeadline(catalog, id, '2026-03-29T01:30:00+01:00');
const title: string = schema.title;
const error: CatalogQueryError['code'] = 'invalid-date';
// @ts-expect-error: not an event of this catalogue
const typo: EventId = 'voip-stack-crsh';
export { covered, deadline, error, event, priority, title, typo };
`,
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      resolveJsonModule: true,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(diagnostics).toEqual([]);
    // The package's declarations were found, not an `any` fallback.
    expect(program.getSourceFiles().some((f) => f.fileName.endsWith('care-catalog/dist/catalog/query.d.ts'))).toBe(
      true,
    );
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
