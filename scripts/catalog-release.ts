/**
 * `npm run catalog:release`: records the working catalogue (`CATALOG_FILE` or `catalog/catalog.yaml`)
 * as published, writing its `catalog.json` bytes to `catalog/releases/<version>.json` (or `RELEASES_DIR`).
 * Refuses to overwrite a different release of the same version, and to record a version whose
 * increment is too small for its changes. Speaks the maintainer's language (`--lang`, else
 * `CATALOG_LANG`, `LC_ALL`, `LC_MESSAGES` or `LANG`). Exit 0 recorded (or already recorded),
 * 1 refused, 2 bad input.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gateMessage } from '../src/catalog/versions/diff-render.ts';
import { diffCatalogs, gateVerdict } from '../src/catalog/versions/diff.ts';
import { formatFindingText, summarizeFindings } from '../src/catalog/source/findings.ts';
import { loadDocument } from '../src/catalog/source/load.ts';
import { CatalogLoadError, catalogFilePath, checkCatalogFile, displayPath } from '../src/catalog/source/read.ts';
import { loadReleaseHistory, publishedJson, releasesDirectory } from '../src/catalog/versions/releases.ts';
import { parseCommandLine, requestedLocale } from '../src/catalog/command/args.ts';
import { commandMessages } from '../src/catalog/messages/command.ts';
import { interpolate } from '../src/catalog/messages/define.ts';
import { versionMessages } from '../src/catalog/messages/versions.ts';

function main(argv: string[]): number {
  const locale = requestedLocale(argv);
  const t = versionMessages[locale];
  const parsed = parseCommandLine(argv, { lang: { type: 'string', default: locale } }, t.releaseUsage, locale);
  if (!parsed.ok) return parsed.exitCode;
  const [extra] = parsed.positionals;
  if (extra !== undefined) {
    console.error(`${interpolate(t.unexpectedArgument, { argument: extra })}\n${t.releaseUsage}`);
    return 2;
  }
  const file = catalogFilePath();
  let result;
  try {
    result = checkCatalogFile(file, locale);
  } catch (error) {
    if (!(error instanceof CatalogLoadError)) throw error;
    console.error(error.message);
    return 2;
  }
  if (!result.catalog) {
    for (const finding of result.findings) console.error(formatFindingText(finding, locale));
    console.error(summarizeFindings(result.findings, 1, locale));
    return 2;
  }
  const catalog = result.catalog;
  const directory = releasesDirectory();
  const history = loadReleaseHistory(directory, locale);
  if (history.findings.length) {
    for (const finding of history.findings) console.error(formatFindingText(finding, locale));
    console.error(interpolate(t.releaseHistoryInvalid, { directory: displayPath(directory) }));
    return 2;
  }
  const target = path.join(directory, `${catalog.version}.json`);
  const bytes = publishedJson(catalog);
  const shown = displayPath(target);
  if (existsSync(target)) {
    if (readFileSync(target, 'utf8') === bytes) {
      console.log(interpolate(t.alreadyRecorded, { file: shown, version: catalog.version }));
      return 0;
    }
    const recorded = history.releases.find(({ version }) => version === catalog.version);
    const changes = recorded ? diffCatalogs(recorded.catalog, catalog).changes.length : undefined;
    const values = { file: shown, version: catalog.version, source: result.file };
    console.error(interpolate(changes === 0 ? t.alreadyRecordedSame : t.alreadyRecordedDifferent, values));
    return changes === 0 ? 0 : 1;
  }
  // A release must not slip past the gate: its version has to rise enough over the latest one before it.
  const previous = history.releases.filter(({ version }) => version !== catalog.version).at(-1);
  if (previous) {
    const diff = diffCatalogs(previous.catalog, catalog);
    const verdict = gateVerdict(diff);
    if (!verdict.ok) {
      const located = loadDocument(result.text ?? '', result.file).locate(['version']);
      for (const line of gateMessage(diff, verdict, { file: result.file, ...located, editable: true }, locale)) {
        console.error(line);
      }
      return 1;
    }
  }
  mkdirSync(directory, { recursive: true });
  writeFileSync(target, bytes);
  const { version, updated, events } = catalog;
  console.log(interpolate(t.recorded, { version, updated, events: events.length, file: shown }));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bug of ours, not of the catalogue: say so in one line rather than a stack trace.
  const t = commandMessages[requestedLocale(process.argv)];
  console.error(interpolate(t.commandFailed, { command: 'catalog:release', message: (error as Error).message }));
  process.exitCode = 2;
}
