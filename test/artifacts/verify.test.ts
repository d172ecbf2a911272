/**
 * `npm run artifacts:verify` and the all-or-nothing write: a tampered, missing or unlisted file is
 * reported; a write that fails half-way leaves the previous artifacts as they were.
 */
import { execFile } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogFiles } from '../../src/artifacts/generate.ts';
import { readCatalogSources } from '../../src/artifacts/inputs.ts';
import { buildManifest, type ArtifactFile } from '../../src/artifacts/manifest.ts';
import { packageFiles, packTarball } from '../../src/artifacts/package.ts';
import { MANIFEST_PATH, tarballPath } from '../../src/artifacts/paths.ts';
import { verifyArtifacts } from '../../src/artifacts/verify.ts';
import { writeArtifacts } from '../../src/artifacts/write.ts';
import { loadCatalog, PROJECT_ROOT } from '../../src/catalog/source/read.ts';

const run = promisify(execFile);
/** The verifier's command in a neutral locale (English) unless a test says otherwise. */
const ENGLISH = { ...process.env, CATALOG_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
const catalog = loadCatalog();
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
let files: ArtifactFile[];
const dirs: string[] = [];

/** A fresh build folder with the artifacts written into it. */
async function buildFolder(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-verify-'));
  dirs.push(dir);
  await writeArtifacts(dir, files);
  return dir;
}

beforeAll(async () => {
  // A small stand-in library keeps this test fast; the real package is tested in package.test.ts.
  const catalogue = catalogFiles(catalog, readCatalogSources());
  const assets = { 'catalog.json': catalogue[0]!.bytes };
  const mainEntry = [
    { path: 'dist/index.js', bytes: encode('export const catalog = {};\n') },
    { path: 'dist/index.d.ts', bytes: encode('export declare const catalog: object;\n') },
  ];
  const tarball = await packTarball(
    packageFiles({
      catalog,
      mainEntry,
      tooling: [
        { path: 'dist/simulator.js', bytes: encode("export * from './index.js';\n") },
        { path: 'dist/simulator.d.ts', bytes: encode("export * from './index.js';\n") },
        { path: 'dist/cli.js', bytes: encode("import './index.js';\n") },
      ],
      assets,
      guides: { it: 'https://example.com/', en: 'https://example.com/en/' },
      license: 'UNLICENSED',
      repository: { type: 'git', url: 'git+https://example.com/care.git' },
      readmeExample: '',
    }),
  );
  const all = [...catalogue, { path: tarballPath(catalog.version), bytes: tarball.bytes }];
  files = [...all, { path: MANIFEST_PATH, bytes: encode(JSON.stringify(buildManifest(catalog, all))) }];
}, 60_000);

afterEach(() => {
  while (dirs.length > 0) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('verifyArtifacts', () => {
  it('passes on untouched artifacts', async () => {
    const dir = await buildFolder();
    const result = await verifyArtifacts(dir);
    expect(result.problems).toEqual([]);
    expect(result.checked).toBe(files.length - 1);
    expect(result.tarballFiles).toBeGreaterThan(5);
  });

  it('reports a changed byte, a missing file and an unlisted one', async () => {
    const dir = await buildFolder();
    appendFileSync(path.join(dir, 'catalog/v1/events.it.csv'), 'x');
    rmSync(path.join(dir, 'catalog/v1/event.schema.json'));
    writeFileSync(path.join(dir, 'catalog/v1/extra.json'), '{}');
    const { problems } = await verifyArtifacts(dir);
    expect(problems).toEqual([
      expect.stringMatching(/^catalog\/v1\/event\.schema\.json: listed in the manifest but missing$/),
      expect.stringMatching(/^catalog\/v1\/events\.it\.csv: size \d+, manifest says \d+$/),
      expect.stringMatching(/^catalog\/v1\/events\.it\.csv: sha256 [0-9a-f]{64}, manifest says [0-9a-f]{64}$/),
      'catalog/v1/extra.json: not listed in the manifest',
    ]);
  });

  it('words the same problems in Italian', async () => {
    const dir = await buildFolder();
    appendFileSync(path.join(dir, 'catalog/v1/events.it.csv'), 'x');
    rmSync(path.join(dir, 'catalog/v1/event.schema.json'));
    writeFileSync(path.join(dir, 'catalog/v1/extra.json'), '{}');
    const { problems } = await verifyArtifacts(dir, 'it');
    expect(problems).toEqual([
      expect.stringMatching(/^catalog\/v1\/event\.schema\.json: elencato nel manifest ma assente$/),
      expect.stringMatching(/^catalog\/v1\/events\.it\.csv: dimensione \d+, il manifest dice \d+$/),
      expect.stringMatching(/^catalog\/v1\/events\.it\.csv: sha256 [0-9a-f]{64}, il manifest dice [0-9a-f]{64}$/),
      'catalog/v1/extra.json: non elencato nel manifest',
    ]);
    writeFileSync(path.join(dir, MANIFEST_PATH), '{"version": 1}');
    const malformed = await verifyArtifacts(dir, 'it');
    expect(malformed.problems).toEqual([
      'catalog/v1/manifest.json: malformato: version: Input non valido: atteso string, ricevuto numero',
    ]);
  });

  it('reports a missing manifest as "build first"', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-verify-'));
    dirs.push(dir);
    expect((await verifyArtifacts(dir)).problems).toEqual([
      expect.stringMatching(/manifest\.json: missing; build first/),
    ]);
  });

  it('reports a package whose JSON differs from the published file', async () => {
    const dir = await buildFolder();
    // Re-list the changed catalog.json in the manifest: only the comparison with the package can catch it.
    const changed = files.map((file) =>
      file.path.endsWith('/catalog.json') ? { ...file, bytes: encode('{"version":"1.0.0"}\n') } : file,
    );
    const manifest = buildManifest(
      catalog,
      changed.filter((file) => file.path !== MANIFEST_PATH),
    );
    writeFileSync(path.join(dir, 'catalog/v1/catalog.json'), '{"version":"1.0.0"}\n');
    writeFileSync(path.join(dir, MANIFEST_PATH), JSON.stringify(manifest));
    const { problems } = await verifyArtifacts(dir);
    expect(problems).toContain(`${tarballPath(catalog.version)}: ./catalog.json differs from catalog/v1/catalog.json`);
  });

  it.each([
    ['cut short', (bytes: Uint8Array) => bytes.subarray(0, bytes.length - 40), /: unreadable: /],
    ['not gzip', () => encode('not a tarball'), /: unreadable: /],
    // Well-formed gzip around an archive that stops inside a file: only the tar reader can notice.
    ['a gzip of a cut archive', (bytes: Uint8Array) => gzipSync(gunzipSync(bytes).subarray(0, 1000)), /: unreadable: /],
  ])('reports a tarball that is %s as unreadable, in one line', async (_name, damage, message) => {
    const dir = await buildFolder();
    const tarball = path.join(dir, tarballPath(catalog.version));
    const damaged = damage(readFileSync(tarball));
    writeFileSync(tarball, damaged);
    // Re-list the damaged bytes, so that only reading the archive can find the damage.
    const listed = files.map((file) =>
      file.path === tarballPath(catalog.version) ? { ...file, bytes: damaged } : file,
    );
    writeFileSync(
      path.join(dir, MANIFEST_PATH),
      JSON.stringify(
        buildManifest(
          catalog,
          listed.filter((file) => file.path !== MANIFEST_PATH),
        ),
      ),
    );
    const { problems } = await verifyArtifacts(dir);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${tarballPath(catalog.version)}${message.source}`))]);
  });

  it.each([
    ['not JSON', '{"version": "1.0.0",', /manifest\.json: not valid JSON: /],
    ['null', 'null', /manifest\.json: malformed: the manifest: /],
    [
      'artifacts not a list',
      '{"version":"1.0.0","updated":"x","sourceSha256":"x","artifacts":5}',
      /malformed: artifacts: /,
    ],
    [
      'an entry without sha256',
      '{"version":"1.0.0","updated":"x","sourceSha256":"x","artifacts":[{"path":"catalog/v1/catalog.json","size":1}]}',
      /malformed: artifacts\.0\.sha256: /,
    ],
  ])('reports a manifest that is %s as one problem, never a throw', async (_name, text, message) => {
    const dir = await buildFolder();
    writeFileSync(path.join(dir, MANIFEST_PATH), text);
    const { problems } = await verifyArtifacts(dir);
    expect(problems).toEqual([expect.stringMatching(message)]);
  });

  it('refuses manifest paths that leave the folder, and reads nothing there', async () => {
    const dir = await buildFolder();
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST_PATH), 'utf8')) as {
      artifacts: { path: string; size: number; sha256: string }[];
    };
    for (const outside of ['../../../../../etc/passwd', '/etc/passwd', 'catalog/../../x', 'catalog\\..\\x'])
      manifest.artifacts.push({ path: outside, size: 0, sha256: '0'.repeat(64) });
    writeFileSync(path.join(dir, MANIFEST_PATH), JSON.stringify(manifest));
    const { problems } = await verifyArtifacts(dir);
    expect(problems).toEqual([
      '"../../../../../etc/passwd": refused, the path leaves the folder (.., . or empty segments)',
      '"/etc/passwd": refused, the path not a relative path with / separators',
      '"catalog/../../x": refused, the path leaves the folder (.., . or empty segments)',
      '"catalog\\\\..\\\\x": refused, the path not a relative path with / separators',
    ]);
  });

  it('keeps the mismatches found before an unreadable catalog.json', async () => {
    const dir = await buildFolder();
    appendFileSync(path.join(dir, 'catalog/v1/events.en.csv'), 'x');
    writeFileSync(path.join(dir, 'catalog/v1/catalog.json'), '{oops');
    const { problems } = await verifyArtifacts(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^catalog\/v1\/events\.en\.csv: size/),
        expect.stringMatching(/^catalog\/v1\/catalog\.json: not valid JSON: /),
      ]),
    );
  });

  it.each([
    ['it', 'catalog/v1/catalog.json: JSON non valido: 2:3: atteso il nome di una proprietà tra virgolette doppie'],
    ['en', 'catalog/v1/catalog.json: not valid JSON: 2:3: expected a property name in double quotes'],
  ] as const)('locates a broken JSON file and words why in the maintainer’s language (%s)', async (locale, line) => {
    const dir = await buildFolder();
    writeFileSync(path.join(dir, 'catalog/v1/catalog.json'), '{\n  oops');
    const { problems } = await verifyArtifacts(dir, locale);
    expect(problems).toContain(line);
    // Not the engine's English ("Expected property name or '}' in JSON at position 4…").
    expect(problems.join('\n')).not.toMatch(/position|Unexpected|Expected/);
  });

  it('prints a broken manifest as one line, without a stack trace', async () => {
    const dir = await buildFolder();
    writeFileSync(path.join(dir, MANIFEST_PATH), '[1, 2');
    const failed = await run(process.execPath, ['scripts/verify-artifacts.ts', dir], {
      cwd: PROJECT_ROOT,
      env: ENGLISH,
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stderr).toMatch(/manifest\.json: not valid JSON/);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs as npm run artifacts:verify, exit 1 with one line per problem', async () => {
    const dir = await buildFolder();
    const ok = await run(process.execPath, ['scripts/verify-artifacts.ts', dir], { cwd: PROJECT_ROOT, env: ENGLISH });
    expect(ok.stdout).toContain(`catalogue ${catalog.version}: 9 artifacts and `);
    expect(ok.stdout).toMatch(/: 9 artifacts and \d+ files of the package match the manifest/);
    appendFileSync(path.join(dir, 'catalog/v1/catalog.ts'), '\n');
    const failed = await run(process.execPath, ['scripts/verify-artifacts.ts', dir], {
      cwd: PROJECT_ROOT,
      env: ENGLISH,
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stderr).toMatch(/catalog\/v1\/catalog\.ts: size/);
    // A folder outside the working directory is named as it is, not as a climb of `../`.
    expect(failed.stderr.startsWith(`${dir}: `)).toBe(true);
    const italian = await run(process.execPath, ['scripts/verify-artifacts.ts', dir, '--lang', 'it'], {
      cwd: PROJECT_ROOT,
      env: ENGLISH,
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in italian && italian.code).toBe(1);
    expect(italian.stderr).toMatch(/catalog\/v1\/catalog\.ts: dimensione \d+, il manifest dice \d+/);
    expect(italian.stderr).toMatch(/\nartifacts:verify: 2 problemi\n$/);
    const stray = await run(process.execPath, ['scripts/verify-artifacts.ts', dir, 'other'], {
      cwd: PROJECT_ROOT,
      env: { ...ENGLISH, LANG: 'it_IT.UTF-8' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in stray && stray.code).toBe(2);
    expect(stray.stderr).toBe(
      'una cartella alla volta (indicate 2)\nuso: npm run artifacts:verify -- [DIR] [--lang it|en]\n',
    );
  });
});

describe('writeArtifacts', () => {
  it('leaves the previous artifacts untouched when a write fails half-way', async () => {
    const dir = await buildFolder();
    const before = readFileSync(path.join(dir, 'catalog/v1/catalog.json'));
    // A file where a folder must go makes the write fail after some files were written.
    const broken = [...files.slice(0, 3), { path: 'catalog/v1/catalog.json/oops', bytes: encode('x') }];
    await expect(writeArtifacts(dir, broken)).rejects.toThrow();
    expect(readFileSync(path.join(dir, 'catalog/v1/catalog.json'))).toEqual(before);
    expect((await verifyArtifacts(dir)).problems).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.startsWith('.artifacts-'))).toEqual([]);
  });

  it('writes nothing into an empty build folder when a write fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-verify-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'site'));
    const broken = [...files.slice(0, 3), { path: 'catalog/v1/catalog.json/oops', bytes: encode('x') }];
    await expect(writeArtifacts(dir, broken)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['site']);
    expect(existsSync(path.join(dir, 'catalog'))).toBe(false);
  });

  it('refuses a path outside the build folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-verify-'));
    dirs.push(dir);
    await expect(writeArtifacts(dir, [{ path: '../escape/x.json', bytes: encode('{}') }])).rejects.toThrow(/relative/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
