/** The published artifacts of a catalogue with what each is for: the integration page's table and `llms.txt` list them. */
import { catalogFolderPath, csvPath, MANIFEST_PATH, PACKAGE_NAME, tarballPath } from '../../artifacts/paths.ts';
import type { Catalog, Locale } from '../../catalog/model.ts';
import { interpolate } from '../../i18n/messages.ts';
import { INTEGRATION_MESSAGES } from '../../i18n/ui/integration.ts';

/** Each artifact's path below the site root (no leading slash) and its purpose in a language. */
export function artifactList(catalog: Catalog, locale: Locale): [path: string, purpose: string][] {
  const t = INTEGRATION_MESSAGES[locale];
  return [
    [catalogFolderPath('catalog.json'), t.catalogJson],
    [catalogFolderPath('catalog.schema.json'), t.catalogSchema],
    [catalogFolderPath('catalog-source.schema.json'), t.sourceSchema],
    [catalogFolderPath('event.schema.json'), t.eventSchema],
    [catalogFolderPath('catalog.ts'), t.typedModule],
    [csvPath('it'), t.csvIt],
    [csvPath('en'), t.csvEn],
    [catalogFolderPath('notification-templates.json'), t.templates],
    [MANIFEST_PATH, t.manifest],
    [tarballPath(catalog.version), interpolate(t.tarball, { name: PACKAGE_NAME, version: catalog.version })],
  ];
}
