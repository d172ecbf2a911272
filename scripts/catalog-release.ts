/**
 * `npm run catalog:release`: records the working catalogue (`CATALOG_FILE` or `catalog/catalog.yaml`)
 * as published, writing its `catalog.json` bytes to `catalog/releases/<version>.json` (or `RELEASES_DIR`).
 * Refuses to overwrite a different release of the same version, and to record a version whose
 * increment is too small for its changes. Exit 0 recorded (or already recorded), 1 refused, 2 bad input.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gateMessage } from '../src/catalog/versions/diff-render.ts';
import { diffCatalogs, gateVerdict } from '../src/catalog/versions/diff.ts';
import { formatFindingText, summarizeFindings } from '../src/catalog/source/findings.ts';
import { loadDocument } from '../src/catalog/source/load.ts';
import { CatalogLoadError, catalogFilePath, checkCatalogFile, displayPath } from '../src/catalog/source/read.ts';
import { loadReleaseHistory, publishedJson, releasesDirectory } from '../src/catalog/versions/releases.ts';

function main(argv: string[]): number {
  if (argv.length > 0) {
    console.error(
      argv.includes('-h') || argv.includes('--help')
        ? 'usage: npm run catalog:release  (records CATALOG_FILE or catalog/catalog.yaml)'
        : `unexpected argument "${argv[0]}"\nusage: npm run catalog:release`,
    );
    return argv.includes('-h') || argv.includes('--help') ? 0 : 2;
  }
  const file = catalogFilePath();
  let result;
  try {
    result = checkCatalogFile(file);
  } catch (error) {
    if (!(error instanceof CatalogLoadError)) throw error;
    console.error(error.message);
    return 2;
  }
  if (!result.catalog) {
    for (const finding of result.findings) console.error(formatFindingText(finding));
    console.error(summarizeFindings(result.findings, 1));
    return 2;
  }
  const catalog = result.catalog;
  const directory = releasesDirectory();
  const history = loadReleaseHistory(directory);
  if (history.findings.length) {
    for (const finding of history.findings) console.error(formatFindingText(finding));
    console.error(`The release history in ${displayPath(directory)} is invalid: fix it before recording a release.`);
    return 2;
  }
  const target = path.join(directory, `${catalog.version}.json`);
  const bytes = publishedJson(catalog);
  const shown = displayPath(target);
  if (existsSync(target)) {
    if (readFileSync(target, 'utf8') === bytes) {
      console.log(`${shown} already records version ${catalog.version}: nothing to do.`);
      return 0;
    }
    const recorded = history.releases.find(({ version }) => version === catalog.version);
    const changes = recorded ? diffCatalogs(recorded.catalog, catalog).changes.length : undefined;
    console.error(
      changes === 0
        ? `${shown} already records version ${catalog.version} with the same content (only the source file's bytes differ): nothing to do.`
        : `${shown} already records a different version ${catalog.version}: a published release never changes. Raise version in ${result.file} (npm run catalog:diff says by how much) and record that.`,
    );
    return changes === 0 ? 0 : 1;
  }
  // A release must not slip past the gate: its version has to rise enough over the latest one before it.
  const previous = history.releases.filter(({ version }) => version !== catalog.version).at(-1);
  if (previous) {
    const diff = diffCatalogs(previous.catalog, catalog);
    const verdict = gateVerdict(diff);
    if (!verdict.ok) {
      const located = loadDocument(result.text ?? '', result.file).locate(['version']);
      for (const line of gateMessage(diff, verdict, { file: result.file, ...located, editable: true })) {
        console.error(line);
      }
      return 1;
    }
  }
  mkdirSync(directory, { recursive: true });
  writeFileSync(target, bytes);
  console.log(
    `Recorded version ${catalog.version} (${catalog.updated}, ${catalog.events.length} events) as ${shown}. Commit it with the catalogue.`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bug of ours, not of the catalogue: say so in one line rather than a stack trace.
  console.error(`catalog:release failed unexpectedly: ${(error as Error).message}`);
  process.exitCode = 2;
}
