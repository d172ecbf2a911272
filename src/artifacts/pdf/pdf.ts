/**
 * The PDF edition of the guide, one file per language, as artifacts of the build. The layout
 * module (and PDFKit with it) is loaded only here, when the artifacts are generated.
 */
import { Worker } from 'node:worker_threads';
import { LOCALES, type Catalog } from '../../catalog/model.ts';
import type { ArtifactFile } from '../manifest.ts';
import { pdfPath } from '../paths.ts';
import { pdfEdition } from './content.ts';

/** The PDF of every locale; `site` is the public address the pages print and link to. */
export async function pdfFiles(catalog: Catalog, site: string): Promise<ArtifactFile[]> {
  const { renderPdf } = await import('./render.ts');
  const files: ArtifactFile[] = [];
  for (const locale of LOCALES) {
    files.push({ path: pdfPath(locale), bytes: await renderPdf(pdfEdition(catalog, locale, site)) });
  }
  return files;
}

/** `pdfFiles` in a worker thread, so that a build lays the PDFs out while it renders the pages. */
export function pdfFilesInWorker(catalog: Catalog, site: string): Promise<ArtifactFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { catalog, site } });
    worker.once('message', (message: { files?: ArtifactFile[]; error?: string }) => {
      if (message.files) resolve(message.files);
      else reject(new Error(`the PDF edition could not be made: ${message.error}`));
      void worker.terminate();
    });
    worker.once('error', (error) => reject(new Error(`the PDF edition could not be made: ${error.message}`)));
  });
}
