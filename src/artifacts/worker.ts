/**
 * Worker thread that generates every artifact of a build (see `generateArtifactsInWorker`): they
 * depend only on the catalogue and the sources, so a build makes them on another core while Astro
 * renders the pages, and esbuild, Oxc and PDFKit load here, not in the build.
 */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Catalog } from '../catalog/model.ts';

// Node keeps the compiled code of the modules loaded below (PDFKit, fontkit, zod, esbuild's and
// rolldown's bindings) on disk, so the next build starts them in less time.
enableCompileCache();
const { generateArtifacts } = await import('./generate.ts');
const { artifactInputs } = await import('./inputs.ts');

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
