/**
 * Worker thread that bundles the npm package's tooling (see `compileToolingInWorker`): it depends
 * only on the sources, so it runs while Astro renders the pages on another core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileTooling } from './package.ts';

const { srcDir } = workerData as { srcDir: string };
try {
  parentPort?.postMessage({ files: await compileTooling(srcDir) });
} catch (error) {
  parentPort?.postMessage({ error: (error as Error).message });
}
