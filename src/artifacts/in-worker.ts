/**
 * `generateArtifacts` for a build, in a worker thread (`worker.ts`). This module imports nothing
 * heavy, so the build's own thread never loads esbuild, Oxc's transformer or PDFKit.
 */
import { Worker } from 'node:worker_threads';
import type { Catalog } from '../catalog/model.ts';
import type { ArtifactFile } from './manifest.ts';

/** Every artifact of the catalogue, made in a worker; rejects with the one-paragraph reason of a failure. */
export function generateArtifactsInWorker(catalog: Catalog, site: string): Promise<ArtifactFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { catalog, site } });
    worker.once('message', (message: { files?: ArtifactFile[]; error?: string }) => {
      if (message.files) resolve(message.files);
      else reject(new Error(message.error ?? 'the artifacts could not be made'));
      void worker.terminate();
    });
    worker.once('error', (error) => reject(new Error(error.message)));
  });
}
