/**
 * The PDF edition of the guide, one file per language, as artifacts of the build. The editions'
 * content is computed here; they are laid out in a worker thread (`worker.ts`), the only place
 * PDFKit and fontkit are loaded, so that a build's own thread keeps bundling and rendering pages.
 */
import { Worker } from 'node:worker_threads';
import { LOCALES, type Catalog } from '../../catalog/model.ts';
import type { ArtifactFile } from '../manifest.ts';
import { pdfPath } from '../paths.ts';
import { pdfEdition, type PdfEdition } from './content.ts';
import type { PdfWorkerAnswer } from './worker.ts';

/** Lays the editions out in a worker thread; rejects with the worker's own message when one fails. */
function renderInWorker(editions: PdfEdition[]): Promise<Uint8Array[]> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url));
  return new Promise<Uint8Array[]>((resolve, reject) => {
    worker.once('message', (answer: PdfWorkerAnswer) =>
      'files' in answer ? resolve(answer.files) : reject(new Error(answer.error)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the PDF worker stopped (exit code ${code})`)));
    worker.postMessage(editions);
  }).finally(() => void worker.terminate());
}

/** The PDF of every locale; `site` is the public address the pages print and link to. */
export async function pdfFiles(catalog: Catalog, site: string): Promise<ArtifactFile[]> {
  const editions = LOCALES.map((locale) => pdfEdition(catalog, locale, site));
  const files = await renderInWorker(editions);
  return editions.map((edition, index) => ({ path: pdfPath(edition.locale), bytes: files[index]! }));
}
