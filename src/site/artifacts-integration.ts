/**
 * Astro integration that publishes the artifacts for monitoring components: at the end of a
 * build it generates every artifact (catalogue files, npm tarball, manifest) in memory, then
 * writes them all or nothing; the dev server serves the catalogue files from memory.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../catalog/model.ts';
import { catalogFilePath, loadCatalog } from '../catalog/source/read.ts';
import { CATALOG_DIR, catalogFiles, generateArtifacts } from '../artifacts/generate.ts';
import { artifactInputs, readCatalogSources, siteBase, SRC_DIR } from '../artifacts/inputs.ts';
import { compileToolingInWorker, type PackageFile } from '../artifacts/package.ts';
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
  let tooling: Promise<PackageFile[]> | undefined;
  let pdfs: Promise<ArtifactFile[]> | undefined;
  const servedFiles = new WeakMap<Catalog, ArtifactFile[]>();
  const servedPdfs = new WeakMap<Catalog, Promise<ArtifactFile[]>>();
  return {
    name: 'imagicle-care-artifacts',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:server:setup': ({ server }) => {
        // The PDF edition, made once per catalogue change (loadCatalog rereads the file only then).
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(`/${PDF_DIR}/`)) return next();
          let catalog: Catalog;
          try {
            catalog = loadCatalog(catalogFilePath());
          } catch {
            return next(); // an invalid catalogue: the pages show its findings
          }
          let made = servedPdfs.get(catalog);
          if (!made) {
            made = pdfFiles(catalog, siteBase(site));
            servedPdfs.set(catalog, made);
          }
          made.then(
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
          // loadCatalog rereads the file only when it changed; the files are made once per catalogue.
          let catalog: Catalog;
          try {
            catalog = loadCatalog(catalogFilePath());
          } catch {
            return next(); // an invalid catalogue: the pages show its findings
          }
          let files = servedFiles.get(catalog);
          if (!files) {
            files = catalogFiles(catalog, readCatalogSources());
            servedFiles.set(catalog, files);
          }
          const file = files.find(({ path }) => `/${path}` === url.pathname);
          if (!file) return next();
          response.setHeader(
            'Content-Type',
            CONTENT_TYPES[file.path.split('.').at(-1) ?? ''] ?? 'application/octet-stream',
          );
          response.end(file.bytes);
        });
      },
      'astro:build:start': () => {
        // The package's tooling needs only the sources: bundle it on the other core while pages render.
        tooling = compileToolingInWorker(SRC_DIR);
        tooling.catch(() => undefined); // reported when awaited in build:done
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
            ...(tooling ? { tooling } : {}),
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
