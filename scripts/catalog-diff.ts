/**
 * `npm run catalog:diff -- [OLD [NEW]] [--format markdown|json|summary] [--lang en|it]`: classifies
 * every change between two catalogues (each a source YAML or a published catalog.json) and checks
 * that NEW's version rises enough for them. Default: the latest release in `catalog/releases/`
 * (or `RELEASES_DIR`) against the working catalogue (`CATALOG_FILE` or `catalog/catalog.yaml`).
 * Speaks the maintainer's language: `--lang`, else `CATALOG_LANG`, `LC_ALL`, `LC_MESSAGES` or `LANG`.
 * Exit 0 when the version is high enough, 1 when it is too low, 2 on unreadable or invalid input.
 */
import { readFileSync } from 'node:fs';
import {
  gateFinding,
  gateMessage,
  renderJson,
  renderMarkdown,
  renderSummary,
} from '../src/catalog/versions/diff-render.ts';
import { diffCatalogs, gateVerdict } from '../src/catalog/versions/diff.ts';
import { formatFindingGitHub, formatFindingText, summarizeFindings } from '../src/catalog/source/findings.ts';
import { loadDocument } from '../src/catalog/source/load.ts';
import type { Catalog, Locale } from '../src/catalog/model.ts';
import { CatalogLoadError, catalogFilePath, displayPath } from '../src/catalog/source/read.ts';
import {
  loadReleaseHistory,
  readCatalogInput,
  releasesDirectory,
  type CatalogInput,
} from '../src/catalog/versions/releases.ts';
import { parseCommandLine, requestedLocale } from '../src/catalog/command/args.ts';
import { commandMessages } from '../src/catalog/messages/command.ts';
import { versionMessages } from '../src/catalog/messages/versions.ts';
import { interpolate } from '../src/catalog/messages/define.ts';

const FORMATS = ['markdown', 'json', 'summary'] as const;

/** Bad input: the message is the whole report. */
class InputError extends Error {}

function read(file: string, locale: Locale): CatalogInput & { catalog: Catalog } {
  let input: CatalogInput;
  try {
    input = readCatalogInput(file, locale);
  } catch (error) {
    if (error instanceof CatalogLoadError) throw new InputError(error.message);
    throw error;
  }
  if (!input.catalog) {
    const lines = input.findings.map((finding) => formatFindingText(finding, locale)).join('\n');
    const heading = interpolate(versionMessages[locale].notValid, { file: input.file });
    throw new InputError(`${heading}\n${lines}\n${summarizeFindings(input.findings, 1, locale)}`);
  }
  return input as CatalogInput & { catalog: Catalog };
}

function main(argv: string[]): number {
  // The maintainer's language (--lang, else CATALOG_LANG, LC_ALL, LC_MESSAGES or LANG), also for
  // complaints about the command line.
  const asked = requestedLocale(argv);
  const t = commandMessages[asked];
  const USAGE = interpolate(t.usage, {
    invocation: 'npm run catalog:diff --',
    options: '[OLD [NEW]] [--format markdown|json|summary] [--lang en|it]',
  });
  const parsed = parseCommandLine(
    argv,
    { format: { type: 'string', default: 'markdown' }, lang: { type: 'string', default: asked } },
    USAGE,
    asked,
  );
  if (!parsed.ok) return parsed.exitCode;
  const format = parsed.values.format as (typeof FORMATS)[number];
  const lang = parsed.values.lang;
  const said = versionMessages[asked];
  if (!FORMATS.includes(format) || parsed.positionals.length > 2) {
    const problem = !FORMATS.includes(format)
      ? interpolate(t.unknownFormat, { format, formats: FORMATS.join(', ') })
      : interpolate(t.tooManyFiles, { count: parsed.positionals.length });
    console.error(`${problem}\n${USAGE}`);
    return 2;
  }

  const [oldArg, newArg] = parsed.positionals;
  let oldInput: CatalogInput & { catalog: Catalog };
  let newInput: CatalogInput & { catalog: Catalog };
  let defaultHistory = false;
  let recordedVersions: string[] = [];
  try {
    if (oldArg) oldInput = read(oldArg, asked);
    else {
      const history = loadReleaseHistory(releasesDirectory(), asked);
      if (history.findings.length) {
        const lines = history.findings.map((finding) => formatFindingText(finding, asked)).join('\n');
        const heading = interpolate(said.historyInvalid, { directory: displayPath(history.directory) });
        throw new InputError(`${heading}\n${lines}`);
      }
      const latest = history.releases.at(-1);
      if (!latest) {
        console.log(interpolate(said.noRelease, { directory: displayPath(history.directory) }));
        return 0;
      }
      oldInput = { file: latest.file, format: 'json', catalog: latest.catalog, findings: [] };
      defaultHistory = true;
      recordedVersions = history.releases.map(({ version }) => version);
    }
    newInput = read(newArg ?? catalogFilePath(), asked);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(error.message);
    return 2;
  }

  const diff = diffCatalogs(oldInput.catalog, newInput.catalog);
  const verdict = gateVerdict(diff);
  const files = { old: oldInput.file, new: newInput.file };
  if (format === 'json') process.stdout.write(renderJson(diff, verdict, files));
  else if (format === 'summary') console.log(renderSummary(diff, verdict, asked));
  else process.stdout.write(renderMarkdown(diff, verdict, files, lang));

  const located = loadDocument(readFileSync(newArg ?? catalogFilePath(), 'utf8'), newInput.file).locate(['version']);
  const where = { file: newInput.file, ...located, editable: newInput.format === 'yaml' };
  for (const line of gateMessage(diff, verdict, where, asked)) console.error(line);
  const finding = gateFinding(diff, verdict, where, asked);
  if (finding && process.env['GITHUB_ACTIONS'] === 'true') console.log(formatFindingGitHub(finding));
  if (finding) return 1;
  if (defaultHistory && diff.changes.length > 0 && !recordedVersions.includes(newInput.catalog.version)) {
    console.error(interpolate(said.notRecorded, { version: newInput.catalog.version }));
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bug of ours, not of the catalogue: say so in one line rather than a stack trace.
  console.error(
    interpolate(commandMessages[requestedLocale(process.argv)].commandFailed, {
      command: 'catalog:diff',
      message: (error as Error).message,
    }),
  );
  process.exitCode = 2;
}
