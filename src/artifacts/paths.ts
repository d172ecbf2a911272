/**
 * Where every published artifact lives, relative to the site's root, and its address under the
 * site's base path. The one home of these paths: the build writes there, the verifier reads
 * there, the dev server serves there and the pages link there. Browser-safe.
 */
import type { Locale } from '../catalog/model.ts';

/** The folder of the catalogue files; `v1` is the format's major version, not the catalogue's. */
export const CATALOG_DIR = 'catalog/v1';
/** The folder of the npm tarball. */
export const PACKAGE_DIR = 'package';
/** The folder of the PDF files. */
export const PDF_DIR = 'pdf';

/** The package's name on the registry. */
export const PACKAGE_NAME = '@imagicle/care-catalog';

/** A file of the catalogue folder: `catalog.json` → `catalog/v1/catalog.json`. */
export function catalogFolderPath(name: string): string {
  return `${CATALOG_DIR}/${name}`;
}

/** What a build published: the manifest, also the mark of a complete build. */
export const MANIFEST_PATH = catalogFolderPath('manifest.json');

/** The events as CSV, in a locale's columns and words. */
export function csvPath(locale: Locale): string {
  return catalogFolderPath(`events.${locale}.csv`);
}

/** The file name `npm pack` gives a package: `@imagicle/care-catalog` 1.0.0 → `imagicle-care-catalog-1.0.0.tgz`. */
export function tarballName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/** The npm tarball of a catalogue version. */
export function tarballPath(version: string): string {
  return `${PACKAGE_DIR}/${tarballName(PACKAGE_NAME, version)}`;
}

/** The PDF edition of the guide in a locale. */
export function pdfPath(locale: Locale): string {
  return `${PDF_DIR}/imagiclecare-proactive-support.${locale}.pdf`;
}

/**
 * The address of a file of the site (an artifact, a stylesheet of `public/`) for a page's link: the
 * site's base path (Astro's `BASE_URL`, `/` or `/care/`, with or without its final slash) followed by
 * the file's path from the site's root.
 */
export function artifactHref(base: string, artifactPath: string): string {
  return `${base.replace(/\/?$/, '/')}${artifactPath}`;
}

/**
 * The artifact path a request asks for, once the site's base path is removed, or undefined when
 * the request is not under the base (`/docs/catalog/v1/catalog.json` → `catalog/v1/catalog.json`).
 */
export function artifactPathOf(base: string, pathname: string): string | undefined {
  const prefix = base.replace(/\/?$/, '/');
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
}
