/**
 * `npm run build`: `astro build` into a staging folder beside the output folder (`dist.staging`),
 * swapped into `dist/` (or `ASTRO_OUT_DIR`) only when the build is complete, under a lock that
 * keeps two builds of the same folder apart. A build that fails or is killed leaves the previous
 * `dist/` as it was; filesystem problems end in one sentence and exit code 1.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../src/catalog/source/display-path.ts';
import { PROJECT_ROOT } from '../src/catalog/source/project-root.ts';
import { messageLocale } from '../src/catalog/messages/command.ts';
import { ASTRO_BIN, astroEnvironment } from '../src/build/astro-process.ts';
import { acquireLock } from '../src/build/lock.ts';
import { buildMessage, busyMessage, fsErrorMessage } from '../src/build/messages.ts';
import { repairInterruptedSwap, stagingPaths, swapIntoPlace } from '../src/build/staging.ts';

const locale = messageLocale();
const outDir = path.resolve(PROJECT_ROOT, process.env['ASTRO_OUT_DIR'] ?? 'dist');
const folder = displayPath(outDir);
const { staging, previous, lock: lockFile, cache } = stagingPaths(outDir);

/** Prints one sentence and exits 1. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Runs a filesystem step; an error becomes its one sentence. */
function attempt<T>(step: () => T, at: string): T {
  try {
    return step();
  } catch (error) {
    const message = fsErrorMessage(locale, error, at);
    if (message) fail(message);
    throw error;
  }
}

if (statSync(outDir, { throwIfNoEntry: false })?.isDirectory() === false)
  fail(buildMessage(locale, 'notFolder', { path: folder }));
attempt(() => mkdirSync(path.dirname(outDir), { recursive: true }), path.dirname(outDir));

const lock = attempt(
  () => acquireLock(lockFile, { pid: process.pid, started: new Date().toISOString(), folder }),
  displayPath(lockFile),
);
if ('heldBy' in lock) fail(busyMessage(locale, lock.heldBy));
process.on('exit', () => lock.release());

attempt(() => repairInterruptedSwap(outDir), folder);
attempt(() => rmSync(staging, { recursive: true, force: true }), displayPath(staging));
attempt(() => mkdirSync(staging), displayPath(staging));

const child = spawn(process.execPath, [ASTRO_BIN, 'build', ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
  env: { ...astroEnvironment(process.env), ASTRO_OUT_DIR: staging, ASTRO_CACHE_DIR: cache },
});
// Ctrl-C reaches the whole process group; a signal to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    child.kill(signal);
  });
const status = await new Promise<number>((resolve) =>
  child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
);
if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  fail(buildMessage(locale, 'failed', { status, folder }));
}
try {
  swapIntoPlace(outDir);
} catch (error) {
  const message = fsErrorMessage(locale, error, folder);
  rmSync(staging, { recursive: true, force: true });
  fail(message ?? buildMessage(locale, 'incomplete', { folder }));
}
try {
  rmSync(previous, { recursive: true, force: true });
} catch {
  console.error(buildMessage(locale, 'leftover', { folder, path: displayPath(previous) }));
}
