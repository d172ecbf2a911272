/**
 * The worker thread that lays the PDF editions out (`pdf.ts` starts it): it loads nothing but the
 * layout module, receives the editions as data and answers with their bytes, or with the message
 * of what stopped it (a character the fonts cannot draw, say).
 */
import { parentPort } from 'node:worker_threads';
import type { PdfEdition } from './content.ts';
import { renderPdf } from './render.ts';

/** What the worker answers: the PDFs' bytes in the editions' order, or why it could not make them. */
export type PdfWorkerAnswer = { files: Uint8Array[] } | { error: string };

parentPort!.once('message', async (editions: PdfEdition[]) => {
  let answer: PdfWorkerAnswer;
  try {
    const files: Uint8Array[] = [];
    for (const edition of editions) files.push(await renderPdf(edition));
    answer = { files };
  } catch (error) {
    answer = { error: (error as Error).message };
  }
  parentPort!.postMessage(answer, 'files' in answer ? answer.files.map((bytes) => bytes.buffer as ArrayBuffer) : []);
});
