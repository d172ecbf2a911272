/**
 * Worker thread that compiles the npm package's library (see `compileLibraryInWorker`): the
 * compile depends only on the sources, so it runs while Astro renders the pages on another core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileLibrary } from './package.ts';

const { srcDir } = workerData as { srcDir: string };
try {
  parentPort?.postMessage({ files: compileLibrary(srcDir) });
} catch (error) {
  parentPort?.postMessage({ error: (error as Error).message });
}
