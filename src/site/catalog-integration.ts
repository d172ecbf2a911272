/**
 * Astro integration that validates the catalogue before anything is built: an invalid
 * catalogue prints its findings, compiler style, and stops the build with nothing written.
 */
import type { AstroIntegration } from 'astro';
import { CatalogLoadError, catalogFilePath, displayPath, loadCatalog } from '../catalog/source/read.ts';
import { releasesDirectory } from '../catalog/versions/releases.ts';
import { catalogModulePlugin } from './catalog-module.ts';

/** Validates `CATALOG_FILE` (or the committed catalogue) at the start of every build and dev server. */
export function catalogIntegration(): AstroIntegration {
  return {
    name: 'imagicle-care-catalog',
    hooks: {
      'astro:config:setup': ({ addWatchFile, logger, updateConfig }) => {
        const file = catalogFilePath();
        const releasesDir = releasesDirectory();
        // Pages import the catalogue from this virtual module, not from a file they would look up.
        updateConfig({ vite: { plugins: [catalogModulePlugin({ file, releasesDir })] } });
        addWatchFile(file);
        let catalog;
        try {
          catalog = loadCatalog(file);
        } catch (error) {
          if (error instanceof CatalogLoadError) throw new CatalogBuildError(error.message);
          throw error;
        }
        logger.info(`catalogue ${catalog.version}: ${catalog.events.length} events from ${displayPath(file)}`);
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
