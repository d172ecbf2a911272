import { describe, expect, it } from 'vitest';
import {
  isolatedDeclaration,
  jsDocsBetween,
  jsDocText,
  moduleSpecifiers,
  parseModule,
  relativeImports,
  SyntaxProblem,
} from '../../src/artifacts/syntax.ts';
import { compileMainEntry, PackageBuildError } from '../../src/artifacts/package.ts';
import { catalogFiles } from '../../src/artifacts/generate.ts';
import { readCatalogSources } from '../../src/artifacts/inputs.ts';
import { DEFAULT_CATALOG_FILE, loadCatalog } from '../../src/catalog/source/read.ts';

describe('isolatedDeclaration', () => {
  it("writes a module's declarations in TypeScript's layout, JSDoc kept and @internal left out on request", () => {
    const source = [
      "import type { Model } from './model.ts';",
      "export type { Other } from '../other.ts';",
      "export type Lib = import('./lib.ts').Lib;",
      "import { external } from 'external.ts';",
      '/**',
      ' * A città.',
      ' */',
      'export interface Place {',
      '  /** Its name. */',
      '  name: string;',
      '  model: Model;',
      '}',
      '/** @internal */',
      'export const hidden: number = 1;',
      'export function use(place: Place): string {',
      '  return place.name + external;',
      '}',
      '',
    ].join('\n');
    expect(isolatedDeclaration('place.ts', source, { stripInternal: true, rewriteImportExtensions: true })).toBe(
      [
        'import type { Model } from "./model.js";',
        'export type { Other } from "../other.js";',
        'export type Lib = import("./lib.js").Lib;',
        '/**',
        ' * A città.',
        ' */',
        'export interface Place {',
        '    /** Its name. */',
        '    name: string;',
        '    model: Model;',
        '}',
        'export declare function use(place: Place): string;',
        '',
      ].join('\n'),
    );
  });

  it('names every place that is not written for isolated declarations, one line each', () => {
    const source = 'export const list = [1].map((n) => n);\nexport function twice(n) {\n  return n * 2;\n}\n';
    let problem: unknown;
    try {
      isolatedDeclaration('lib/list.ts', source);
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(SyntaxProblem);
    expect((problem as Error).message.split('\n')).toEqual([
      'lib/list.ts:1:14: TS9010: Variable must have an explicit type annotation with --isolatedDeclarations.',
      'lib/list.ts:2:17: TS9007: Function must have an explicit return type annotation with --isolatedDeclarations.',
      'lib/list.ts:2:23: TS9011: Parameter must have an explicit type annotation with --isolatedDeclarations.',
    ]);
  });

  it("stops the package's main entry with the located problem, in both languages", async () => {
    await expect(compileMainEntry('export const catalog = { events: [].concat([]) };\n', 'en')).rejects.toThrow(
      new PackageBuildError(
        "The package's main entry has no isolated declarations:\nindex.ts:1:34: TS9013: Expression type can't be inferred with --isolatedDeclarations.",
      ),
    );
    await expect(compileMainEntry('export const catalog = { events: [].concat([]) };\n', 'it')).rejects.toThrow(
      new PackageBuildError(
        'Il modulo principale del pacchetto non ha dichiarazioni isolate:\nindex.ts:1:34: TS9013: Non è possibile dedurre il tipo di espressione con --isolatedDeclarations.',
      ),
    );
  });
});

describe('parseModule', () => {
  it('reads every module specifier of a JavaScript file, and the relative ones as paths', () => {
    const text =
      "import x from 'zod/mini';\nexport * from './b.js';\nexport { p, q } from './p.js';\nconst y = await import('./c.js');\nconst w = await import(name);\nconst z = __require('fs');\n";
    expect(moduleSpecifiers('dist/a.js', text)).toEqual(['zod/mini', './b.js', './p.js', './c.js', 'fs']);
    expect(relativeImports('dist/a.js', text)).toEqual(['dist/b.js', 'dist/p.js', 'dist/c.js']);
    expect(() => moduleSpecifiers('dist/broken.js', 'import {;\n')).toThrow(SyntaxProblem);
  });

  it('throws one located line on a syntax error', () => {
    let problem: unknown;
    try {
      parseModule('broken.ts', 'export const = 1;\n');
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(SyntaxProblem);
    expect((problem as SyntaxProblem).message).toBe('broken.ts:1:14: Unexpected token');
    expect((problem as SyntaxProblem).diagnostics).toEqual([{ place: 'broken.ts:1:14', text: 'Unexpected token' }]);
  });

  it('parses a text once for every reader, and a broken one every time, named by the file asking', () => {
    const text = 'export const shared = 1;\n';
    expect(parseModule('one.ts', text).program).toBe(parseModule('other.ts', text).program);
    // Read as JavaScript, the same text is another parse.
    expect(parseModule('one.js', text).program).not.toBe(parseModule('one.ts', text).program);
    expect(() => parseModule('first.ts', 'export const = 1;\n')).toThrow('first.ts:1:14');
    expect(() => parseModule('second.ts', 'export const = 1;\n')).toThrow('second.ts:1:14');
  });

  it('gives the artifacts that read a catalogue module one shared tree, which none of them changes', () => {
    const sources = readCatalogSources();
    const trees = () => Object.entries(sources).map(([name, text]) => JSON.stringify(parseModule(name, text).program));
    const before = trees();
    // The readers: the typed module's inlining and the JSON Schemas' documentation.
    catalogFiles(loadCatalog(DEFAULT_CATALOG_FILE), sources);
    expect(trees()).toEqual(before);
  });

  it("finds a declaration's JSDoc and reads its text before the first tag", () => {
    const text =
      '// not a doc\n/* nor this */\n/**\n * First line,\n *   second line.\n * @example x\n */\nexport const a = 1;\n';
    const { program, comments } = parseModule('a.ts', text);
    const docs = jsDocsBetween(comments, 0, program.body[0]!.start);
    expect(docs).toHaveLength(1);
    expect(jsDocText(docs[0]!)).toBe('First line, second line.');
    expect(jsDocText({ type: 'Block', value: '* @internal ', start: 0, end: 0 })).toBeUndefined();
  });
});
