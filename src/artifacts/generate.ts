/**
 * Every artifact of a build, as bytes, from the resolved catalogue: the files under
 * `catalog/v1/` (pure, also served by the dev server), the npm package, and the manifest of all
 * of them. Nothing here writes to the build folder (see `write.ts`).
 */
import type { Catalog, Locale } from '../catalog/model.ts';
import { NOTIFICATION_TEMPLATES } from '../catalog/simulator/notification-templates.ts';
import { publishedJson } from '../catalog/source/published.ts';
import { eventsCsv } from './csv.ts';
import type { ModuleSources } from './inline.ts';
import { catalogSchema, catalogSourceSchema, eventSchema } from './json-schemas.ts';
import { buildManifest, type ArtifactFile } from './manifest.ts';
import { catalogFolderPath, csvPath, MANIFEST_PATH, PACKAGE_NAME, tarballName, tarballPath } from './paths.ts';
import { packageExample } from './examples.ts';
import { compileMainEntry, compileTooling, packageFiles, packTarball, type PackageFile } from './package.ts';
import { pdfFiles } from './pdf/pdf.ts';
import { typedModuleTs } from './typed-module.ts';

export type { ArtifactFile };

/** JSON as published: two-space indent, final newline, key order as built (deterministic). */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The files under `catalog/v1/` except the manifest, by file name, in publication order. */
export function catalogFiles(catalog: Catalog, sources: ModuleSources): ArtifactFile[] {
  const csv = (locale: Locale): ArtifactFile => ({
    path: csvPath(locale),
    bytes: encode(eventsCsv(catalog, locale)),
  });
  const modelSource = sources['model.ts'];
  if (modelSource === undefined) throw new Error('catalogFiles: the source of model.ts is needed');
  return [
    { path: catalogFolderPath('catalog.json'), bytes: encode(publishedJson(catalog)) },
    { path: catalogFolderPath('catalog.schema.json'), bytes: encode(jsonText(catalogSchema(modelSource))) },
    { path: catalogFolderPath('catalog-source.schema.json'), bytes: encode(jsonText(catalogSourceSchema(catalog))) },
    { path: catalogFolderPath('event.schema.json'), bytes: encode(jsonText(eventSchema())) },
    { path: catalogFolderPath('notification-templates.json'), bytes: encode(jsonText(NOTIFICATION_TEMPLATES)) },
    { path: catalogFolderPath('catalog.ts'), bytes: encode(typedModuleTs(catalog, sources)) },
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
  /** Absolute path of `src/`, to bundle the package's tooling from. */
  srcDir: string;
  /** URLs of the integration guide in each language; the English one is the package's homepage. */
  guides: Record<Locale, string>;
  /** The package's licence (an SPDX expression or `UNLICENSED`), from the project's package.json. */
  license: string;
  /** Where the package's source lives, from the project's package.json. */
  repository: { type: string; url: string };
  /** The bundled tooling, already made (tests that generate many catalogues' artifacts bundle it once). */
  tooling?: Promise<PackageFile[]>;
  /** The site's public address, printed on the PDF edition's pages (default https://care.imagicle.com/). */
  site?: string;
  /** The PDF edition, already made (tests that do not look at it pass none: `Promise.resolve([])`). */
  pdfs?: Promise<ArtifactFile[]>;
}

/** Every artifact of a build: the catalogue files, the npm tarball, the PDF edition, and the manifest last. */
export async function generateArtifacts(inputs: ArtifactInputs): Promise<ArtifactFile[]> {
  const { catalog, sources, srcDir, guides, license, repository } = inputs;
  // Lay the PDFs out while esbuild bundles the package's tooling in its own process.
  const pdfs = inputs.pdfs ?? pdfFiles(catalog, inputs.site ?? 'https://care.imagicle.com/');
  pdfs.catch(() => undefined); // reported when awaited below
  const files = catalogFiles(catalog, sources);
  const apiModule = new TextDecoder().decode(
    files.find((file) => file.path === catalogFolderPath('catalog.ts'))!.bytes,
  );
  const [tooling, mainEntry] = await Promise.all([
    inputs.tooling ?? compileTooling(srcDir),
    compileMainEntry(apiModule),
  ]);
  const assets = Object.fromEntries(
    PACKAGE_ASSETS.map((name) => [name, files.find((file) => file.path === catalogFolderPath(name))!.bytes]),
  );
  const tarball = await packTarball(
    packageFiles({
      catalog,
      mainEntry,
      tooling,
      assets,
      guides,
      license,
      repository,
      readmeExample: packageExample(catalog),
    }),
  );
  const expected = tarballName(PACKAGE_NAME, catalog.version);
  if (tarball.name !== expected) throw new Error(`npm pack named the tarball ${tarball.name}, not ${expected}`);
  const all = [...files, { path: tarballPath(catalog.version), bytes: tarball.bytes }, ...(await pdfs)];
  return [...all, { path: MANIFEST_PATH, bytes: encode(jsonText(buildManifest(catalog, all))) }];
}
