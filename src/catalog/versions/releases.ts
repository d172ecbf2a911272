/**
 * The release history on disk (Node only): `catalog/releases/<version>.json`, each the published
 * `catalog.json` of a version, byte for byte; and reading either kind of catalogue the diff
 * compares (a source YAML or a published JSON). `RELEASES_DIR` points tests at a fixture history.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { formatFindingText, type Finding } from '../source/findings.ts';
import type { Catalog, Locale } from '../model.ts';
import { findingText } from '../messages/findings.ts';
import { parsePublishedCatalog, publishedJson } from '../source/published.ts';
import { CatalogLoadError, PROJECT_ROOT, checkCatalogText, displayPath, readCatalogText } from '../source/read.ts';
import { compareVersions } from '../version-order.ts';
import { SEMVER } from '../patterns.ts';

/** The committed release history. */
export const DEFAULT_RELEASES_DIR = path.join(PROJECT_ROOT, 'catalog', 'releases');

/** The release folder: `RELEASES_DIR` when set (relative to the working directory), else the committed one. */
export function releasesDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['RELEASES_DIR'];
  return override ? path.resolve(override) : DEFAULT_RELEASES_DIR;
}

export { publishedJson };

/** A catalogue read for comparison, from a source YAML or a published JSON. */
export interface CatalogInput {
  /** The path as messages show it. */
  file: string;
  format: 'yaml' | 'json';
  catalog?: Catalog;
  findings: Finding[];
}

/** Reads a catalogue of either kind; throws `CatalogLoadError` (unreadable) when the file cannot be read. */
export function readCatalogInput(file: string, locale: Locale = 'en'): CatalogInput {
  const shown = displayPath(file);
  const text = readCatalogText(file, locale);
  // A published catalogue is JSON; a source file is YAML. Without a telling extension, the text decides.
  const yaml = /\.ya?ml$/i.test(file);
  if (!yaml && (file.endsWith('.json') || text.trimStart().startsWith('{'))) {
    const { catalog, findings } = parsePublishedCatalog(text, shown, locale);
    return { file: shown, format: 'json', ...(catalog ? { catalog } : {}), findings };
  }
  const result = checkCatalogText(text, file, locale);
  return {
    file: result.file,
    format: 'yaml',
    ...(result.catalog ? { catalog: result.catalog } : {}),
    findings: result.findings,
  };
}

/** One recorded release. */
export interface Release {
  version: string;
  file: string;
  catalog: Catalog;
}

/** The release history, oldest first, or the findings that make it unusable. */
export interface ReleaseHistory {
  directory: string;
  releases: Release[];
  findings: Finding[];
}

/** Reads every `<version>.json` in the release folder (a missing folder is an empty history). */
export function loadReleaseHistory(directory: string = releasesDirectory(), locale: Locale = 'en'): ReleaseHistory {
  const t = findingText(locale);
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith('.json'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { directory, releases: [], findings: [] };
    throw error;
  }
  const releases: Release[] = [];
  const findings: Finding[] = [];
  for (const name of names) {
    const file = path.join(directory, name);
    const input = readCatalogInput(file, locale);
    findings.push(...input.findings);
    if (!input.catalog) continue;
    const named = name.slice(0, -'.json'.length);
    if (!SEMVER.test(named) || named !== input.catalog.version) {
      findings.push({
        rule: 'release-name',
        level: 'error',
        message: t('releaseName', { name, version: input.catalog.version }),
        hint: t('releaseNameHint', { version: input.catalog.version }),
        path: 'version',
        file: input.file,
        line: 1,
        col: 1,
      });
      continue;
    }
    releases.push({ version: named, file: input.file, catalog: input.catalog });
  }
  releases.sort((a, b) => compareVersions(a.version, b.version));
  return { directory, releases, findings };
}

/** The history, or a `CatalogLoadError` listing every finding (for the build, which must stop on a bad release). */
export function loadValidReleaseHistory(directory: string = releasesDirectory(), locale: Locale = 'en'): Release[] {
  const history = loadReleaseHistory(directory, locale);
  if (history.findings.length) {
    const heading = findingText(locale)('releaseHistoryInvalid', { directory: displayPath(directory) });
    throw new CatalogLoadError(
      `${heading}\n${history.findings.map((finding) => formatFindingText(finding, locale)).join('\n')}`,
      history.findings,
      false,
    );
  }
  return history.releases;
}
