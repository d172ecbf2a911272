/**
 * The changelog as data: one entry per recorded release (what changed since the one before), plus
 * the working catalogue when it differs from the latest release. Pure and browser-safe; the
 * changelog page renders it, `releases.ts` reads the history it is built from.
 */
import { diffCatalogs, type CatalogDiff } from './diff.ts';
import type { Catalog } from '../model.ts';
import { compareVersions } from '../version-order.ts';

/** One version in the changelog. */
export interface ChangelogEntry {
  version: string;
  /** The catalogue's `updated` date, YYYY-MM-DD. */
  date: string;
  /** `unreleased`: the working catalogue, not yet recorded in the history. */
  status: 'released' | 'unreleased';
  /** True when the working catalogue keeps the latest release's version number (only its content changed). */
  sameVersion: boolean;
  /** What changed since the previous entry; absent for the first version ever published. */
  diff?: CatalogDiff;
  catalog: Catalog;
}

/** Builds the changelog, newest first, from releases (any order) and the working catalogue. */
export function buildChangelog(releases: readonly Catalog[], working?: Catalog): ChangelogEntry[] {
  const ordered = [...releases].sort((a, b) => compareVersions(a.version, b.version));
  const entries: ChangelogEntry[] = ordered.map((catalog, index) => {
    const previous = ordered[index - 1];
    return {
      version: catalog.version,
      date: catalog.updated,
      status: 'released',
      sameVersion: false,
      ...(previous ? { diff: diffCatalogs(previous, catalog) } : {}),
      catalog,
    };
  });
  const latest = ordered.at(-1);
  if (working) {
    const diff = latest ? diffCatalogs(latest, working) : undefined;
    const recorded = ordered.some(({ version }) => version === working.version);
    if (!latest || diff!.changes.length > 0 || !recorded) {
      entries.push({
        version: working.version,
        date: working.updated,
        status: 'unreleased',
        sameVersion: recorded,
        ...(diff ? { diff } : {}),
        catalog: working,
      });
    }
  }
  return entries.reverse();
}
