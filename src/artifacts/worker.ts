/**
 * Worker thread that generates every artifact of a build (see `generateArtifactsInWorker`): they
 * depend only on the catalogue and the sources, so a build makes them on another core while Astro
 * renders the pages, and the TypeScript compiler, esbuild and PDFKit load here, not in the build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Catalog } from '../catalog/model.ts';
import { generateArtifacts } from './generate.ts';
import { artifactInputs } from './inputs.ts';

const { catalog, site } = workerData as { catalog: Catalog; site: string };
try {
  const files = await generateArtifacts(artifactInputs(catalog, site));
  parentPort?.postMessage(
    { files },
    files.map((file) => file.bytes.buffer as ArrayBuffer),
  );
} catch (error) {
  parentPort?.postMessage({ error: (error as Error).message });
}
