/**
 * `npm run build` publishes all or nothing: killed (SIGKILL to its whole process group) at
 * several moments, it leaves the previous output folder byte-identical; two builds of the same
 * folder never interleave (the second is refused, naming the first). Real builds, into a folder
 * of their own (`dist-staged-test`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import { COMPLETION_MARKER, stagingPaths } from '../../src/build/staging.ts';
import { verifyArtifacts } from '../../src/artifacts/verify.ts';

const OUT = path.join(PROJECT_ROOT, 'dist-staged-test');
const { staging, lock } = stagingPaths(OUT);
const BUILD_MS = 600_000;

/** A folder's every file with its sha256, as one digest (and the file count). */
function folderHash(folder: string): { files: number; sha256: string } {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(folder, file)))
      .update('\0');
  return { files: files.length, sha256: hash.digest('hex') };
}

/** Starts `npm run build` into the test folder, in a process group of its own. */
function startBuild(env: NodeJS.ProcessEnv = {}): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn('npm', ['run', 'build'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ASTRO_OUT_DIR: OUT, CATALOG_LANG: 'en', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/**
 * Waits until a condition holds, or fails after `ms`. Polled every 5 ms: the last moment below
 * (the manifest written, the staging folder not yet swapped in) lasts only as long as Astro takes
 * to finish and exit, a few tens of milliseconds, and a coarser poll could miss it.
 */
async function until(condition: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(5);
  }
}

let published: { files: number; sha256: string };

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const build = startBuild();
  const status = await build.exited;
  if (status !== 0) throw new Error(`the first build failed:\n${build.output()}`);
  published = folderHash(OUT);
}, BUILD_MS);

describe('npm run build, all or nothing', () => {
  test('the first build is complete: its completion marker is there, no staging folder or lock is left', () => {
    expect(existsSync(path.join(OUT, COMPLETION_MARKER))).toBe(true);
    expect(existsSync(path.join(OUT, 'index.html'))).toBe(true);
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(lock)).toBe(false);
    expect(published.files).toBeGreaterThan(50);
  });

  const moments: { name: string; when: () => boolean }[] = [
    { name: 'while it starts', when: () => existsSync(lock) },
    { name: 'when the first page is written', when: () => existsSync(path.join(staging, 'index.html')) },
    { name: 'when the artifacts are written', when: () => existsSync(path.join(staging, COMPLETION_MARKER)) },
  ];
  for (const { name, when } of moments) {
    test(
      `killed ${name}, it leaves the previous folder byte-identical`,
      async () => {
        const build = startBuild();
        await until(() => when() || build.child.exitCode !== null, BUILD_MS);
        expect(build.child.exitCode, build.output()).toBeNull();
        process.kill(-build.child.pid!, 'SIGKILL');
        await build.exited;
        expect(folderHash(OUT)).toEqual(published);
      },
      BUILD_MS,
    );
  }

  test(
    'the bundler runs without mimalloc’s eager arena commit (src/build/astro-process.ts)',
    async () => {
      rmSync(lock, { force: true });
      // Unset here (spawn leaves out undefined values), so that only the build can set it; mimalloc
      // prints the options it read when it starts, in Astro's process, when asked to be verbose.
      const build = startBuild({ MIMALLOC_ARENA_EAGER_COMMIT: undefined, MIMALLOC_VERBOSE: '1' });
      const option = /option 'arena_eager_commit': (-?\d+)/;
      try {
        await until(() => option.test(build.output()) || build.child.exitCode !== null, BUILD_MS);
      } finally {
        process.kill(-build.child.pid!, 'SIGKILL');
        await build.exited;
      }
      expect(option.exec(build.output())?.[1], build.output().slice(0, 2000)).toBe('0');
    },
    BUILD_MS,
  );

  test(
    'two builds at once: the second is refused, naming the first; the folder ends complete',
    async () => {
      // A build killed by the tests above leaves its lock behind (stale, taken over by the next
      // build): remove it, so that the lock waited for below is the first build's own.
      rmSync(lock, { force: true });
      const first = startBuild();
      await until(() => existsSync(lock), BUILD_MS);
      const second = startBuild();
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/Another build \(process \d+, started at .+\) is writing dist-staged-test/);
      expect(second.output()).not.toMatch(/\n\s+at /); // no stack trace
      expect(await first.exited).toBe(0);
      // Complete: every artifact matches its manifest, and as many files as the first build.
      expect((await verifyArtifacts(OUT)).problems).toEqual([]);
      expect(folderHash(OUT).files).toBe(published.files);
      expect(existsSync(lock)).toBe(false);
    },
    BUILD_MS * 2,
  );
});
