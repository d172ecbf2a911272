/**
 * Astro integration that validates the catalogue before anything is built: an invalid
 * catalogue prints its findings, compiler style, and stops the build with nothing written.
 */
import type { AstroIntegration } from 'astro';
import { formatFindingText, summarizeFindings } from '../catalog/findings.ts';
import { CatalogLoadError, catalogFilePath, checkCatalogFile } from '../catalog/read.ts';
import { releasesDirectory } from '../catalog/releases.ts';

/** Validates `CATALOG_FILE` (or the committed catalogue) at the start of every build and dev server. */
export function catalogIntegration(): AstroIntegration {
  return {
    name: 'imagicle-care-catalog',
    hooks: {
      'astro:config:setup': ({ addWatchFile, logger }) => {
        const file = catalogFilePath();
        // Pages are bundled before they run, so they cannot find the default file relative to
        // their own module: pin the absolute path for everything that loads it in this build.
        process.env['CATALOG_FILE'] = file;
        process.env['RELEASES_DIR'] = releasesDirectory();
        addWatchFile(file);
        let result;
        try {
          result = checkCatalogFile(file);
        } catch (error) {
          if (error instanceof CatalogLoadError) throw new CatalogBuildError(error.message);
          throw error;
        }
        if (!result.catalog) {
          const lines = result.findings.map(formatFindingText).join('\n');
          throw new CatalogBuildError(
            `The catalogue is invalid; nothing was built.\n${lines}\n${summarizeFindings(result.findings, 1)}`,
          );
        }
        logger.info(`catalogue ${result.catalog.version}: ${result.catalog.events.length} events from ${result.file}`);
      },
    },
  };
}

/** A build stopped by catalogue findings; its message is the whole report, no stack needed. */
export class CatalogBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogBuildError';
    this.stack = message;
  }
}
