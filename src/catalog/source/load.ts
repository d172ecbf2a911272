/**
 * Reads catalogue YAML keeping source positions, so that every finding can name the
 * line and column of the node at fault. Duplicate keys are errors, never "last one wins".
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { findingText } from '../messages/findings.ts';
import { formatPath, type Finding } from './findings.ts';
import type { Locale } from '../model.ts';
import { commentCuts, firstYamlMistake, type YamlMistake } from './yaml-mistakes.ts';

/** A path inside the document: mapping keys and sequence indexes. */
export type DocPath = readonly (string | number)[];

/** A parsed catalogue file with the means to locate any path in it. */
export interface LoadedDocument {
  file: string;
  /** The plain data, or `undefined` when the YAML could not be read at all. */
  data: unknown;
  /** YAML mistakes, duplicate keys, unknown tags and texts cut by a comment. */
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
  const syntax = doc.errors.filter((error) => error.code !== 'DUPLICATE_KEY');
  if (syntax.length) {
    // One finding: whatever else the parser says follows from this first mistake.
    const first = syntax.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
    return { file, data: undefined, findings: [syntaxFinding(text, file, position(first.pos[0]), t)], locate };
  }
  const findings: Finding[] = doc.errors.map((error) =>
    duplicateKeyFinding(doc, error.pos[0], { file, ...position(error.pos[0]) }, position, t),
  );
  for (const warning of doc.warnings) {
    if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
    const tag = /^!\S*/.exec(text.slice(warning.pos[0]))?.[0] ?? '!';
    findings.push(
      located('yaml-tag', t('yamlTag', { tag }), t('yamlTagHint', { tag }), file, position(warning.pos[0])),
    );
  }
  for (const cut of commentCuts(text)) findings.push(mistakeFinding(cut, file, t));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // Aliases are resolved only here: an unknown anchor or an alias bomb surfaces as a throw.
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    findings.push(located('yaml-syntax', t('yamlAlias'), t('yamlAliasHint'), file, position(offset)));
  }
  return { file, data, findings, locate };
}

/** A finding that names no document path (the text itself is at fault). */
function located(
  rule: string,
  message: string,
  hint: string,
  file: string,
  { line, col }: { line: number; col: number },
): Finding {
  return { rule, level: 'error', message, hint, path: '', file, line, col };
}

/** A recognised YAML mistake as a finding, worded in the maintainer's language. */
export function mistakeFinding(mistake: YamlMistake, file: string, t: ReturnType<typeof findingText>): Finding {
  return located(
    mistake.rule,
    t(mistake.kind, mistake.values),
    t(`${mistake.kind}Hint`, mistake.values),
    file,
    mistake,
  );
}

/**
 * The one finding for a file the parser refuses: the common mistake at (or just after) the line the
 * parser stopped at, else a plain-words "this line does not fit". Never the parser's own wording.
 */
function syntaxFinding(
  text: string,
  file: string,
  stop: { line: number; col: number },
  t: ReturnType<typeof findingText>,
): Finding {
  const candidates = [commentCuts(text)[0], firstYamlMistake(text)].filter(
    (mistake): mistake is YamlMistake => mistake !== undefined && mistake.line <= stop.line + 1,
  );
  // A cut comment explains the broken bracket on its line: it goes first on a tie.
  const [mistake] = candidates.sort((a, b) => a.line - b.line);
  return mistake
    ? mistakeFinding(mistake, file, t)
    : located('yaml-syntax', t('yamlSyntax'), t('yamlSyntaxHint'), file, stop);
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
