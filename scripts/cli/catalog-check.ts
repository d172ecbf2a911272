/**
 * `npm run catalog:check [-- FILE…] [--format text|json] [--lang it|en]`: validates catalogue files
 * and prints every finding as `file:line:col: level [rule] message`, in Italian or English (default:
 * `CATALOG_LANG`, else the environment's locale, else English). Without FILE, the working catalogue
 * is also checked against the last recorded release: a version not raised enough is a finding.
 * Exit 0 clean, 1 findings, 2 unreadable input or bad usage.
 */
import {
  formatFindingGitHub,
  formatFindingText,
  summarizeFindings,
  type Finding,
} from '../../src/catalog/source/findings.ts';
import { CatalogLoadError, catalogFilePath, checkCatalogFile } from '../../src/catalog/source/read.ts';
import { commandMessages, messageLocale } from '../../src/catalog/messages/command.ts';
import { interpolate } from '../../src/catalog/messages/define.ts';
import { findingText } from '../../src/catalog/messages/findings.ts';
import { parseCommandLine, requestedLocale } from '../../src/catalog/command/args.ts';
import { versionGateFindings } from '../../src/catalog/versions/check.ts';

function main(argv: string[]): number {
  const t = commandMessages[requestedLocale(argv)];
  const USAGE = interpolate(t.usage, {
    invocation: 'npm run catalog:check',
    options: '[-- FILE…] [--format text|json] [--lang it|en]',
  });
  const parsed = parseCommandLine(
    argv,
    { format: { type: 'string', default: 'text' }, lang: { type: 'string', default: messageLocale() } },
    USAGE,
  );
  if (!parsed.ok) return parsed.exitCode;
  const { format, lang } = parsed.values;
  if (format !== 'text' && format !== 'json') {
    console.error(`${interpolate(t.unknownFormat, { format, formats: 'text, json' })}\n${USAGE}`);
    return 2;
  }
  // The working catalogue is also held to the version gate; files named on the command line are not.
  const working = parsed.positionals.length === 0;
  const files = working ? [catalogFilePath()] : parsed.positionals;
  const findings: Finding[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    try {
      const result = checkCatalogFile(file, lang);
      findings.push(...result.findings);
      if (working && result.catalog && result.text !== undefined) {
        findings.push(...versionGateFindings(result.catalog, result.text, result.file, lang));
      }
    } catch (error) {
      if (!(error instanceof CatalogLoadError)) throw error;
      unreadable.push(error.message);
    }
  }
  if (format === 'json') {
    console.log(JSON.stringify({ files, findings, unreadable }, null, 2));
  } else {
    for (const message of unreadable) console.error(`${message}`);
    for (const finding of findings) console.log(formatFindingText(finding, lang));
    const unreadableNote = unreadable.length
      ? ` ${findingText(lang)('unreadableFiles', { count: unreadable.length })}`
      : '';
    console.log(`${summarizeFindings(findings, files.length - unreadable.length, lang)}${unreadableNote}`);
  }
  if (process.env['GITHUB_ACTIONS'] === 'true')
    for (const finding of findings) console.log(formatFindingGitHub(finding));
  if (unreadable.length) return 2;
  return findings.some((finding) => finding.level === 'error') ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bug of ours, not of the catalogue: say so in one line rather than a stack trace.
  const t = commandMessages[requestedLocale(process.argv.slice(2))];
  console.error(interpolate(t.commandFailed, { command: 'catalog:check', message: (error as Error).message }));
  process.exitCode = 2;
}
