/**
 * Reading the catalogue from disk (Node only): which file (`CATALOG_FILE` or the default),
 * its hash, validation, and the resolved, frozen catalogue. Used by the build, the scripts
 * and the tests; the site loads the catalogue once per build through here.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatFindingText, summarizeFindings, type Finding } from './findings.ts';
import { findingText } from '../messages/findings.ts';
import { messageLocale, readFailureReason } from '../messages/command.ts';
import type { Catalog, Locale } from '../model.ts';
import { sha256Hex } from './digest.ts';
import { displayPath } from './display-path.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { resolveCatalog } from './resolve.ts';
import type { CatalogSource } from './schema.ts';
import { validateCatalogBytes, validateCatalogText } from './validate.ts';

export { displayPath, PROJECT_ROOT };

/** The committed catalogue. */
export const DEFAULT_CATALOG_FILE = path.join(PROJECT_ROOT, 'catalog', 'catalog.yaml');

/** The catalogue file to use: `CATALOG_FILE` when set (relative to the working directory), else the committed one. */
export function catalogFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['CATALOG_FILE'];
  return override ? path.resolve(override) : DEFAULT_CATALOG_FILE;
}

/** The catalogue could not be read (exit code 2) or is invalid (exit code 1). */
export class CatalogLoadError extends Error {
  readonly findings: Finding[];
  readonly unreadable: boolean;
  constructor(message: string, findings: Finding[], unreadable: boolean) {
    super(message);
    this.name = 'CatalogLoadError';
    this.findings = findings;
    this.unreadable = unreadable;
  }
}

/** The result of checking one file: its findings, and the catalogue when valid. */
export interface CatalogFileResult {
  file: string;
  findings: Finding[];
  source?: CatalogSource;
  catalog?: Catalog;
  /** The file's bytes, when it could be read. */
  text?: string;
}

/** The text of a catalogue file; throws `CatalogLoadError` (unreadable) with a one-line reason. */
export function readCatalogText(file: string, locale: Locale = 'en'): string {
  return new TextDecoder().decode(readCatalogBytes(file, locale));
}

/** The bytes of a catalogue file; throws `CatalogLoadError` (unreadable) with a one-line reason. */
export function readCatalogBytes(file: string, locale: Locale = 'en'): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const t = findingText(locale);
    const reason = readFailureReason(error, locale);
    throw new CatalogLoadError(t('cannotReadCatalogue', { file: displayPath(file), reason }), [], true);
  }
}

/** Reads and validates one catalogue file; throws only `CatalogLoadError` with `unreadable` set. */
export function checkCatalogFile(file: string, locale: Locale = 'en'): CatalogFileResult {
  const bytes = readCatalogBytes(file, locale);
  const shown = displayPath(file);
  const { source, findings, text } = validateCatalogBytes(bytes, shown, locale);
  if (text === undefined) return { file: shown, findings };
  return source
    ? { file: shown, findings, source, catalog: resolveCatalog(source, sha256Hex(bytes)), text }
    : { file: shown, findings, text };
}

/** Validates the text of a catalogue file already read, and resolves it when valid. */
export function checkCatalogText(text: string, file: string, locale: Locale = 'en'): CatalogFileResult {
  const shown = displayPath(file);
  const { source, findings } = validateCatalogText(text, shown, locale);
  return source
    ? { file: shown, findings, source, catalog: resolveCatalog(source, sha256Hex(text)), text }
    : { file: shown, findings, text };
}

const cache = new Map<string, { modified: number; catalog: Catalog }>();

/**
 * The valid catalogue at `file` (default: `CATALOG_FILE` or the committed one), read again only
 * when the file changes (a build reads it once; the dev server sees edits). Throws
 * `CatalogLoadError` listing every finding when it is invalid.
 */
export function loadCatalog(file: string = catalogFilePath(), locale: Locale = messageLocale()): Catalog {
  const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  const cached = cache.get(file);
  if (cached && cached.modified === modified) return cached.catalog;
  const result = checkCatalogFile(file, locale);
  if (!result.catalog) {
    const lines = result.findings.map((finding) => formatFindingText(finding, locale)).join('\n');
    throw new CatalogLoadError(
      `${findingText(locale)('catalogueInvalid')}\n${lines}\n${summarizeFindings(result.findings, 1, locale)}`,
      result.findings,
      false,
    );
  }
  cache.set(file, { modified, catalog: result.catalog });
  return result.catalog;
}
