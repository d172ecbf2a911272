import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the real command in bytes mode on the fixture site, as `npm test` does on `dist/`. */
function bench(args: string[], lang = 'en') {
  const result = spawnSync(process.execPath, ['scripts/bench/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CATALOG_LANG: lang },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run bench -- --bytes', () => {
  const site = 'test/fixtures/bench/site';

  it('prints every page type, with the missing ones marked, and writes the same figures as JSON', () => {
    const json = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'report.json');
    const { code, stdout } = bench(['--bytes', '--dist', site, '--json', json]);
    expect(code).toBe(0);
    for (const type of ['home', 'guide', 'event page', 'table', 'simulator'])
      expect(stdout).toMatch(new RegExp(`^${type}: HTML gzipped`, 'm'));
    expect(stdout).toMatch(/^table: JS gzipped, own scripts .* ≤ 10 kB\s+within$/m);
    expect(stdout).toMatch(
      /^simulator: HTML gzipped, frame .* MISSING: page not built \(\/proactive-support\/simulator\/\)$/m,
    );
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.mode).toBe('bytes');
    expect(report.figures).toHaveLength(40);
    expect(stdout).toContain(`${report.figures.length} figures:`);
    expect(report.budgets.pageHtml.limit).toBe(7);
  });

  it('prints the same table in Italian, with decimal commas, when the environment or --lang asks for it', () => {
    for (const run of [bench(['--bytes', '--dist', site], 'it'), bench(['--bytes', '--dist', site, '--lang', 'it'])]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^figura\s+catalogo\s+valore\s+limite\s+esito$/m);
      expect(run.stdout).toMatch(/^tabella: JS gzip, script propri .* ≤ 10 kB\s+entro$/m);
      expect(run.stdout).toMatch(
        /^simulatore: HTML gzip, cornice \(senza il contenuto di <main>\) .* MANCANTE: pagina non generata \(\/proactive-support\/simulator\/\)$/m,
      );
      expect(run.stdout).toMatch(/^home: CSS gzip .*\d+,\d\d kB\s+≤ 16,75 kB/m);
      expect(run.stdout).toMatch(/^40 figure: \d+ entro il limite, \d+ oltre, \d+ mancanti, \d+ senza limite \(/m);
    }
  });

  it('refuses a bad option or argument in one line with the usage, in the language asked', () => {
    const unknown = bench(['--bytes', '--nope'], 'it');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^opzione sconosciuta "--nope"\nuso: npm run bench [^\n]*\n$/);
    const language = bench(['--bytes', '--lang', 'fr']);
    expect(language.code).toBe(2);
    expect(language.stderr).toMatch(/^unknown language "fr" \(it or en\)\nusage: npm run bench/);
    const positional = bench(['--bytes', 'extra']);
    expect(positional.code).toBe(2);
    expect(positional.stderr).toMatch(/^unexpected argument "extra"\nusage: npm run bench/);
    const both = bench(['--bytes', '--phases'], 'it');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^--bytes e --phases non vanno insieme: [^\n]*\nuso: npm run bench [^\n]*--phases/);
  });

  it('exits 1 with --check when a page is missing or over budget', () => {
    expect(bench(['--bytes', '--check', '--dist', site]).code).toBe(1);
  });

  it('exits 2 when there is no build to weigh', () => {
    const { code, stderr } = bench(['--bytes', '--dist', 'test/fixtures/bench/no-such-build']);
    expect(code).toBe(2);
    expect(stderr).toContain('run npm run build first');
  });
});
