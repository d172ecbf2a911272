/** The published artifacts of a catalogue with what each is for: the integration page's table and `llms.txt` list them. */
import { CATALOG_DIR, PACKAGE_DIR } from '../../artifacts/generate.ts';
import { PACKAGE_NAME, tarballName } from '../../artifacts/package.ts';
import type { Catalog, Locale } from '../../catalog/model.ts';
import { interpolate } from '../../i18n/messages.ts';
import { INTEGRATION_MESSAGES } from '../../i18n/ui/integration.ts';

/** Each artifact's path below the site root (no leading slash) and its purpose in a language. */
export function artifactList(catalog: Catalog, locale: Locale): [path: string, purpose: string][] {
  const t = INTEGRATION_MESSAGES[locale];
  return [
    [`${CATALOG_DIR}/catalog.json`, t.catalogJson],
    [`${CATALOG_DIR}/catalog.schema.json`, t.catalogSchema],
    [`${CATALOG_DIR}/catalog-source.schema.json`, t.sourceSchema],
    [`${CATALOG_DIR}/event.schema.json`, t.eventSchema],
    [`${CATALOG_DIR}/catalog.ts`, t.typedModule],
    [`${CATALOG_DIR}/events.it.csv`, t.csvIt],
    [`${CATALOG_DIR}/events.en.csv`, t.csvEn],
    [`${CATALOG_DIR}/notification-templates.json`, t.templates],
    [`${CATALOG_DIR}/manifest.json`, t.manifest],
    [
      `${PACKAGE_DIR}/${tarballName(PACKAGE_NAME, catalog.version)}`,
      interpolate(t.tarball, { name: PACKAGE_NAME, version: catalog.version }),
    ],
  ];
}
