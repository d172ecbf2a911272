/**
 * The catalogue as the site's pages receive it: one validated value, the virtual module
 * `virtual:imagicle-care/catalog`, loaded once per build. In dev the module is rebuilt when the
 * catalogue file or a release record changes, so pages show the edit (or its findings) at once.
 */
import { exactRegex } from '@rolldown/pluginutils';
import path from 'node:path';
import type { Plugin } from 'vite';
import { messageLocale } from '../catalog/messages/command.ts';
import { loadCatalog } from '../catalog/source/read.ts';
import { loadValidReleaseHistory } from '../catalog/versions/releases.ts';

/** The id pages import the catalogue from. */
export const CATALOG_MODULE_ID = 'virtual:imagicle-care/catalog';
const RESOLVED_ID = `\0${CATALOG_MODULE_ID}`;

/** What the module is built from. */
export interface CatalogModuleSources {
  /** The catalogue file (absolute). */
  file: string;
  /** The folder of release records (absolute). */
  releasesDir: string;
}

/** Vite plugin serving `virtual:imagicle-care/catalog`: `catalog` (resolved, frozen) and `releases` (their catalogues, oldest first). */
export function catalogModulePlugin({ file, releasesDir }: CatalogModuleSources): Plugin {
  return {
    name: 'imagicle-care-catalog-module',
    // Filters let the bundler skip this plugin for every other module, without calling into
    // JavaScript for each one's resolution and loading.
    resolveId: {
      filter: { id: exactRegex(CATALOG_MODULE_ID) },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: exactRegex(RESOLVED_ID) },
      handler() {
        this.addWatchFile(file);
        this.addWatchFile(releasesDir);
        const catalog = loadCatalog(file);
        const releases = loadValidReleaseHistory(releasesDir, messageLocale()).map((release) => release.catalog);
        const model = path.resolve(import.meta.dirname, '../catalog/model.ts');
        return `import { deepFreeze } from ${JSON.stringify(model)};
export const catalog = deepFreeze(${JSON.stringify(catalog)});
export const releases = deepFreeze(${JSON.stringify(releases)});
`;
      },
    },
  };
}
