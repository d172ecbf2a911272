/**
 * A site served below a path (`SITE_URL=https://example.com/care/`): every link, script, style
 * and artifact address of every built page stays below `/care/` and names a file of the build.
 * One real build of the committed catalogue, into its own folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';

const OUT = path.join(PROJECT_ROOT, 'tmp', 'base-path');
const BASE = '/care/';
// What a browser without JavaScript reads inside <noscript> counts too (the parser keeps it as text by default).
const NOSCRIPT_AS_MARKUP = { blockTextElements: { script: true, style: true } };

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env: the build must not inherit them.
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
  const build = spawnSync('npx', ['astro', 'build'], {
    cwd: PROJECT_ROOT,
    env: { ...env, SITE_URL: `https://example.com${BASE}`, ASTRO_OUT_DIR: OUT },
    encoding: 'utf8',
    timeout: 280_000,
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}\n${build.stderr}`);
}, 300_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** Every address a built page refers to (links, scripts, styles, images, the catalogue the page scripts fetch), with the page's own URL path. */
function addresses(): { page: string; address: string }[] {
  const found: { page: string; address: string }[] = [];
  for (const file of readdirSync(OUT, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const page = `${BASE}${file
      .replace(/index\.html$/, '')
      .split(path.sep)
      .join('/')}`;
    for (const element of parse(readFileSync(path.join(OUT, file), 'utf8'), NOSCRIPT_AS_MARKUP).querySelectorAll('*')) {
      for (const [name, value] of Object.entries(element.attributes)) {
        if (['href', 'src', 'data-catalog-url'].includes(name)) found.push({ page, address: value });
      }
    }
  }
  return found;
}

/** The file of the build that a same-site address names, or undefined when it leaves the base path. */
function fileOf(page: string, address: string): string | undefined {
  const url = new URL(address, `https://example.com${page}`);
  if (url.origin !== 'https://example.com') return '(another site)';
  if (!url.pathname.startsWith(BASE)) return undefined;
  const relative = decodeURIComponent(url.pathname.slice(BASE.length));
  return path.join(OUT, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
}

describe('a site served below a path', () => {
  it('refers only to addresses below its base path, each naming a file of the build', () => {
    const all = addresses();
    expect(all.length).toBeGreaterThan(500);
    const outside = all.filter(({ page, address }) => fileOf(page, address) === undefined);
    expect(outside).toEqual([]);
    const missing = all.filter(({ page, address }) => {
      const file = fileOf(page, address);
      return file !== undefined && file !== '(another site)' && !existsSync(file);
    });
    expect(missing).toEqual([]);
  });

  it('links the artifacts and the PDF edition below it, and prints their absolute addresses with it', () => {
    const integration = readFileSync(path.join(OUT, 'en/proactive-support/integration/index.html'), 'utf8');
    expect(integration).toContain(`href="${BASE}catalog/v1/catalog.json"`);
    expect(integration).toContain(`href="${BASE}pdf/imagiclecare-proactive-support.it.pdf"`);
    expect(integration).toContain(`https://example.com${BASE}package/`);
  });

  it("starts the simulator's worker from a chunk of the build below it, which never loads the page's own script", () => {
    const scripts = readdirSync(path.join(OUT, '_astro')).filter((name) => name.endsWith('.js'));
    const simulator = scripts.find((name) => name.startsWith('Simulator.astro'))!;
    const code = readFileSync(path.join(OUT, '_astro', simulator), 'utf8');
    const address = /new Worker\(\s*[`'"]([^`'"]+)[`'"]/.exec(code)?.[1];
    expect(address).toMatch(new RegExp(`^${BASE}_astro/simulation-worker\\.[\\w-]+\\.js$`));
    const worker = readFileSync(fileOf(BASE, address!)!, 'utf8');
    expect(worker).toMatch(/^import\b/);
    expect(worker).not.toContain(simulator);
  });
});
