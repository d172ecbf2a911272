/**
 * Validation of a catalogue file's text: YAML, then the schema, then the cross-record rules,
 * all findings at once. Pure: no file system, so the browser and tests can use it too.
 */
import jsYaml from 'js-yaml';
import { sortFindings, type Finding } from './findings.ts';
import { encodingFinding, firstInvalidUtf8, hygieneFindings, mayNeedHygiene } from './hygiene.ts';
import { loadDocument, type LoadedDocument } from './load.ts';
import { commentCuts } from './yaml-mistakes.ts';
import type { Locale } from '../model.ts';
import { crossRecordFindings, schemaFindings } from './rules.ts';
import { CatalogSource } from './schema.ts';

/** The outcome of validating one catalogue file. */
export interface ValidationResult {
  /** The parsed source, present only when there is no error. */
  source?: CatalogSource;
  /** Every finding, ordered by position. */
  findings: Finding[];
}

/**
 * Validates a catalogue file's bytes: a file that is not UTF-8 is one finding at its first bad byte
 * (decoding it anyway would publish U+FFFD in place of its accented letters).
 */
export function validateCatalogBytes(
  bytes: Uint8Array,
  file: string,
  locale: Locale = 'en',
): ValidationResult & { text?: string } {
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) return { findings: [encodingFinding(bytes, bad, file, locale)] };
  const text = new TextDecoder().decode(bytes);
  return { ...validateCatalogText(text, file, locale), text };
}

/** Validates catalogue YAML; `file` is only used to name locations; findings are worded in `locale`. */
export function validateCatalogText(text: string, file: string, locale: Locale = 'en'): ValidationResult {
  return validateFast(text, file) ?? validateLocated(text, file, locale);
}

/**
 * The common case, a clean file, without building a positional YAML tree: js-yaml is an order
 * of magnitude faster than a parser that keeps source positions. Any doubt (a parse error, a
 * duplicate key, a schema or rule finding) returns `undefined`, and the located path reports it.
 */
function validateFast(text: string, file: string): ValidationResult | undefined {
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch {
    return undefined;
  }
  if (commentCuts(text).length) return undefined;
  const parsed = CatalogSource.safeParse(data);
  if (!parsed.success) return undefined;
  let located: LoadedDocument | undefined;
  const lazy: LoadedDocument = {
    file,
    data,
    findings: [],
    locate: (path, at) => (located ??= loadDocument(text, file)).locate(path, at),
  };
  // The schema already bounds nesting; only characters remain, and most files cannot hold a bad one.
  const hygienic = !mayNeedHygiene(text) || hygieneFindings(data, lazy).length === 0;
  const clean = hygienic && crossRecordFindings(data, lazy).length === 0;
  return clean ? { source: parsed.data, findings: [] } : undefined;
}

/** Full validation with every finding located in the file. */
function validateLocated(text: string, file: string, locale: Locale): ValidationResult {
  const loaded = loadDocument(text, file, locale);
  if (loaded.data === undefined) return { findings: sortFindings(loaded.findings) };
  const parsed = CatalogSource.safeParse(loaded.data, { reportInput: true });
  const hygiene = hygieneFindings(loaded.data, loaded, locale);
  // A value nested far too deep is one mistake: not also "should be a text" at each level above it.
  const deep = hygiene.filter((finding) => finding.rule === 'nesting-depth').map((finding) => finding.path);
  const insideDeep = (finding: Finding) =>
    deep.some(
      (path) =>
        path === finding.path || (/^[.[]/.test(path.slice(finding.path.length)) && path.startsWith(finding.path)),
    );
  const findings = [
    ...loaded.findings,
    ...(parsed.success
      ? []
      : schemaFindings(parsed.error.issues, loaded, locale).filter((finding) => !insideDeep(finding))),
    ...hygiene,
    ...crossRecordFindings(loaded.data, loaded, locale),
  ];
  const sorted = sortFindings(dedupe(findings));
  const hasErrors = sorted.some((finding) => finding.level === 'error');
  return parsed.success && !hasErrors ? { source: parsed.data, findings: sorted } : { findings: sorted };
}

/** The same node can break a schema rule and a cross-record rule; report each message once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.line}:${finding.col}:${finding.rule}:${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
