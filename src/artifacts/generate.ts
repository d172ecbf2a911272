/**
 * Every artifact of a build, as bytes, from the resolved catalogue: the files under
 * `catalog/v1/` (pure, also served by the dev server), the npm package, and the manifest of all
 * of them. Nothing here writes to the build folder (see `write.ts`).
 */
import type { Catalog, Locale } from '../catalog/model.ts';
import { NOTIFICATION_TEMPLATES } from '../catalog/simulator/notification-templates.ts';
import { publishedJson } from '../catalog/published.ts';
import { eventsCsv } from './csv.ts';
import type { ModuleSources } from './inline.ts';
import { catalogSchema, catalogSourceSchema, eventSchema } from './json-schemas.ts';
import { buildManifest, MANIFEST_PATH, type ArtifactFile } from './manifest.ts';
import { compileLibrary, PACKAGE_NAME, packageFiles, packTarball, tarballName, type PackageFile } from './package.ts';
import { typedModuleTs } from './typed-module.ts';

export type { ArtifactFile };

/** The folder of the catalogue files; `v1` is the format's major version, not the catalogue's. */
export const CATALOG_DIR = 'catalog/v1';
/** The folder of the npm tarball. */
export const PACKAGE_DIR = 'package';

/** JSON as published: two-space indent, final newline, key order as built (deterministic). */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The files under `catalog/v1/` except the manifest, by file name, in publication order. */
export function catalogFiles(catalog: Catalog, sources: ModuleSources): ArtifactFile[] {
  const csv = (locale: Locale): ArtifactFile => ({
    path: `${CATALOG_DIR}/events.${locale}.csv`,
    bytes: encode(eventsCsv(catalog, locale)),
  });
  const modelSource = sources['model.ts'];
  if (modelSource === undefined) throw new Error('catalogFiles: the source of model.ts is needed');
  return [
    { path: `${CATALOG_DIR}/catalog.json`, bytes: encode(publishedJson(catalog)) },
    { path: `${CATALOG_DIR}/catalog.schema.json`, bytes: encode(jsonText(catalogSchema(modelSource))) },
    { path: `${CATALOG_DIR}/catalog-source.schema.json`, bytes: encode(jsonText(catalogSourceSchema(catalog))) },
    { path: `${CATALOG_DIR}/event.schema.json`, bytes: encode(jsonText(eventSchema())) },
    { path: `${CATALOG_DIR}/notification-templates.json`, bytes: encode(jsonText(NOTIFICATION_TEMPLATES)) },
    { path: `${CATALOG_DIR}/catalog.ts`, bytes: encode(typedModuleTs(catalog, sources)) },
    csv('it'),
    csv('en'),
  ];
}

/** Files of `catalog/v1/` that the npm package ships as `exports` subpaths. */
const PACKAGE_ASSETS = [
  'catalog.json',
  'catalog.schema.json',
  'catalog-source.schema.json',
  'event.schema.json',
  'notification-templates.json',
] as const;

/** What generating every artifact needs from the checkout. */
export interface ArtifactInputs {
  catalog: Catalog;
  /** Sources of `src/catalog/*.ts`, by file name. */
  sources: ModuleSources;
  /** Absolute path of `src/`, to compile the package from. */
  srcDir: string;
  /** Version ranges of the package's runtime dependencies (from the project's package.json). */
  dependencyVersions: Readonly<Record<string, string>>;
  /** URL of the integration guide, the package's homepage. */
  homepage: string;
  /** The compiled library when it was started earlier (a build compiles it while pages render). */
  library?: Promise<PackageFile[]>;
}

/** Every artifact of a build: the catalogue files, the npm tarball, and the manifest last. */
export async function generateArtifacts(inputs: ArtifactInputs): Promise<ArtifactFile[]> {
  const { catalog, sources, srcDir, dependencyVersions, homepage } = inputs;
  const library = await (inputs.library ?? compileLibrary(srcDir));
  const files = catalogFiles(catalog, sources);
  const assets = Object.fromEntries(
    PACKAGE_ASSETS.map((name) => [name, files.find((file) => file.path === `${CATALOG_DIR}/${name}`)!.bytes]),
  );
  const tarball = await packTarball(packageFiles({ catalog, library, assets, dependencyVersions, homepage }));
  const expected = tarballName(PACKAGE_NAME, catalog.version);
  if (tarball.name !== expected) throw new Error(`npm pack named the tarball ${tarball.name}, not ${expected}`);
  const all = [...files, { path: `${PACKAGE_DIR}/${tarball.name}`, bytes: tarball.bytes }];
  return [...all, { path: MANIFEST_PATH, bytes: encode(jsonText(buildManifest(catalog, all))) }];
}
