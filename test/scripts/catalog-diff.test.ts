/** The real `catalog:diff`, `catalog:gate` and `catalog:release` commands, run in a child process. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog, PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import { publishedJson } from '../../src/catalog/versions/releases.ts';

const run = promisify(execFile);
const V = 'test/fixtures/versions';
const scratch = mkdtempSync(path.join(tmpdir(), 'catalog-versions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a script with Node 24 from the project (`npx node`), in the project root. */
async function script(name: string, args: string[], env: Record<string, string> = {}): Promise<Result> {
  const clean = { ...process.env };
  delete clean['CATALOG_FILE'];
  delete clean['RELEASES_DIR'];
  delete clean['GITHUB_ACTIONS'];
  // English unless a test asks otherwise, whatever the machine's locale.
  Object.assign(clean, { CATALOG_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' });
  try {
    const { stdout, stderr } = await run('npx', ['node', `scripts/${name}.ts`, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...clean, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const diff = (args: string[], env?: Record<string, string>) => script('catalog-diff', args, env);

describe('catalog:diff OLD NEW', () => {
  it('fails a priority change without a version increment, saying exactly what to do', async () => {
    const result = await diff([`${V}/base.yaml`, `${V}/priority-raised-same-version.yaml`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${V}/priority-raised-same-version.yaml:2:10: error [version-bump] priority of webex-presence-failure raised from P3 to P2 (minor) and 1 more minor change: raise version from 1.0.0 to at least 1.1.0 in ${V}/priority-raised-same-version.yaml`,
    );
    expect(result.stdout).toContain('priority raised from P3 MEDIUM to P2 HIGH, response time now < 2 hours');
  });

  it('fails a minor change published as a patch', async () => {
    const result = await diff([`${V}/base.yaml`, `${V}/priority-raised-patch.yaml`, '--format', 'summary']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      '1.0.0 → 1.0.1: 2 changes (2 minor), needs minor: version too low, raise to at least 1.1.0\n',
    );
    expect(result.stderr).toContain('raise version from 1.0.1 to at least 1.1.0');
  });

  it('fails a removal published as a minor version, and passes it as a major one', async () => {
    const tooLow = readFileSync(path.join(PROJECT_ROOT, V, 'event-removed.yaml'), 'utf8').replace(
      'version: 2.0.0',
      'version: 1.1.0',
    );
    const file = path.join(scratch, 'removed-minor.yaml');
    writeFileSync(file, tooLow);
    const failed = await diff([`${V}/base.yaml`, file]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      'event disk-space-running-low removed (major): raise version from 1.1.0 to at least 2.0.0',
    );
    expect((await diff([`${V}/base.yaml`, `${V}/event-removed.yaml`])).code).toBe(0);
  });

  it('says it all in the maintainer’s language: Italian from LANG, or from --lang', async () => {
    const args = [`${V}/base.yaml`, `${V}/priority-raised-same-version.yaml`];
    const italian = await diff(args, { LANG: 'it_IT.UTF-8' });
    expect(italian.code).toBe(1);
    expect(italian.stderr).toContain(
      `${V}/priority-raised-same-version.yaml:2:10: error [version-bump] priorità di webex-presence-failure alzata da P3 a P2 (minor) e un’altra modifica minor: porta version da 1.0.0 ad almeno 1.1.0 in ${V}/priority-raised-same-version.yaml`,
    );
    expect(italian.stderr).toContain('  suggerimento: imposta anche updated alla data della modifica');
    expect(italian.stderr).toContain(
      '    minor: tempo di risposta dell’evento webex-presence-failure accorciato da PT4H a PT2H',
    );
    expect(italian.stdout).toContain('## Catalogo 1.0.0 → 1.0.0');
    expect(italian.stdout).toContain('**Versione troppo bassa:** porta version da 1.0.0 ad almeno 1.1.0.');
    const summary = await diff([...args, '--format', 'summary', '--lang', 'it']);
    expect(summary.stdout).toBe(
      '1.0.0 → 1.0.0: 2 modifiche (2 minor), richiede minor: versione troppo bassa, portala ad almeno 1.1.0\n',
    );
    const broken = await diff([`${V}/invalid/truncated.json`, `${V}/base.yaml`], { LANG: 'it_IT.UTF-8' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${V}/invalid/truncated.json:13:29: error [published-shape] JSON non valido`);
    expect(broken.stderr).toContain('non è un catalogo valido');
    const missing = await diff([`${V}/base.yaml`, 'no-such.yaml', '--lang', 'it']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('no-such.yaml: impossibile leggere il catalogo: il file non esiste');
    // --lang wins over the environment.
    const english = await diff([...args, '--format', 'summary', '--lang', 'en'], { LANG: 'it_IT.UTF-8' });
    expect(english.stdout).toContain('2 changes (2 minor), needs minor');
    expect(english.stderr).toContain('raise version from 1.0.0 to at least 1.1.0');
  });

  it('passes a sufficient increment', async () => {
    const result = await diff([`${V}/base.yaml`, `${V}/priority-raised.yaml`, '--format', 'summary']);
    expect(result).toMatchObject({ code: 0, stdout: '1.0.0 → 1.1.0: 2 changes (2 minor), needs minor: ok\n' });
  });

  it('compares a published catalog.json with a catalogue file, and prints JSON', async () => {
    const result = await diff([`${V}/history/1.0.0.json`, `${V}/event-added.yaml`, '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ required: 'minor', actual: 'minor', ok: true });
    expect(json.changes.map((change: { kind: string }) => change.kind)).toEqual(['event-added']);
  });

  it('asks to raise the source of a too-low catalog.json', async () => {
    const result = await diff([`${V}/history/1.1.0.json`, `${V}/history/1.0.0.json`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `raise version from 1.0.0 to at least 1.2.0 in the catalogue that ${V}/history/1.0.0.json was built from`,
    );
  });

  it('renders Markdown in Italian on request', async () => {
    const result = await diff([`${V}/base.yaml`, `${V}/priority-raised.yaml`, '--lang', 'it']);
    expect(result.stdout).toContain(
      '**Webex presence fallita** (`webex-presence-failure`): priorità alzata da P3 MEDIO a P2 ALTO, tempo di risposta ora < 2 ore',
    );
  });

  it('annotates the version line under GitHub Actions', async () => {
    const result = await diff([`${V}/base.yaml`, `${V}/priority-raised-same-version.yaml`, '--format', 'summary'], {
      GITHUB_ACTIONS: 'true',
    });
    expect(result.stdout).toContain(
      `::error file=${V}/priority-raised-same-version.yaml,line=2,col=10,title=version-bump::`,
    );
  });
});

describe('catalog:diff on bad input (exit 2, located findings)', () => {
  it.each([
    [[`${V}/base.yaml`, 'no-such.yaml'], 'no-such.yaml: cannot read the catalogue: no such file'],
    [
      [`${V}/base.yaml`, `${V}/invalid/unknown-priority.yaml`],
      `${V}/invalid/unknown-priority.yaml:66:15: error [unresolved-reference] priority of event "disk-space-running-low" (the 5th event) refers to priority "P7", which does not exist`,
    ],
    [
      [`${V}/invalid/truncated.json`, `${V}/base.yaml`],
      `${V}/invalid/truncated.json:13:29: error [published-shape] not valid JSON`,
    ],
    [
      [`${V}/base.yaml`, '--format', 'xml'],
      'unknown format "xml" (markdown, json, summary)\nusage: npm run catalog:diff --',
    ],
    [
      [`${V}/base.yaml`, '--format', 'xml', '--lang', 'it'],
      'formato sconosciuto "xml" (markdown, json, summary)\nuso: npm run catalog:diff --',
    ],
    [['a.yaml', 'b.yaml', 'c.yaml'], 'at most two files, the old and the new (got 3)'],
  ])('%j', async (args, message) => {
    const result = await diff(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a release history with a hand-edited release', async () => {
    const result = await diff([], { RELEASES_DIR: `${V}/invalid/bad-history` });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${V}/invalid/bad-history/1.0.0.json:23:23: error [published-shape] priorities[1].responseTime "2 hours" has the wrong format`,
    );
  });
});

describe('catalog:gate (latest release against the working catalogue)', () => {
  it('passes the committed catalogue against the committed history', async () => {
    const result = await script('catalog-diff', ['--format', 'summary']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: ok\n$/);
  });

  it('fails when one priority changes and the version does not', async () => {
    // The working catalogue is the source of the fixture history's last release, 1.1.0, with one priority raised.
    const source = readFileSync(path.join(PROJECT_ROOT, V, 'history-1.1.0.yaml'), 'utf8');
    const changed = source.replace(
      /(- id: webex-presence-failure\n\s+category: service-anomalies\n\s+priority: )P2/,
      '$1P1',
    );
    expect(changed).not.toBe(source);
    const file = path.join(scratch, 'catalog.yaml');
    writeFileSync(file, changed);
    const result = await diff(['--format', 'summary'], { RELEASES_DIR: `${V}/history`, CATALOG_FILE: file });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'error [version-bump] priority of webex-presence-failure raised from P2 to P1 (minor) and 1 more minor change: raise version from 1.1.0 to at least 1.2.0',
    );
    expect(result.stderr).toContain(`in ${file}`);
  });

  it('uses the latest of a fixture history and notes an unrecorded version', async () => {
    const env = { RELEASES_DIR: `${V}/history`, CATALOG_FILE: `${V}/history-next.yaml` };
    const result = await diff(['--format', 'summary'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('1.1.0 → 1.2.0: 2 changes (1 minor, 1 patch), needs minor: ok\n');
    expect(result.stderr).toContain('version 1.2.0 is not recorded yet; run npm run catalog:release');
  });
});

describe('catalog:release', () => {
  it('reads a recorded release back as the published catalog.json of its source, byte for byte', () => {
    // The fixture history was recorded from these sources: a change of the published format shows here.
    for (const [version, source] of [
      ['1.0.0', 'base.yaml'],
      ['1.1.0', 'history-1.1.0.yaml'],
    ] as const) {
      const recorded = readFileSync(path.join(PROJECT_ROOT, V, 'history', `${version}.json`), 'utf8');
      expect(recorded, version).toBe(publishedJson(loadCatalog(path.join(PROJECT_ROOT, V, source), 'en')));
    }
  });

  it('records a new version, then refuses to overwrite it with different content', async () => {
    const releases = path.join(scratch, 'releases');
    cpSync(path.join(PROJECT_ROOT, V, 'history'), releases, { recursive: true });
    const next = `${V}/history-next.yaml`;
    const recorded = await script('catalog-release', [], { RELEASES_DIR: releases, CATALOG_FILE: next });
    expect(recorded.code).toBe(0);
    expect(readdirSync(releases).sort()).toEqual(['1.0.0.json', '1.1.0.json', '1.2.0.json']);
    expect(readFileSync(path.join(releases, '1.2.0.json'), 'utf8')).toBe(
      publishedJson(loadCatalog(path.join(PROJECT_ROOT, next), 'en')),
    );
    const again = await script('catalog-release', [], { RELEASES_DIR: releases, CATALOG_FILE: next });
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain('already records version 1.2.0: nothing to do');

    const different = path.join(scratch, 'different.yaml');
    writeFileSync(
      different,
      readFileSync(path.join(PROJECT_ROOT, next), 'utf8').replace('priority: P1', 'priority: P2'),
    );
    const refused = await script('catalog-release', [], { RELEASES_DIR: releases, CATALOG_FILE: different });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already records a different version 1.2.0: a published release never changes');
  });

  it('refuses to record a version too low for its changes', async () => {
    const releases = path.join(scratch, 'releases-gate');
    cpSync(path.join(PROJECT_ROOT, V, 'history'), releases, { recursive: true });
    const low = path.join(scratch, 'low.yaml');
    writeFileSync(
      low,
      readFileSync(path.join(PROJECT_ROOT, V, 'history-next.yaml'), 'utf8')
        .replace('version: 1.2.0', 'version: 1.1.1')
        .replace('since: 1.2.0', 'since: 1.1.1'),
    );
    const result = await script('catalog-release', [], { RELEASES_DIR: releases, CATALOG_FILE: low });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('raise version from 1.1.1 to at least 1.2.0');
    expect(readdirSync(releases).sort()).toEqual(['1.0.0.json', '1.1.0.json']);
    const italian = await script('catalog-release', ['--lang', 'it'], { RELEASES_DIR: releases, CATALOG_FILE: low });
    expect(italian.code).toBe(1);
    expect(italian.stderr).toContain('porta version da 1.1.1 ad almeno 1.2.0');
  });

  it('speaks Italian when the environment does: recorded, already recorded, a stray argument', async () => {
    const releases = path.join(scratch, 'releases-it');
    cpSync(path.join(PROJECT_ROOT, V, 'history'), releases, { recursive: true });
    const env = { RELEASES_DIR: releases, CATALOG_FILE: `${V}/history-next.yaml`, LANG: 'it_IT.UTF-8' };
    const recorded = await script('catalog-release', [], env);
    expect(recorded).toMatchObject({ code: 0 });
    expect(recorded.stdout).toMatch(
      /^Versione 1\.2\.0 \(\d{4}-\d{2}-\d{2}, \d+ eventi\) registrata in .*1\.2\.0\.json\./,
    );
    expect((await script('catalog-release', [], env)).stdout).toContain(
      'registra già la versione 1.2.0: niente da fare',
    );
    const stray = await script('catalog-release', ['catalog.yaml'], env);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toBe(
      'argomento inatteso "catalog.yaml"\nuso: npm run catalog:release [-- --lang it|en]  (registra CATALOG_FILE o catalog/catalog.yaml)\n',
    );
  });
});
