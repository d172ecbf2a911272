/**
 * The real build (`astro build`): it emits the artifacts of the catalogue it is given, byte for
 * byte what the generators give, verified against the manifest; an invalid catalogue stops it
 * before anything is written.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogFiles } from '../../src/artifacts/generate.ts';
import { readCatalogSources } from '../../src/artifacts/inputs.ts';
import { sha256Hex } from '../../src/catalog/source/digest.ts';
import { verifyArtifacts } from '../../src/artifacts/verify.ts';
import { checkCatalogFile, PROJECT_ROOT } from '../../src/catalog/source/read.ts';

const run = promisify(execFile);
const root = mkdtempSync(path.join(tmpdir(), 'care-build-'));
const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/catalog');

/** Runs `astro build` for a catalogue into a folder of its own. */
function build(catalogFile: string, outDir: string, env: Record<string, string> = {}) {
  return run('npx', ['astro', 'build'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ASTRO_OUT_DIR: outDir, CATALOG_FILE: catalogFile, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run build', () => {
  it('emits every artifact of the given catalogue (CATALOG_FILE), as generated, and they verify', async () => {
    const file = path.join(FIXTURES, 'valid.yaml');
    const out = path.join(root, 'valid');
    // In Italian: the build's own report lines follow the maintainer's language.
    const { stdout } = await build(file, out, { CATALOG_LANG: 'it' });
    expect(stdout).toMatch(/catalogo \d+\.\d+\.\d+: \d+ eventi da /);
    expect(stdout).toMatch(/\d+ artefatti \(\d+ KiB\), generati e scritti in \d+ ms/);
    expect((await verifyArtifacts(out)).problems).toEqual([]);
    // The tarball's reproducibility is package.test.ts's; here the pure files must match byte for byte.
    const expected = catalogFiles(checkCatalogFile(file).catalog!, readCatalogSources());
    for (const artifact of expected) {
      expect(sha256Hex(readFileSync(path.join(out, artifact.path))), artifact.path).toBe(sha256Hex(artifact.bytes));
    }
    expect(readdirNames(out)).not.toContain('.artifacts-');
  }, 180_000);

  it('stops on an invalid catalogue before anything is written', async () => {
    const out = path.join(root, 'invalid');
    const failure = await build(path.join(FIXTURES, 'duplicate-id.yaml'), out).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect('code' in failure && failure.code).not.toBe(0);
    const output = `${failure.stdout}${failure.stderr}`;
    expect(output).toMatch(/\[duplicate-id\]/);
    // The findings are the whole report (BuildReportError): no stack of our code or Astro's.
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});

/** The names in a folder, joined, to look for leftovers. */
function readdirNames(dir: string): string {
  return JSON.stringify(readdirSync(dir));
}
