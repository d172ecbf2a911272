/**
 * The PDF edition of the guide, one file per language, as artifacts of the build. The layout
 * module (and the PDF writer with it) is loaded only here, when the artifacts are generated. The
 * editions are laid out in the build's own thread, with the other artifacts once the pages are
 * written: a worker thread of their own cost more CPU time (Node started again, its TypeScript
 * stripper compiled again) than the build gained from it.
 */
import { messageLocale } from '../../catalog/messages/command.ts';
import { LOCALES, type Catalog, type Locale } from '../../catalog/model.ts';
import type { ArtifactFile } from '../manifest.ts';
import { pdfPath } from '../paths.ts';
import { pdfEdition } from './content.ts';

/**
 * The PDF of every locale; `site` is the public address the pages print and link to, and a text
 * that cannot be printed is reported in `messagesIn` (the maintainer's language).
 */
export async function pdfFiles(
  catalog: Catalog,
  site: string,
  messagesIn: Locale = messageLocale(),
): Promise<ArtifactFile[]> {
  const { renderPdf } = await import('./render.ts');
  const files: ArtifactFile[] = [];
  for (const locale of LOCALES) {
    files.push({ path: pdfPath(locale), bytes: await renderPdf(pdfEdition(catalog, locale, site), messagesIn) });
  }
  return files;
}
