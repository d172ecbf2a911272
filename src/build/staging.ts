/**
 * All-or-nothing publication of a build: the site and its artifacts are built into a staging
 * folder beside the output folder (`dist.staging`), and swapped into place only when complete,
 * that is when its completion marker (the artifact manifest, written at the end of the build)
 * exists. The old folder is renamed aside (`dist.previous`) for the instant between the two
 * renames; a build killed in that instant is repaired by the next build or `npm start`.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_PATH } from '../artifacts/paths.ts';

/** The file whose presence says that a build folder is complete (written at the end of a build). */
export const COMPLETION_MARKER = MANIFEST_PATH;

/** The folders beside an output folder that a staged build uses. */
export function stagingPaths(outDir: string): { staging: string; previous: string; lock: string; cache: string } {
  const base = outDir.replace(/[\\/]+$/, '');
  return { staging: `${base}.staging`, previous: `${base}.previous`, lock: `${base}.lock`, cache: `${base}-cache` };
}

/** When the folder's build completed (its marker's modification time), or undefined when it did not. */
export function completedAt(outDir: string): number | undefined {
  return statSync(path.join(outDir, COMPLETION_MARKER), { throwIfNoEntry: false })?.mtimeMs;
}

/**
 * Puts back what an interrupted swap left: the previous folder when the output folder is
 * missing, and removes a previous folder the swap had not yet deleted. Call under the lock.
 */
export function repairInterruptedSwap(outDir: string): void {
  const { previous } = stagingPaths(outDir);
  if (!existsSync(previous)) return;
  if (existsSync(outDir)) rmSync(previous, { recursive: true, force: true });
  else renameSync(previous, outDir);
}

/**
 * Replaces the output folder with the complete staging folder, leaving the old one as the
 * previous folder for the caller to remove. Call under the lock.
 */
export function swapIntoPlace(outDir: string): void {
  const { staging, previous } = stagingPaths(outDir);
  if (completedAt(staging) === undefined)
    throw new Error(`the build in ${staging} is incomplete (no ${COMPLETION_MARKER}); ${outDir} is unchanged`);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
}
