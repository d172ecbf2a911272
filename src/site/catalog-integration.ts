/**
 * Astro integration that validates the catalogue before anything is built: an invalid
 * catalogue prints its findings, compiler style, and stops the build with nothing written.
 * In the dev server it does not stop: every page shows the findings instead, in the maintainer's
 * language and without a stack trace, until the file is fixed.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { formatFindingText } from '../catalog/source/findings.ts';
import { findingText } from '../catalog/messages/findings.ts';
import { CatalogLoadError, catalogFilePath, displayPath, loadCatalog } from '../catalog/source/read.ts';
import { messageLocale } from '../catalog/messages/command.ts';
import { buildMessage, BuildReportError } from '../build/messages.ts';
import type { Locale } from '../catalog/model.ts';
import { releasesDirectory } from '../catalog/versions/releases.ts';
import { catalogModulePlugin } from './catalog-module.ts';

/** Validates `CATALOG_FILE` (or the committed catalogue) at the start of every build and dev server. */
export function catalogIntegration(): AstroIntegration {
  return {
    name: 'imagicle-care-catalog',
    hooks: {
      'astro:config:setup': ({ addWatchFile, logger, command, updateConfig }) => {
        const file = catalogFilePath();
        const releasesDir = releasesDirectory();
        // Pages import the catalogue from this virtual module, not from a file they would look up.
        updateConfig({ vite: { plugins: [catalogModulePlugin({ file, releasesDir })] } });
        addWatchFile(file);
        if (command === 'dev') updateConfig({ vite: { plugins: [catalogFindingsPage(file)] } });
        let catalog;
        try {
          catalog = loadCatalog(file);
        } catch (error) {
          if (!(error instanceof CatalogLoadError)) throw error;
          // The dev server keeps running and shows the findings on every page until the file is fixed.
          if (command === 'dev') {
            logger.error(error.message);
            return;
          }
          throw new BuildReportError(error.message);
        }
        logger.info(
          buildMessage(messageLocale(), 'catalogueLoaded', {
            version: catalog.version,
            events: catalog.events.length,
            file: displayPath(file),
          }),
        );
      },
    },
  };
}

/**
 * Dev server only: while the catalogue is invalid, a page request gets the findings (not Astro's
 * error overlay, which shows a stack trace and a frame of our own code). The page reloads itself
 * every two seconds, so it turns into the site as soon as the file is fixed.
 */
function catalogFindingsPage(file: string): Plugin {
  return {
    name: 'imagicle-care-catalog-findings',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.headers.accept?.includes('text/html')) return next();
        const locale = messageLocale();
        try {
          loadCatalog(file, locale);
        } catch (error) {
          if (!(error instanceof CatalogLoadError)) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(findingsPage(error, locale));
          return;
        }
        next();
      });
    },
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page that lists the findings, in the maintainer's language. */
export function findingsPage(error: CatalogLoadError, locale: Locale): string {
  const t = findingText(locale);
  const lines = error.findings.length
    ? error.findings.map((finding) => formatFindingText(finding, locale))
    : [error.message];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>${escapeHtml(t('devTitle'))}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1a1a1a;background:#fff}pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;padding:1rem;border-left:4px solid #b00020}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t('devTitle'))}</h1>
<p>${escapeHtml(t('devIntro'))}</p>
<pre>${escapeHtml(lines.join('\n'))}</pre>
<p>${escapeHtml(t('devRecover'))}</p>
</main>
</body>
</html>
`;
}
