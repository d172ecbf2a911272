import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOGIC_CATALOG } from '../support/logic-catalog.ts';

/** Runs the real command, as a maintainer or CI does. */
function check(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/catalog-check.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run catalog:check', () => {
  it('exits 0 on the committed catalogue', () => {
    const { code, stdout } = check([]);
    expect(stdout).toContain('No problems found in 1 file.');
    expect(code).toBe(0);
  });

  it('honours CATALOG_FILE', () => {
    const { code, stdout } = check([], { CATALOG_FILE: 'test/fixtures/catalog/duplicate-id.yaml' });
    expect(stdout).toContain('test/fixtures/catalog/duplicate-id.yaml:23:9: error [duplicate-id]');
    expect(code).toBe(1);
  });

  it('exits 1 and prints file:line:col, the rule and a hint for every finding', () => {
    const { code, stdout } = check([
      'test/fixtures/catalog/unknown-key.yaml',
      'test/fixtures/catalog/priority-order.yaml',
    ]);
    expect(stdout).toContain(
      'test/fixtures/catalog/unknown-key.yaml:22:5: error [unknown-key] unknown key "titel" in event "disk-space-nearly-full" (the 1st event)',
    );
    expect(stdout).toContain('  hint: did you mean "title"?');
    expect(stdout).toContain('test/fixtures/catalog/priority-order.yaml:10:19: error [priority-order]');
    expect(stdout).toContain('2 errors, 0 warnings in 2 files.');
    expect(code).toBe(1);
  });

  it('exits 2 on a file it cannot read, without a stack trace', () => {
    const { code, stderr } = check(['test/fixtures/catalog/no-such-file.yaml']);
    expect(stderr).toContain('test/fixtures/catalog/no-such-file.yaml: cannot read the catalogue: no such file');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(2);
    const italian = check(['--lang', 'it', 'test/fixtures/catalog/no-such-file.yaml']);
    expect(italian.stderr).toContain(
      'test/fixtures/catalog/no-such-file.yaml: impossibile leggere il catalogo: il file non esiste',
    );
    expect(italian.code).toBe(2);
    const folder = check(['test/fixtures/catalog']);
    expect(folder.stderr).toContain('test/fixtures/catalog: cannot read the catalogue: it is a folder, not a file');
    expect(folder.code).toBe(2);
  });

  it('exits 2 on a bad option', () => {
    expect(check(['--format', 'xml']).code).toBe(2);
  });

  it('prints JSON with --format json', () => {
    const { code, stdout } = check(['--format', 'json', 'test/fixtures/catalog/missing-text.yaml']);
    const report = JSON.parse(stdout) as { findings: { rule: string; line: number; col: number }[] };
    expect(report.findings).toMatchObject([{ rule: 'missing-text', line: 27, col: 12 }]);
    expect(code).toBe(1);
  });

  it('annotates the file under GitHub Actions', () => {
    const { stdout } = check(['test/fixtures/catalog/duplicate-key.yaml'], { GITHUB_ACTIONS: 'true' });
    expect(stdout).toMatch(
      /^::error file=test\/fixtures\/catalog\/duplicate-key\.yaml,line=26,col=5,title=duplicate-key::key "priority"/m,
    );
  });

  it('speaks Italian with --lang it or an Italian locale', () => {
    const flag = check(['--lang', 'it', 'test/fixtures/catalog/priority-order.yaml']);
    expect(flag.stdout).toContain('error [priority-order] P2 risponde non oltre P1');
    expect(flag.stdout).toContain('  suggerimento: Dai a P2 un tempo di risposta più lungo di P1');
    expect(flag.stdout).toContain('1 errore, 0 avvisi in 1 file.');
    expect(flag.code).toBe(1);
    const locale = check([LOGIC_CATALOG], { LC_ALL: '', LANG: 'it_IT.UTF-8' });
    expect(locale.stdout).toContain('Nessun problema in 1 file.');
    expect(check(['--lang', 'fr']).code).toBe(2);
  });

  it('reports a version not raised enough since the last release, at the version line, in both languages', () => {
    // The fixture history's last release is 1.1.0, recorded from history-1.1.0.yaml; a title changes.
    const history = { RELEASES_DIR: 'test/fixtures/versions/history' };
    const folder = mkdtempSync(path.join(tmpdir(), 'catalog-check-'));
    const file = path.join(folder, 'catalog.yaml');
    writeFileSync(
      file,
      readFileSync('test/fixtures/versions/history-1.1.0.yaml', 'utf8').replace(
        'en: Webex presence failure',
        'en: Webex presence check failed',
      ),
    );
    const english = check([], { ...history, CATALOG_FILE: file, LANG: 'C' });
    expect(english.stdout).toMatch(
      /catalog\.yaml:2:10: error \[version-bump\] version 1\.1\.0 is not raised enough since release 1\.1\.0: .*title changed.* needs a patch version\n  hint: Write version: 1\.1\.1 /,
    );
    expect(english.code).toBe(1);
    const italian = check(['--lang', 'it'], { ...history, CATALOG_FILE: file });
    expect(italian.stdout).toContain(
      'error [version-bump] la versione 1.1.0 non è alzata abbastanza rispetto alla release 1.1.0',
    );
    expect(italian.stdout).toContain('  suggerimento: Scrivi version: 1.1.1 ');
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: 1.1.0', 'version: 1.1.1'));
    expect(check([], { ...history, CATALOG_FILE: file }).code).toBe(0);
    // A file named on the command line is checked alone, as tests and benchmarks need.
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: 1.1.1', 'version: 1.1.0'));
    expect(check([file], history).code).toBe(0);
  });
});
