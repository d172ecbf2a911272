/**
 * The version gate as a `catalog:check` finding, so that one command answers "can I publish
 * this?": the working catalogue against the last recorded release, decided by `gateVerdict` (the
 * rule `catalog:gate` applies), worded in the maintainer's language at the `version` line.
 */
import { findingText } from '../messages/findings.ts';
import type { Catalog, Locale } from '../model.ts';
import type { Finding } from '../source/findings.ts';
import { loadDocument } from '../source/load.ts';
import { diffCatalogs, gateVerdict } from './diff.ts';
import { describeChange, subjectName } from './diff-render.ts';
import { loadReleaseHistory, releasesDirectory } from './releases.ts';

/** A `version-bump` finding when `version` is not raised enough since the last release; the history's own findings when it is unusable. */
export function versionGateFindings(
  catalog: Catalog,
  text: string,
  file: string,
  locale: Locale = 'en',
  directory: string = releasesDirectory(),
): Finding[] {
  const history = loadReleaseHistory(directory, locale);
  if (history.findings.length) return history.findings;
  const latest = history.releases.at(-1);
  if (!latest) return [];
  const diff = diffCatalogs(latest.catalog, catalog);
  const verdict = gateVerdict(diff);
  if (verdict.ok) return [];
  const t = findingText(locale);
  const [first, ...rest] = verdict.decisive;
  const values = { version: catalog.version, release: latest.version, minimum: verdict.minimumVersion };
  const message = first
    ? t('versionNotRaised', {
        ...values,
        required: verdict.required ?? '',
        change: `${subjectName(diff, first.subject, locale)}: ${describeChange(diff, first, locale)}`,
        more: rest.length ? t('andMore', { count: rest.length }) : '',
      })
    : t('versionLower', values);
  return [
    {
      rule: 'version-bump',
      level: 'error',
      message,
      hint: t('versionNotRaisedHint', values),
      path: 'version',
      file,
      ...loadDocument(text, file).locate(['version']),
    },
  ];
}
