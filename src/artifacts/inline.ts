/**
 * Inlines TypeScript modules of `src/catalog/` into one self-contained module: the typed
 * `catalog.ts` artifact carries the real lookup and deadline code, not a second copy that could
 * drift. Works on the syntax tree only (TypeScript's parser): top-level declarations are picked
 * by name, transitively from the roots, and imports dropped. A name declared twice, or one the
 * generated module declares itself, throws rather than being renamed.
 */
import path from 'node:path';
import ts from 'typescript';

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
  statement: ts.Statement;
  source: ts.SourceFile;
}

/** The names a top-level statement declares. */
function declaredNames(statement: ts.Statement): string[] {
  if (
    (ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement)) &&
    statement.name
  ) {
    return [statement.name.text];
  }
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) =>
      ts.isIdentifier(declaration.name) ? [declaration.name.text] : [],
    );
  }
  return [];
}

/** True when an identifier names a property or member rather than a binding. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isPropertySignature(parent) && parent.name === node) ||
    (ts.isPropertyDeclaration(parent) && parent.name === node) ||
    (ts.isMethodDeclaration(parent) && parent.name === node) ||
    (ts.isMethodSignature(parent) && parent.name === node) ||
    (ts.isQualifiedName(parent) && parent.right === node) ||
    (ts.isBindingElement(parent) && parent.propertyName === node)
  );
}

/** Identifiers used by a statement that may refer to top-level declarations. */
function referencedNames(statement: ts.Statement): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !isPropertyName(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(statement);
  return names;
}

/** Relative imports of a module, as paths relative to the sources' root (`./time/duration.ts` → `time/duration.ts`). */
function importedFiles(source: ts.SourceFile): string[] {
  return source.statements.flatMap((statement) =>
    (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
    statement.moduleSpecifier &&
    ts.isStringLiteral(statement.moduleSpecifier) &&
    statement.moduleSpecifier.text.startsWith('.')
      ? [path.posix.normalize(path.posix.join(path.posix.dirname(source.fileName), statement.moduleSpecifier.text))]
      : [],
  );
}

/**
 * Returns the inlined declarations as TypeScript text, in dependency order (a declaration after
 * what it uses, modules in import order), each with its JSDoc.
 */
export function inlineModules(options: InlineOptions): string {
  const { sources, roots, reserved = [] } = options;
  const parsed = new Map<string, ts.SourceFile>();
  const order: string[] = [];
  const load = (file: string): void => {
    if (parsed.has(file)) return;
    const text = sources[file];
    if (text === undefined) throw new Error(`inline: module "${file}" was not provided`);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    parsed.set(file, source);
    for (const dependency of importedFiles(source)) load(dependency);
    order.push(file);
  };
  for (const root of roots) load(root);

  const byName = new Map<string, Declaration[]>();
  for (const file of order) {
    const source = parsed.get(file)!;
    for (const statement of source.statements) {
      for (const name of declaredNames(statement)) {
        byName.set(name, [...(byName.get(name) ?? []), { name, file, statement, source }]);
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
  const emitted = new Set<ts.Statement>();
  for (const file of order) {
    const source = parsed.get(file)!;
    for (const statement of source.statements) {
      const mine = [...included].filter((declaration) => declaration.statement === statement);
      if (mine.length === 0 || emitted.has(statement)) continue;
      emitted.add(statement);
      chunks.push(statementText(statement, source));
    }
  }
  return `${chunks.join('\n\n')}\n`;
}

/** A statement's text with its JSDoc. */
function statementText(statement: ts.Statement, source: ts.SourceFile): string {
  const jsDocs = (statement as ts.Node & { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  const start = jsDocs.length > 0 ? jsDocs[0]!.getStart(source) : statement.getStart(source);
  return source.text.slice(start, statement.end);
}
