/**
 * Inlines TypeScript modules of `src/catalog/` into one self-contained module: the typed
 * `catalog.ts` artifact carries the real lookup and deadline code, not a second copy that could
 * drift. Works on the syntax tree only (Oxc's parser, `syntax.ts`): top-level declarations are picked
 * by name, transitively from the roots, and imports dropped. A name declared twice, or one the
 * generated module declares itself, throws rather than being renamed.
 */
import {
  parseModule,
  relativeImports,
  topLevelStatements,
  walk,
  type ESTree,
  type TopLevel,
  type TopLevelStatement,
} from './syntax.ts';

/** The source text of one module, keyed by its file name (`lookups.ts`). */
export type ModuleSources = Readonly<Record<string, string>>;

/** What to inline and how. */
export interface InlineOptions {
  /** Module sources by file name; relative imports between them are followed. */
  sources: ModuleSources;
  /** Modules whose every top-level declaration is included. */
  roots: readonly string[];
  /** Names the generated module declares itself: an inlined declaration of one of them is an error. */
  reserved?: readonly string[];
}

interface Declaration {
  name: string;
  file: string;
  statement: TopLevel;
}

/** The names a top-level statement declares (exported or not). */
function declaredNames({ declaration }: TopLevelStatement): string[] {
  switch (declaration.type) {
    case 'FunctionDeclaration':
    case 'TSDeclareFunction':
    case 'ClassDeclaration':
    case 'TSInterfaceDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSEnumDeclaration':
      return declaration.id ? [declaration.id.name] : [];
    case 'VariableDeclaration':
      return declaration.declarations.flatMap(({ id }) => (id.type === 'Identifier' ? [id.name] : []));
    default:
      return [];
  }
}

/** True when an identifier, held by `parent` under `key`, names a property or member rather than a binding. */
function isPropertyName(parent: ESTree.Node | undefined, key: string | undefined): boolean {
  if (!parent) return false;
  switch (parent.type) {
    case 'MemberExpression':
      return key === 'property' && !parent.computed;
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
    case 'TSPropertySignature':
    case 'TSMethodSignature':
      return key === 'key' && !parent.computed;
    case 'TSQualifiedName':
      return key === 'right';
    default:
      return false;
  }
}

/** Identifiers used by a statement that may refer to top-level declarations. */
function referencedNames(statement: TopLevel): Set<string> {
  const names = new Set<string>();
  walk(statement, (node, parent, key) => {
    if (node.type === 'Identifier' && !isPropertyName(parent, key)) names.add(node.name);
  });
  return names;
}

/**
 * Returns the inlined declarations as TypeScript text, in dependency order (a declaration after
 * what it uses, modules in import order), each with its JSDoc.
 */
export function inlineModules(options: InlineOptions): string {
  const { sources, roots, reserved = [] } = options;
  const parsed = new Map<string, { text: string; statements: TopLevelStatement[] }>();
  const order: string[] = [];
  const load = (file: string): void => {
    if (parsed.has(file)) return;
    const text = sources[file];
    if (text === undefined) throw new Error(`inline: module "${file}" was not provided`);
    parsed.set(file, { text, statements: topLevelStatements(parseModule(file, text)) });
    for (const dependency of relativeImports(file, text)) load(dependency);
    order.push(file);
  };
  for (const root of roots) load(root);

  const byName = new Map<string, Declaration[]>();
  for (const file of order) {
    for (const entry of parsed.get(file)!.statements) {
      for (const name of declaredNames(entry)) {
        byName.set(name, [...(byName.get(name) ?? []), { name, file, statement: entry.statement }]);
      }
    }
  }

  // Walk from the roots' declarations to everything they use.
  const included = new Set<Declaration>();
  const pending: Declaration[] = [...byName.values()].flat().filter(({ file }) => roots.includes(file));
  const include = (name: string): void => {
    const found = byName.get(name) ?? [];
    // A type and a value may share a name (`const X` / `type X`) in one module; two modules may not.
    const files = [...new Set(found.map((declaration) => declaration.file))];
    if (files.length > 1) throw new Error(`inline: "${name}" is declared in both ${files[0]} and ${files[1]}`);
    for (const declaration of found) {
      if (!included.has(declaration)) pending.push(declaration);
    }
  };
  while (pending.length > 0) {
    const declaration = pending.pop()!;
    if (included.has(declaration)) continue;
    included.add(declaration);
    if (reserved.includes(declaration.name)) {
      throw new Error(`inline: "${declaration.name}" of ${declaration.file} clashes with the generated module's own`);
    }
    for (const name of referencedNames(declaration.statement)) if (name !== declaration.name) include(name);
  }

  const chunks: string[] = [];
  const emitted = new Set<TopLevel>();
  for (const file of order) {
    const { text, statements } = parsed.get(file)!;
    for (const { statement, jsDocs } of statements) {
      const mine = [...included].filter((declaration) => declaration.statement === statement);
      if (mine.length === 0 || emitted.has(statement)) continue;
      emitted.add(statement);
      // With its JSDoc, from the first of its comments that open with `/**`.
      chunks.push(text.slice(jsDocs[0]?.start ?? statement.start, statement.end));
    }
  }
  return `${chunks.join('\n\n')}\n`;
}
