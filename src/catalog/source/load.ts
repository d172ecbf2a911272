/**
 * Reads catalogue YAML keeping source positions, so that every finding can name the
 * line and column of the node at fault. Duplicate keys are errors, never "last one wins".
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { findingText } from '../messages/findings.ts';
import { formatPath, type Finding } from './findings.ts';
import type { Locale } from '../model.ts';

/** A path inside the document: mapping keys and sequence indexes. */
export type DocPath = readonly (string | number)[];

/** A parsed catalogue file with the means to locate any path in it. */
export interface LoadedDocument {
  file: string;
  /** The plain data, or `undefined` when the YAML could not be read at all. */
  data: unknown;
  /** YAML syntax errors and duplicate keys. */
  findings: Finding[];
  /**
   * Location of the node at `path`: the key when `at` is `key`, else the value. When the path
   * does not exist (a missing field), the deepest existing node on it.
   */
  locate(path: DocPath, at?: 'key' | 'value'): { line: number; col: number };
}

interface Located {
  node: Node | null | undefined;
  key?: Node | null | undefined;
  depth: number;
}

/** Walks the document along a path; stops at the deepest node that exists. */
function walk(doc: Document, path: DocPath): Located {
  let current: Located = { node: doc.contents as Node | null, depth: 0 };
  for (const part of path) {
    const { node } = current;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part),
      );
      if (!pair) break;
      current = { node: pair.value as Node | null, key: pair.key as Node, depth: current.depth + 1 };
    } else if (isSeq(node) && typeof part === 'number' && part < node.items.length) {
      current = { node: node.items[part] as Node | null, depth: current.depth + 1 };
    } else break;
  }
  return current;
}

/** Parses YAML text; never throws, whatever the text. */
export function loadDocument(text: string, file: string, locale: Locale = 'en'): LoadedDocument {
  const t = findingText(locale);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const locate = (path: DocPath, at: 'key' | 'value' = 'value') => {
    const found = walk(doc, path);
    const node = at === 'key' && found.key ? found.key : (found.node ?? found.key);
    return position(node?.range?.[0] ?? 0);
  };
  const findings: Finding[] = doc.errors.map((error) => {
    const { line, col } = position(error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') return duplicateKeyFinding(doc, error.pos[0], { file, line, col }, position, t);
    return {
      rule: 'yaml-syntax',
      level: 'error' as const,
      // The parser's own detail stays in English: it names YAML constructs, not catalogue fields.
      message: t('yamlSyntax', { detail: error.message.split('\n')[0] ?? '' }),
      hint: t('yamlSyntaxHint'),
      path: '',
      file,
      line,
      col,
    };
  });
  const hasSyntaxErrors = findings.some((finding) => finding.rule === 'yaml-syntax');
  let data: unknown;
  if (!hasSyntaxErrors) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // Aliases are resolved only here: an unknown anchor or an alias bomb surfaces as a throw.
      let offset = 0;
      visit(doc, {
        Alias(_, node) {
          offset = node.range?.[0] ?? 0;
          return visit.BREAK;
        },
      });
      findings.push({
        rule: 'yaml-syntax',
        level: 'error',
        message: t('yamlAlias', { detail: (error as Error).message.split('\n')[0] ?? '' }),
        hint: t('yamlAliasHint'),
        path: '',
        file,
        ...position(offset),
      });
    }
  }
  return { file, data, findings, locate };
}

/** Names the duplicated key and where it first appeared. */
function duplicateKeyFinding(
  doc: Document,
  offset: number,
  { file, line, col }: { file: string; line: number; col: number },
  position: (offset: number) => { line: number; col: number },
  t: ReturnType<typeof findingText>,
): Finding {
  let first: { key: string; line: number; col: number; path: string } | undefined;
  const search = (node: unknown, path: (string | number)[]): void => {
    if (first) return;
    if (isMap(node)) {
      const seen = new Map<string, Node>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const earlier = seen.get(name);
        if (pair.key.range?.[0] === offset && earlier) {
          first = { key: name, ...position(earlier.range?.[0] ?? 0), path: formatPath([...path, name]) };
          return;
        }
        seen.set(name, pair.key);
        search(pair.value, [...path, name]);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => search(item, [...path, index]));
  };
  search(doc.contents, []);
  return {
    rule: 'duplicate-key',
    level: 'error',
    message: first ? t('duplicateKey', { key: first.key, line: first.line, col: first.col }) : t('duplicateKeyUnknown'),
    hint: t('duplicateKeyHint'),
    path: first?.path ?? '',
    file,
    line,
    col,
  };
}
