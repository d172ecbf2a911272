/**
 * Worker thread that lays the PDF edition out (see `pdfFilesInWorker`): the PDFs depend only on
 * the catalogue, so a build makes them on another core while Astro renders the pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Catalog } from '../../catalog/model.ts';
import { pdfFiles } from './pdf.ts';

const { catalog, site } = workerData as { catalog: Catalog; site: string };
try {
  const files = await pdfFiles(catalog, site);
  parentPort?.postMessage(
    { files },
    files.map((file) => file.bytes.buffer as ArrayBuffer),
  );
} catch (error) {
  parentPort?.postMessage({ error: (error as Error).message });
}
