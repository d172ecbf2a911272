/**
 * `npm run dev` (`scripts/dev.ts`) with an invalid catalogue: every page shows the findings, located and in the
 * maintainer's language, with no stack trace or frame of our own code, and the site comes back
 * as soon as the file is fixed; the integration page's samples follow a catalogue edit. Drives the
 * real Astro dev server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfPath } from '../../src/artifacts/paths.ts';

const PORT = 4511;
const URL = `http://127.0.0.1:${PORT}/en/`;
const folder = mkdtempSync(path.join(tmpdir(), 'dev-server-'));
const file = path.join(folder, 'catalog.yaml');
const valid = readFileSync('catalog/catalog.yaml', 'utf8');
let server: ChildProcess | undefined;

/** The page at `URL` once its status is `status`, polling while the server starts or restarts. */
async function pageWhen(status: number, timeout = 150_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(URL, { headers: { accept: 'text/html' } });
      const body = await response.text();
      if (response.status === status) return body;
      last = `${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`no ${status} from ${URL}: ${last}`);
}

/** The environment without what vitest adds (NODE_ENV=test, VITEST…). */
function withoutTestMode(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST') && name !== 'TEST'),
  );
}

afterAll(() => {
  // The dev server runs in its own process group: stop it with everything it started.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('npm run dev with an invalid catalogue', () => {
  it('shows the findings in Italian, without a stack trace, and recovers when the file is fixed', async () => {
    writeFileSync(file, valid.replace('    priority: P1\n', '    priority:P1\n'));
    const line = valid.split('\n').findIndex((text) => text === '    priority: P1') + 1;
    // `npm run dev`'s own script, with mimalloc asked to print the options it read (on stderr).
    server = spawn(process.execPath, ['scripts/dev.ts', '--host', '127.0.0.1', '--port', `${PORT}`], {
      // As a maintainer runs it: not in vitest's test mode, which Astro's dev server does not serve pages in.
      env: {
        ...withoutTestMode(process.env),
        CATALOG_FILE: file,
        CATALOG_LANG: 'it',
        ASTRO_TELEMETRY_DISABLED: '1',
        MIMALLOC_ARENA_EAGER_COMMIT: undefined,
        MIMALLOC_VERBOSE: '1',
      },
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    server.stderr!.on('data', (chunk) => (errors += chunk));
    const broken = await pageWhen(500);
    // The bundler's allocator started without eager arena commit (src/build/astro-process.ts).
    expect(/option 'arena_eager_commit': (-?\d+)/.exec(errors)?.[1]).toBe('0');
    expect(broken).toContain('<html lang="it">');
    expect(broken).toContain(
      `catalog.yaml:${line}:13: error [missing-space] manca uno spazio dopo i due punti di &quot;priority&quot;`,
    );
    expect(broken).toContain('suggerimento: Scrivi priority: P1');
    expect(broken).not.toMatch(/\bat .*\.(?:ts|js|mjs):\d+|read\.ts|catalog-integration|CatalogLoadError/);

    writeFileSync(file, valid);
    const fixed = await pageWhen(200);
    expect(fixed).toContain('ImagicleCare guide');
    // The PDF edition, laid out on request by the same renderer as in a build.
    const pdf = await fetch(`http://127.0.0.1:${PORT}/${pdfPath('en')}`);
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');

    // The integration page's samples are compiled into its MDX: a catalogue edit compiles them again.
    const integration = `http://127.0.0.1:${PORT}/en/proactive-support/integration/`;
    const expected = (duration: string) => `responseTime&quot;:&quot;${duration}&quot;`;
    expect(await (await fetch(integration)).text()).toContain(expected('PT1H'));
    writeFileSync(file, valid.replace('    responseTime: PT1H\n', '    responseTime: PT90M\n'));
    const deadline = Date.now() + 60_000;
    let edited = '';
    while (Date.now() < deadline && !edited.includes(expected('PT90M'))) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      edited = await (await fetch(integration)).text();
    }
    expect(edited).toContain(expected('PT90M'));
    expect(edited).not.toContain(expected('PT1H'));
  }, 300_000);
});
