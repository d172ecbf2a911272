/**
 * Findings: what validation reports about a catalogue, located in its file,
 * and the three ways of printing them (compiler-style text, JSON, GitHub annotations).
 */

import { findingText, type FindingMessageKey } from '../messages/findings.ts';
import type { Locale } from '../model.ts';

/** How serious a finding is; only errors stop a build. */
export type FindingLevel = 'error' | 'warning';

/** One problem found in a catalogue file. */
export interface Finding {
  /** Stable rule id, e.g. `duplicate-id`. */
  rule: string;
  level: FindingLevel;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it, when the fix is not obvious from the message. */
  hint?: string;
  /** Path of the node at fault inside the document, e.g. `events[3].title.en`. */
  path: string;
  file: string;
  /** 1-based line and column. */
  line: number;
  col: number;
}

/** Renders a document path such as `['events', 3, 'title']` as `events[3].title`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/** Orders findings by file, then position, as a compiler lists them. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule),
  );
}

/** One line per finding: `file:line:col: level [rule] message (hint)`. */
export function formatFindingText(finding: Finding, locale: Locale = 'en'): string {
  const hint = finding.hint ? `\n  ${findingText(locale)('hintLabel')}: ${finding.hint}` : '';
  return `${finding.file}:${finding.line}:${finding.col}: ${finding.level} [${finding.rule}] ${finding.message}${hint}`;
}

/** GitHub Actions workflow command that annotates the file in a pull request. */
export function formatFindingGitHub(finding: Finding): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const command = finding.level === 'error' ? 'error' : 'warning';
  const message = finding.hint ? `${finding.message} (hint: ${finding.hint})` : finding.message;
  return `::${command} file=${property(finding.file)},line=${finding.line},col=${finding.col},title=${property(finding.rule)}::${escape(message)}`;
}

/** The closing line: `2 errors, 1 warning in 1 file` / `2 errori, 1 avviso in 1 file`. */
export function summarizeFindings(findings: readonly Finding[], fileCount: number, locale: Locale = 'en'): string {
  const t = findingText(locale);
  const errors = findings.filter((finding) => finding.level === 'error').length;
  const warnings = findings.length - errors;
  const count = (value: number, one: FindingMessageKey, other: FindingMessageKey) =>
    t(value === 1 ? one : other, { count: value });
  const files = count(fileCount, 'fileOne', 'fileOther');
  if (findings.length === 0) return t('noProblems', { files });
  return t('summary', {
    errors: count(errors, 'errorOne', 'errorOther'),
    warnings: count(warnings, 'warningOne', 'warningOther'),
    files,
  });
}
