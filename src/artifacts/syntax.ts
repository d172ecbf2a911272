/**
 * TypeScript syntax for the artifacts, from the Oxc parser and declaration emitter (native, through
 * `rolldown`, which Vite already brings): reading the catalogue's own modules and writing their
 * declarations. The TypeScript compiler did this before; loading it cost every build about 0.4 s
 * and 70 MB before any work, and its declarations of the typed module's data (2,000 events) 2 s
 * and 150 MB more.
 */
import path from 'node:path';
import { parseSync, transformSync, type ESTree } from 'rolldown/utils';
import { lineColumnAt, lineStarts } from '../catalog/json-text.ts';

export type { ESTree };

/** A comment of a parsed module, with its UTF-16 offsets. */
export interface SourceComment {
  type: 'Line' | 'Block';
  value: string;
  start: number;
  end: number;
}

/** A parsed module: its syntax tree and its comments. */
export interface ParsedModule {
  program: ESTree.Program;
  comments: readonly SourceComment[];
}

/** One of Oxc's diagnostics: where (`file:line:column`, or the file alone) and Oxc's first line (`TS9007: Function must…`). */
export interface Diagnostic {
  place: string;
  text: string;
}

/** TypeScript that cannot be parsed or declared; the message has a line per diagnostic, each at its place. */
export class SyntaxProblem extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(({ place, text }) => `${place}: ${text}`).join('\n'));
    this.name = 'SyntaxProblem';
    this.diagnostics = diagnostics;
  }
}

/** An error as Oxc reports it: a message (drawn for a terminal by the transformer) and, from the parser, its spans. */
interface OxcProblem {
  message: string;
  labels?: readonly { start: number }[] | null;
}

const ANSI = /\x1b\[[0-9;]*m/g;
const LOCATION = /\[\s*[^\]]*?:(\d+):(\d+)\s*\]/;

/** Oxc's errors as diagnostics: `file:line:col` and `TS9007: Function must have an explicit return type…`. */
function describeErrors(fileName: string, text: string, errors: readonly OxcProblem[]): Diagnostic[] {
  return errors.map(({ message, labels }) => {
    const plain = message.replace(ANSI, '');
    const first = (plain.split('\n')[0] ?? '').replace(/^\s*\[[A-Z_]+\]\s*/, '').trim();
    const drawn = LOCATION.exec(plain);
    const offset = labels?.[0]?.start;
    const at = drawn
      ? { line: drawn[1], column: drawn[2] }
      : offset === undefined
        ? undefined
        : lineColumnAt(lineStarts(text), offset);
    return { place: at ? `${fileName}:${at.line}:${at.column}` : fileName, text: first };
  });
}

/** How Oxc reads a file: declarations, JavaScript or TypeScript, by its extension. */
function languageOf(fileName: string): 'dts' | 'js' | 'ts' {
  return fileName.endsWith('.d.ts') ? 'dts' : /\.[cm]?js$/.test(fileName) ? 'js' : 'ts';
}

/** Parses a module (TypeScript, declarations or JavaScript, by its extension); throws `SyntaxProblem` on a syntax error. */
export function parseModule(fileName: string, text: string): ParsedModule {
  const result = parsed(fileName, text);
  return { program: result.program, comments: result.comments };
}

/**
 * The latest parses, by language and text: a build reads each catalogue module up to five times
 * (inlined into the typed module, its imports followed, its declarations written and checked, the
 * model's JSDoc for the JSON Schemas), and its syntax trees are only ever read.
 */
const parses = new Map<string, ReturnType<typeof parseSync>>();
const KEPT_PARSES = 64;

/** Oxc's parse of a module (its syntax tree built in JavaScript only when asked for); throws `SyntaxProblem` on a syntax error. */
function parsed(fileName: string, text: string): ReturnType<typeof parseSync> {
  const lang = languageOf(fileName);
  const key = `${lang}\0${text}`;
  const known = parses.get(key);
  if (known) return known;
  const result = parseSync(fileName, text, { lang });
  if (result.errors.length > 0) throw new SyntaxProblem(describeErrors(fileName, text, result.errors));
  if (parses.size >= KEPT_PARSES) parses.delete(parses.keys().next().value!);
  parses.set(key, result);
  return result;
}

/** Calls `visit` on every node under `node`, with its parent and the parent's key holding it. */
export function walk(
  node: ESTree.Node,
  visit: (node: ESTree.Node, parent: ESTree.Node | undefined, key: string | undefined) => void,
  parent?: ESTree.Node,
  key?: string,
): void {
  visit(node, parent, key);
  for (const [childKey, value] of Object.entries(node)) {
    if (childKey === 'parent') continue;
    const children: unknown[] = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child !== null && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') {
        walk(child as ESTree.Node, visit, node, childKey);
      }
    }
  }
}

/** The JSDoc comments (`/** … *\/`) between two offsets, in order: those of the node starting at `to`. */
export function jsDocsBetween(comments: readonly SourceComment[], from: number, to: number): SourceComment[] {
  return comments.filter(
    (comment) =>
      comment.type === 'Block' && comment.value.startsWith('*') && comment.start >= from && comment.end <= to,
  );
}

/** A top-level statement of a module. */
export type TopLevel = ESTree.Program['body'][number];

/** A top-level statement, what it declares (`export` unwrapped) and the JSDoc comments just before it. */
export interface TopLevelStatement {
  statement: TopLevel;
  declaration: TopLevel | NonNullable<ESTree.ExportNamedDeclaration['declaration']>;
  jsDocs: SourceComment[];
}

