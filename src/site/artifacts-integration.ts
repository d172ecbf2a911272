/**
 * Astro integration that publishes the artifacts for monitoring components: a build makes every
 * artifact (catalogue files, npm tarball, PDFs, manifest) once the pages are built, while Pagefind
 * indexes them in its own process, and writes them all or nothing; the dev server serves the
 * catalogue files and PDFs from memory.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../catalog/model.ts';
import { catalogFilePath, loadCatalog } from '../catalog/source/read.ts';
import type { Connect } from 'vite';
import { artifactInputs, readCatalogSources, siteBase } from '../artifacts/inputs.ts';
import { artifactPathOf, CATALOG_DIR, PDF_DIR } from '../artifacts/paths.ts';
import { writeArtifacts } from '../artifacts/write.ts';
import type { ArtifactFile } from '../artifacts/manifest.ts';
import { buildMessage, BuildReportError } from '../build/messages.ts';
import { messageLocale } from '../catalog/messages/command.ts';

/** Content types of the served artifacts, by extension. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ts: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * Dev server: serves the artifacts of one folder (under the site's base path) from memory, made
 * once per catalogue change: `loadCatalog` rereads the file only when it changed, and returns the
 * same object until then, which keys the cache.
 */
function servedArtifacts(
  base: string,
  folder: string,
  make: (catalog: Catalog) => ArtifactFile[] | Promise<ArtifactFile[]>,
): Connect.NextHandleFunction {
  const made = new WeakMap<Catalog, Promise<ArtifactFile[]>>();
  return (request, response, next) => {
    const wanted = artifactPathOf(base, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!wanted?.startsWith(`${folder}/`)) return next();
    let catalog: Catalog;
    try {
      catalog = loadCatalog(catalogFilePath());
    } catch {
      return next(); // an invalid catalogue: the pages show its findings
    }
    let files = made.get(catalog);
    if (!files) {
      files = Promise.resolve().then(() => make(catalog));
      made.set(catalog, files);
    }
    files.then(
      (all) => {
        const file = all.find(({ path }) => path === wanted);
        if (!file) return next();
        response.setHeader(
          'Content-Type',
          CONTENT_TYPES[file.path.split('.').at(-1) ?? ''] ?? 'application/octet-stream',
        );
        response.end(file.bytes);
      },
      (error: unknown) => next(error),
    );
  };
}

/**
 * Every artifact of a build, made in the build's own thread: its modules (zod, the catalogue's)
 * are already loaded there, and the package's bundling and compression wait on other threads, so
 * a worker thread cost more CPU time (a second heap, every module loaded again) than it saved in
 * wall time. Loaded on demand, so that a dev server never loads esbuild, Oxc or the PDF writer for it.
 *
 * Made after the pages, not while the bundler runs: the bundler's threads wait on this thread for
 * every plugin call, and the same artifacts made in the gaps between those calls cost the
 * 18-event build 0.1–0.3 s more CPU time and 0.07–0.22 s more wall time (alternating builds, three
 * runs of 6–8 rounds).
 */
async function buildArtifacts(catalog: Catalog, site: URL | undefined): Promise<ArtifactFile[]> {
  const { generateArtifacts } = await import('../artifacts/generate.ts');
  return generateArtifacts(artifactInputs(catalog, site));
}

/** Generates the artifacts into the build folder; serves the catalogue files in dev. */
export function artifactsIntegration(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  let artifacts: Promise<ArtifactFile[]> | undefined;
  let started = 0;
  return {
    name: 'imagicle-care-artifacts',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:generated': () => {
        // Every page is written: the bundler is done, and Pagefind is about to index the pages in a
        // process of its own while the artifacts are made in this thread.
        started = performance.now();
        try {
          artifacts = buildArtifacts(loadCatalog(), site);
          artifacts.catch(() => undefined); // reported when awaited in build:done
        } catch {
          // An unreadable catalogue is reported once, in build:done.
        }
      },
      'astro:server:setup': ({ server }) => {
        // Loaded on the first request: a dev server that serves no artifact never loads Oxc or the PDF writer.
        server.middlewares.use(
          servedArtifacts(base, CATALOG_DIR, async (catalog) =>
            (await import('../artifacts/generate.ts')).catalogFiles(catalog, readCatalogSources()),
          ),
        );
        server.middlewares.use(
          servedArtifacts(base, PDF_DIR, async (catalog) =>
            (await import('../artifacts/pdf/pdf.ts')).pdfFiles(catalog, siteBase(site)),
          ),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!artifacts) started = performance.now();
        let files;
        try {
          files = await (artifacts ?? buildArtifacts(loadCatalog(), site));
          await writeArtifacts(fileURLToPath(dir), files);
        } catch (error) {
          throw new BuildReportError(
            `${buildMessage(messageLocale(), 'artifactsFailed', {})}\n${(error as Error).message}`,
          );
        }
        const bytes = files.reduce((total, file) => total + file.bytes.byteLength, 0);
        logger.info(
          buildMessage(messageLocale(), 'artifactsWritten', {
            count: files.length,
            size: Math.round(bytes / 1024),
            ms: Math.round(performance.now() - started),
          }),
        );
      },
    },
  };
}
