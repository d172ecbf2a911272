/**
 * Astro integration that publishes the artifacts for monitoring components: at the end of a
 * build it generates every artifact (catalogue files, npm tarball, manifest) in memory, then
 * writes them all or nothing; the dev server serves the catalogue files from memory.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { catalogFilePath, checkCatalogFile, loadCatalog } from '../catalog/source/read.ts';
import { CATALOG_DIR, catalogFiles, generateArtifacts } from '../artifacts/generate.ts';
import { artifactInputs, readCatalogSources, siteBase, SRC_DIR } from '../artifacts/inputs.ts';
import { compileLibraryInWorker, type PackageFile } from '../artifacts/package.ts';
import { PDF_DIR, pdfFiles, pdfFilesInWorker } from '../artifacts/pdf/pdf.ts';
import { writeArtifacts } from '../artifacts/write.ts';
import type { ArtifactFile } from '../artifacts/manifest.ts';

/** Content types of the catalogue files, by extension. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ts: 'text/plain; charset=utf-8',
};

/** Generates the artifacts into the build folder; serves the catalogue files in dev. */
export function artifactsIntegration(): AstroIntegration {
  let site: URL | undefined;
  let library: Promise<PackageFile[]> | undefined;
  let pdfs: Promise<ArtifactFile[]> | undefined;
  return {
    name: 'imagicle-care-artifacts',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:server:setup': ({ server }) => {
        // The PDF edition, made afresh on each request (the dev server's catalogue changes as it runs).
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(`/${PDF_DIR}/`)) return next();
          const catalog = checkCatalogFile(catalogFilePath()).catalog;
          if (!catalog) return next();
          pdfFiles(catalog, siteBase(site)).then(
            (files) => {
              const file = files.find(({ path }) => `/${path}` === url.pathname);
              if (!file) return next();
              response.setHeader('Content-Type', 'application/pdf');
              response.end(file.bytes);
            },
            (error: unknown) => next(error),
          );
        });
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(`/${CATALOG_DIR}/`)) return next();
          // Read the file afresh: in dev the catalogue changes while the server runs.
          const catalog = checkCatalogFile(catalogFilePath()).catalog;
          const file =
            catalog && catalogFiles(catalog, readCatalogSources()).find(({ path }) => `/${path}` === url.pathname);
          if (!file) return next();
          response.setHeader(
            'Content-Type',
            CONTENT_TYPES[file.path.split('.').at(-1) ?? ''] ?? 'application/octet-stream',
          );
          response.end(file.bytes);
        });
      },
      'astro:build:start': () => {
        // The package's compile needs only the sources: run it on the other core while pages render.
        library = compileLibraryInWorker(SRC_DIR);
        library.catch(() => undefined); // reported when awaited in build:done
        // So do the PDFs: they need only the catalogue (validated before the build starts).
        try {
          pdfs = pdfFilesInWorker(loadCatalog(), siteBase(site));
          pdfs.catch(() => undefined);
        } catch {
          // An unreadable catalogue is reported once, by build:done's loadCatalog.
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        let files;
        try {
          files = await generateArtifacts({
            ...artifactInputs(loadCatalog(), site),
            ...(library ? { library } : {}),
            ...(pdfs ? { pdfs } : {}),
          });
          await writeArtifacts(fileURLToPath(dir), files);
        } catch (error) {
          throw new ArtifactBuildError(
            `The artifacts could not be built; none was written.\n${(error as Error).message}`,
          );
        }
        const bytes = files.reduce((total, file) => total + file.bytes.byteLength, 0);
        logger.info(
          `${files.length} artifacts (${Math.round(bytes / 1024)} KiB) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

/** A build stopped while generating the artifacts; its message is the report, no stack needed. */
export class ArtifactBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactBuildError';
    this.stack = message;
  }
}