/** The top-level statements of a parsed module, in order, each with its declaration and JSDoc. */
export function topLevelStatements({ program, comments }: ParsedModule): TopLevelStatement[] {
  let previousEnd = 0;
  return program.body.map((statement) => {
    const jsDocs = jsDocsBetween(comments, previousEnd, statement.start);
    previousEnd = statement.end;
    const declaration =
      statement.type === 'ExportNamedDeclaration' && statement.declaration ? statement.declaration : statement;
    return { statement, declaration, jsDocs };
  });
}

/** A JSDoc comment's text before its first tag, on one line; `undefined` when it has none. */
export function jsDocText(comment: SourceComment): string | undefined {
  const lines = comment.value
    .slice(1)
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, ''));
  const tag = lines.findIndex((line) => line.trimStart().startsWith('@'));
  const text = (tag < 0 ? lines : lines.slice(0, tag)).join(' ').replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The specifiers a program names in imports, re-exports and `import()` types, as literals with their spans. */
function specifierLiterals(program: ESTree.Program): ESTree.StringLiteral[] {
  const found: ESTree.StringLiteral[] = [];
  walk(program, (node) => {
    const source =
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      node.type === 'ExportNamedDeclaration' ||
      node.type === 'TSImportType'
        ? node.source
        : null;
    if (source?.type === 'Literal' && typeof source.value === 'string') found.push(source);
  });
  return found;
}

// A bundle's `require("…")` (esbuild writes `__require`), which the module record does not list.
const REQUIRE_CALL = /\b(?:__)?require\(\s*(['"])([^'"\n]+)\1\s*\)/g;

/** A module specifier as a module writes it, and the offset of its literal (its opening quote). */
export interface ModuleRequest {
  start: number;
  value: string;
}

/**
 * The module specifiers a module names, in order, with their offsets: imports, re-exports,
 * `import("…")` with a literal and `require("…")`. From the parser's module record, without
 * building the syntax tree in JavaScript (a tenth of the time on a 100 KB bundle).
 */
export function moduleRequests(fileName: string, text: string): ModuleRequest[] {
  const { staticImports, staticExports, dynamicImports } = parsed(fileName, text).module;
  const found: { start: number; value: string }[] = [
    ...staticImports.map(({ moduleRequest }) => moduleRequest),
    ...staticExports.flatMap(({ entries }) =>
      entries.flatMap(({ moduleRequest }) => (moduleRequest ? [moduleRequest] : [])),
    ),
    ...dynamicImports.flatMap(({ moduleRequest }) => {
      const literal = /^(['"`])([^'"`]*)\1$/.exec(text.slice(moduleRequest.start, moduleRequest.end));
      return literal ? [{ start: moduleRequest.start, value: literal[2]! }] : [];
    }),
    ...[...text.matchAll(REQUIRE_CALL)].map((match) => ({ start: match.index, value: match[2]! })),
  ];
  // A re-export lists its specifier once per name.
  const unique = new Map(found.map((specifier) => [specifier.start, specifier.value]));
  return [...unique.entries()].sort(([a], [b]) => a - b).map(([start, value]) => ({ start, value }));
}

/** The module specifiers a module names, in order (see `moduleRequests`). */
export function moduleSpecifiers(fileName: string, text: string): string[] {
  return moduleRequests(fileName, text).map(({ value }) => value);
}

/** The files a module imports relatively, as paths relative to the same root as `fileName`. */
export function relativeImports(fileName: string, text: string): string[] {
  return moduleSpecifiers(fileName, text)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(fileName), specifier)));
}

/** Options of `isolatedDeclaration`. */
export interface DeclarationOptions {
  /** Leave out declarations marked `@internal`. */
  stripInternal?: boolean;
  /** Name relative `.ts` imports `.js`, as they are published. */
  rewriteImportExtensions?: boolean;
}

/**
 * The declarations (`.d.ts` text) of a module written for isolated declarations (every export
 * typed); throws `SyntaxProblem`, naming each place, when the module is not.
 */
export function isolatedDeclaration(fileName: string, text: string, options: DeclarationOptions = {}): string {
  const result = transformSync(fileName, text, {
    lang: 'ts',
    typescript: { declaration: { stripInternal: options.stripInternal ?? false } },
  });
  if (result.errors.length > 0 || result.declaration === undefined) {
    throw new SyntaxProblem(describeErrors(fileName, text, result.errors));
  }
  const declaration = tidy(result.declaration);
  if (!options.rewriteImportExtensions) return declaration;
  const specifiers = specifierLiterals(parseModule(fileName.replace(/\.ts$/, '.d.ts'), declaration).program);
  let rewritten = declaration;
  // From the end, so that earlier offsets stay valid.
  for (const specifier of specifiers.sort((a, b) => b.start - a.start)) {
    if (!specifier.value.startsWith('.') || !specifier.value.endsWith('.ts')) continue;
    const quote = rewritten[specifier.start]!;
    rewritten = `${rewritten.slice(0, specifier.start)}${quote}${specifier.value.replace(/\.ts$/, '.js')}${quote}${rewritten.slice(specifier.end)}`;
  }
  return rewritten;
}

/**
 * TypeScript's layout for declarations Oxc prints with tab indents and block comments' inner
 * lines flush left: four spaces per level, and each ` *` under the `/**` that opens it, as a reader
 * of the published `.d.ts` expects. A line of a declaration file only starts with `*` inside a
 * block comment.
 */
function tidy(declaration: string): string {
  return declaration.replace(
    /^(\t*)(\*?)/gm,
    (_, tabs: string, star: string) => '    '.repeat(tabs.length) + (star ? ' *' : ''),
  );
}
