/**
 * The site built from another catalogue (`test/fixtures/site/alternate-catalog.yaml`), shared by
 * every test file that checks that no event data is typed by hand: one real build per test run,
 * whichever worker asks first, the others wait for it (a lock folder, and a stamp naming the run).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';

/** The catalogue the alternate site is built from. */
export const ALTERNATE_CATALOG = 'test/fixtures/site/alternate-catalog.yaml';
/** Where the alternate site is built: under `tmp/`, the one git-ignored folder of every test and benchmark build. */
export const ALTERNATE_OUT = path.join(PROJECT_ROOT, 'tmp', 'alternate');

const STAMP = `${ALTERNATE_OUT}.run`;
const LOCK = `${ALTERNATE_OUT}.lock`;
/** A lock older than this was left by a run that died. */
const STALE_LOCK_MS = 10 * 60_000;

// Workers of one test run share their parent: its pid names the run, so a new run builds afresh.
const RUN = String(process.ppid);

const stamp = (): string | undefined => {
  try {
    return readFileSync(STAMP, 'utf8');
  } catch {
    return undefined;
  }
};

/** Builds the alternate site once for this test run and returns its folder. */
export async function alternateSite(): Promise<string> {
  for (;;) {
    if (stamp() === RUN) return ALTERNATE_OUT;
    try {
      mkdirSync(path.dirname(LOCK), { recursive: true });
      mkdirSync(LOCK);
    } catch {
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > STALE_LOCK_MS)
        rmSync(LOCK, { recursive: true });
      await sleep(250);
      continue;
    }
    try {
      if (stamp() !== RUN) {
        const build = spawnSync('npx', ['astro', 'build'], {
          cwd: PROJECT_ROOT,
          env: { ...process.env, CATALOG_FILE: ALTERNATE_CATALOG, ASTRO_OUT_DIR: ALTERNATE_OUT },
          encoding: 'utf8',
          timeout: 280_000,
        });
        if (build.status !== 0) throw new Error(`the alternate build failed:\n${build.stdout}\n${build.stderr}`);
        writeFileSync(STAMP, RUN);
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
