/**
 * Writes the artifacts into the build folder all or nothing: every file goes to a temporary
 * folder inside the build folder first, and only when all are written is each artifact folder
 * (`catalog/v1`, `package`) moved into place with a rename. A failure leaves no half-written folder.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactFile } from './manifest.ts';

/** The folders the artifacts live in, e.g. `catalog/v1` and `package`. */
export function artifactFolders(files: readonly ArtifactFile[]): string[] {
  return [...new Set(files.map((file) => path.posix.dirname(file.path)))].sort();
}

/** Writes the files under `outDir`, replacing the artifact folders they belong to. */
export async function writeArtifacts(outDir: string, files: readonly ArtifactFile[]): Promise<void> {
  for (const file of files) {
    if (path.posix.isAbsolute(file.path) || file.path.split('/').includes('..') || !file.path.includes('/')) {
      throw new Error(`artifact path "${file.path}" must be a relative path inside a folder`);
    }
  }
  await mkdir(outDir, { recursive: true });
  const temp = await mkdtemp(path.join(outDir, '.artifacts-'));
  try {
    for (const file of files) {
      const target = path.join(temp, ...file.path.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.bytes);
    }
    for (const folder of artifactFolders(files)) {
      const target = path.join(outDir, ...folder.split('/'));
      await rm(target, { recursive: true, force: true });
      await mkdir(path.dirname(target), { recursive: true });
      await rename(path.join(temp, ...folder.split('/')), target);
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
