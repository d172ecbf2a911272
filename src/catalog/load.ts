/**
 * Reads catalogue YAML keeping source positions, so that every finding can name the
 * line and column of the node at fault. Duplicate keys are errors, never "last one wins".
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { formatPath, type Finding } from './findings.ts';

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
export function loadDocument(text: string, file: string): LoadedDocument {
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
    if (error.code === 'DUPLICATE_KEY') return duplicateKeyFinding(doc, error.pos[0], file, line, col, position);
    return {
      rule: 'yaml-syntax',
      level: 'error' as const,
      message: `YAML syntax error: ${error.message.split('\n')[0]}`,
      hint: 'Check the indentation and the quotes on this line and the one before it.',
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
        message: `YAML error: ${(error as Error).message.split('\n')[0]}`,
        hint: 'Anchors (&name) and aliases (*name) are not needed in a catalogue: write the value out.',
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
  file: string,
  line: number,
  col: number,
  position: (offset: number) => { line: number; col: number },
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
    message: first
      ? `key "${first.key}" is already set at ${first.line}:${first.col} in the same mapping`
      : 'this key is already set in the same mapping',
    hint: 'A key may appear only once: remove one of the two, or merge their values.',
    path: first?.path ?? '',
    file,
    line,
    col,
  };
}
