/**
 * Sites built from other catalogues: the alternate one (`test/fixtures/site/alternate-catalog.yaml`),
 * shared by every test file that checks that no event data is typed by hand, and the hostile one
 * (`hostile-catalog.yaml`, markup and formulas in every text). One real build of each per test run,
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

/** The catalogue whose every text is an attack (markup, script, templates, formulas). */
export const HOSTILE_CATALOG = 'test/fixtures/site/hostile-catalog.yaml';
/** Where the hostile site is built (git-ignored). */
export const HOSTILE_OUT = path.join(PROJECT_ROOT, 'dist-hostile');

/** A lock older than this was left by a run that died. */
const STALE_LOCK_MS = 10 * 60_000;

// Workers of one test run share their parent: its pid names the run, so a new run builds afresh.
const RUN = String(process.ppid);

const stamp = (out: string): string | undefined => {
  try {
    return readFileSync(`${out}.run`, 'utf8');
  } catch {
    return undefined;
  }
};

/** Builds the alternate site once for this test run and returns its folder. */
export function alternateSite(): Promise<string> {
  return siteBuiltOnce(ALTERNATE_CATALOG, ALTERNATE_OUT);
}

/** Builds the hostile site once for this test run and returns its folder. */
export function hostileSite(): Promise<string> {
  return siteBuiltOnce(HOSTILE_CATALOG, HOSTILE_OUT);
}

/** Builds the site of a catalogue into a folder, once for this test run, and returns the folder. */
async function siteBuiltOnce(catalog: string, out: string): Promise<string> {
  const LOCK = `${out}.lock`;
  for (;;) {
    if (stamp(out) === RUN) return out;
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
      if (stamp(out) !== RUN) {
        const build = spawnSync('npx', ['astro', 'build'], {
          cwd: PROJECT_ROOT,
          env: { ...process.env, CATALOG_FILE: catalog, ASTRO_OUT_DIR: out },
          encoding: 'utf8',
          timeout: 280_000,
        });
        if (build.status !== 0) throw new Error(`the build of ${catalog} failed:\n${build.stdout}\n${build.stderr}`);
        writeFileSync(`${out}.run`, RUN);
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
