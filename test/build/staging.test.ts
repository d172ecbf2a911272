/** The build lock and the staged swap, on temporary folders. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, processAlive, readLockOwner } from '../../src/build/lock.ts';
import { busyMessage, fsErrorMessage } from '../../src/build/messages.ts';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import {
  COMPLETION_MARKER,
  completedAt,
  repairInterruptedSwap,
  stagingPaths,
  swapIntoPlace,
} from '../../src/build/staging.ts';

const temp = () => mkdtempSync(path.join(tmpdir(), 'care-build-'));
const owner = (pid: number) => ({ pid, started: '2026-12-01T20:00:00.000Z', folder: 'dist' });

/** A folder with a file, complete (with its marker) or not. */
function site(folder: string, text: string, complete = true): void {
  mkdirSync(path.join(folder, path.dirname(COMPLETION_MARKER)), { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), text);
  if (complete) writeFileSync(path.join(folder, COMPLETION_MARKER), '{}');
}

describe('the build lock', () => {
  it('is taken once: a second build is told which live process holds it', async () => {
    const file = path.join(temp(), 'dist.lock');
    const sleeper = spawn('sleep', ['30']);
    try {
      const first = acquireLock(file, owner(sleeper.pid!));
      expect('release' in first).toBe(true);
      const second = acquireLock(file, owner(process.pid));
      expect(second).toEqual({ heldBy: owner(sleeper.pid!) });
      expect(busyMessage('en', owner(sleeper.pid!))).toBe(
        `Another build (process ${sleeper.pid}, started at 2026-12-01T20:00:00.000Z) is writing dist: wait for it to finish, or stop it (kill ${sleeper.pid}) and try again.`,
      );
      expect(busyMessage('it', owner(sleeper.pid!))).toContain(`processo ${sleeper.pid}`);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('left by a killed build (its process is gone) is taken over, and released', async () => {
    const file = path.join(temp(), 'dist.lock');
    const gone = spawn('true');
    await new Promise((resolve) => gone.on('exit', resolve));
    expect(processAlive(gone.pid!)).toBe(false);
    writeFileSync(file, JSON.stringify(owner(gone.pid!)));
    const lock = acquireLock(file, owner(process.pid));
    expect('release' in lock).toBe(true);
    expect(readLockOwner(file)?.pid).toBe(process.pid);
    if ('release' in lock) lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it('a half-written lock file counts as stale', () => {
    const file = path.join(temp(), 'dist.lock');
    writeFileSync(file, '{"pid":');
    expect('release' in acquireLock(file, owner(process.pid))).toBe(true);
  });
});

describe('the staged swap', () => {
  it('replaces the output folder only with a complete build', () => {
    const out = path.join(temp(), 'dist');
    const { staging, previous } = stagingPaths(out);
    site(out, 'old');
    site(staging, 'half', false);
    expect(() => swapIntoPlace(out)).toThrow(/incomplete/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('old');
    site(staging, 'new');
    swapIntoPlace(out);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(completedAt(out)).toBeTypeOf('number');
    expect(readFileSync(path.join(previous, 'index.html'), 'utf8')).toBe('old');
    repairInterruptedSwap(out);
    expect(existsSync(previous)).toBe(false);
  });

  it('puts the previous folder back when a build died between the two renames', () => {
    const out = path.join(temp(), 'dist');
    site(stagingPaths(out).previous, 'old');
    repairInterruptedSwap(out);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('old');
  });
});

describe('filesystem errors', () => {
  it('become one sentence naming the path and what to do', () => {
    const error = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS', path: '/srv/dist' });
    expect(fsErrorMessage('en', error, 'dist')).toBe(
      'Cannot write /srv/dist: the file system is read-only; build into a writable folder (ASTRO_OUT_DIR=…).',
    );
    expect(fsErrorMessage('it', { code: 'ENOSPC' }, 'dist')).toBe(
      'Impossibile scrivere dist: il disco è pieno; libera spazio e riprova.',
    );
    expect(fsErrorMessage('en', new Error('not a filesystem error'), 'dist')).toBeUndefined();
  });

  it('npm run build into a path that is a file: one sentence, exit 1, no stack, nothing built', () => {
    const file = path.join(temp(), 'dist');
    writeFileSync(file, 'not a folder');
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ASTRO_OUT_DIR: file, CATALOG_LANG: 'en' },
      encoding: 'utf8',
    });
    expect(build.status).toBe(1);
    expect(build.stderr.trim()).toBe(
      `Cannot use ${file} as a folder: it is a file; move or remove it, or build elsewhere (ASTRO_OUT_DIR=…).`,
    );
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
    expect(existsSync(stagingPaths(file).lock)).toBe(false);
  });

  it('npm run build whose folder sits under a file: one sentence naming that path', () => {
    const parent = path.join(temp(), 'site');
    writeFileSync(parent, 'a file');
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ASTRO_OUT_DIR: path.join(parent, 'dist'), CATALOG_LANG: 'en' },
      encoding: 'utf8',
    });
    expect(build.status).toBe(1);
    expect(build.stderr.trim()).toMatch(new RegExp(`^Cannot use ${parent}.* as a folder: it is a file; .+\\.$`));
    expect(build.stderr).not.toMatch(/\n\s+at /);
  });
});
