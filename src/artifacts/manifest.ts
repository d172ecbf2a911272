/**
 * `catalog/v1/manifest.json`: what a build published, so that a consumer (or CI) can check that a
 * download is complete and untouched: the catalogue's version and source hash, and every
 * artifact with its size and sha256.
 */
import type { Catalog } from '../catalog/model.ts';
import { sha256Hex } from '../catalog/source/digest.ts';
import { MANIFEST_PATH } from './paths.ts';

/** One published file: its path from the site root, its bytes. */
export interface ArtifactFile {
  path: string;
  bytes: Uint8Array;
}

/** One entry of the manifest. */
export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

/** The manifest's content. */
export interface Manifest {
  /** Catalogue version (semver). */
  version: string;
  /** Date of the catalogue's last change. */
  updated: string;
  /** sha256 of `catalog/catalog.yaml`'s bytes. */
  sourceSha256: string;
  /** Every other artifact of the build, sorted by path. */
  artifacts: ManifestEntry[];
}

/** The manifest of a set of artifacts. */
export function buildManifest(catalog: Catalog, files: readonly ArtifactFile[]): Manifest {
  return {
    version: catalog.version,
    updated: catalog.updated,
    sourceSha256: catalog.sourceSha256,
    artifacts: files
      .filter((file) => file.path !== MANIFEST_PATH)
      .map((file) => ({ path: file.path, size: file.bytes.byteLength, sha256: sha256Hex(file.bytes) }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}
