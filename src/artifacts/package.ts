/**
 * `package/<name>-<version>.tgz`: the npm package for monitoring components. Its main entry is
 * the typed module's text (the consumer API bound to the data) compiled to JavaScript and
 * declarations; the tooling (the `./simulator` subpath and the `care-catalog` command) is bundled
 * from `src/catalog/` with what it uses, so that installing the package adds no other package.
 * Node only: esbuild bundles, Oxc writes the declarations one file at a time (isolated
 * declarations, `syntax.ts`), and the tarball is written here as `npm pack` would (fixed mtimes and ordering:
 * reproducible bytes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { pack } from 'tar-stream';
import { lineColumnAt, lineStarts } from '../catalog/json-text.ts';
import { messageLocale } from '../catalog/messages/command.ts';
import type { Catalog, Locale } from '../catalog/model.ts';
import { localizedDiagnostics } from './compiler-diagnostics.ts';
import { packageMessage } from './package-messages.ts';
import { PACKAGE_NAME, tarballName } from './paths.ts';
import { skipZodLocales } from './zod-locales.ts';
import {
  isolatedDeclaration,
  moduleRequests,
  moduleSpecifiers,
  relativeImports,
  SyntaxProblem,
  type Diagnostic,
} from './syntax.ts';

/** The command the package installs for monitoring teams' CI (`npx @imagicle/care-catalog simulate FILE`). */
export const PACKAGE_BIN = 'care-catalog';

/** Node versions the package runs on (plain ESM, no dependency; tested on 20 and 24). */
export const PACKAGE_ENGINES = '>=20';

/** A file of the package: its path inside the package and its bytes. */
export interface PackageFile {
  path: string;
  bytes: Uint8Array;
}

/** Problems that stop the package from being built; the message lists them. */
export class PackageBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageBuildError';
  }
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The module of `src/catalog/` that the tooling's code reaches the lookups through: served by the main entry. */
const LOOKUPS_MODULE = /[\\/]catalog[\\/]lookups\.ts$/;

/**
 * The declarations of a module and of every module it imports, relatively, one file at a time:
 * the sources are written for TypeScript's isolated declarations (every export typed), so no
 * program, type check or standard library is needed. Paths are relative to `root`, `.d.ts`.
 */
function isolatedDeclarations(root: string, entry: string, locale: Locale): PackageFile[] {
  const files: PackageFile[] = [];
  const problems: Diagnostic[] = [];
  const pending = [entry];
  const seen = new Set(pending);
  while (pending.length > 0) {
    const relative = pending.shift()!;
    const source = readFileSync(path.join(root, relative), 'utf8');
    try {
      const declaration = isolatedDeclaration(relative, source, { stripInternal: true, rewriteImportExtensions: true });
      files.push({ path: relative.replace(/\.ts$/, '.d.ts'), bytes: encode(declaration) });
    } catch (error) {
      if (!(error instanceof SyntaxProblem)) throw error;
      problems.push(...error.diagnostics);
    }
    for (const imported of relativeImports(relative, source)) {
      if (!seen.has(imported)) {
        seen.add(imported);
        pending.push(imported);
      }
    }
  }
  if (problems.length > 0)
    throw new PackageBuildError(
      packageMessage(locale, 'declarations', { problems: localizedDiagnostics(problems, locale) }),
    );
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** The `care-catalog` command's entry: the main entry's data handed to the command. */
const COMMAND_ENTRY = 'care-catalog:command';

/** esbuild plugin serving the command's entry, which has no file of its own (it imports the built `./index.js`). */
function commandEntry(root: string): import('esbuild').Plugin {
  return {
    name: 'command-entry',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${COMMAND_ENTRY}$`) }, () => ({
        path: 'cli.ts',
        namespace: 'command-entry',
      }));
      build.onLoad({ filter: /.*/, namespace: 'command-entry' }, () => ({
        // esbuild keeps an entry's hashbang: the command runs through npm's `bin` link.
        contents: `#!/usr/bin/env node
import { catalog } from './index.js';
import { runPackageCommand } from './src/catalog/command/package-bin.ts';
process.exitCode = runPackageCommand(process.argv.slice(2), catalog);
`,
        resolveDir: root,
        loader: 'ts',
      }));
    },
  };
}

/**
 * Where the source files bundled into an entry (and the chunks it imports) import a Node
 * built-in, as `file:line:column` and the module, from esbuild's metafile.
 */
function builtinImports(
  metafile: import('esbuild').Metafile,
  root: string,
  entry: string,
): { file: string; line: number; column: number; module: string }[] {
  const outputs = new Map(
    Object.entries(metafile.outputs).map(([file, output]) => [path.posix.basename(file), output]),
  );
  const reached = new Set([entry]);
  for (const file of reached) {
    for (const imported of outputs.get(file)?.imports ?? []) {
      if (!imported.external) reached.add(path.posix.basename(imported.path));
    }
  }
  return [...reached].flatMap((output) =>
    Object.keys(outputs.get(output)?.inputs ?? {}).flatMap((input) => {
      const builtins = (metafile.inputs[input]?.imports ?? []).filter((imported) => imported.path.startsWith('node:'));
      if (builtins.length === 0) return [];
      const text = readFileSync(path.join(root, input), 'utf8');
      const requests = moduleRequests(input, text);
      return builtins.map((imported) => {
        const written = imported.original ?? imported.path;
        const at = requests.find((request) => request.value === written)?.start ?? 0;
        return { file: input, ...lineColumnAt(lineStarts(text), at), module: imported.path };
      });
    }),
  );
}

/**
 * Bundles the tooling of the package from `src/`: `dist/simulator.js` (browser-safe) and
 * `dist/cli.js` (Node), with the libraries and code both use in chunks they share
 * (`dist/chunk-*.js`), and both reaching the lookups through the main entry (`./index.js`), so
 * that `CatalogQueryError` is one class. Declarations of the
 * `./simulator` subpath are written by Oxc (`dist/types/…`), without zod's types.
 */
export async function compileTooling(srcDir: string, locale: Locale = messageLocale()): Promise<PackageFile[]> {
  const esbuild = await import('esbuild');
  const root = path.dirname(srcDir);
  const mainEntry: import('esbuild').Plugin = {
    name: 'main-entry',
    setup(build) {
      build.onResolve({ filter: /lookups\.ts$/ }, (args) =>
        LOOKUPS_MODULE.test(path.resolve(args.resolveDir, args.path))
          ? { path: './index.js', external: true }
          : undefined,
      );
    },
  };
  const common: import('esbuild').BuildOptions & { write: false; metafile: true } = {
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    target: 'es2022',
    absWorkingDir: root,
    logLevel: 'silent',
    legalComments: 'inline',
    charset: 'utf8',
  };
  // One build for both entries: zod, the simulation and the messages are parsed once and shipped
  // once, in chunks that both import (neutral platform: the simulator stays browser-safe; the command's
  // Node built-ins are left to Node, and checked below to stay out of the simulator's graph).
  const result = await esbuild.build({
    ...common,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    splitting: true,
    outdir: '/package/dist',
    // Beside the entries: the lookups are reached as `./index.js` from every chunk.
    chunkNames: 'chunk-[hash]',
    external: ['node:*', './index.js'],
    plugins: [mainEntry, commandEntry(root), skipZodLocales],
    entryPoints: { simulator: path.join(srcDir, 'catalog/simulator/index.ts'), cli: COMMAND_ENTRY },
  });
  const nodeInSimulator = builtinImports(result.metafile, root, 'simulator.js');
  if (nodeInSimulator.length > 0) {
    throw new PackageBuildError(
      nodeInSimulator.map((found) => packageMessage(locale, 'nodeInSimulator', found)).join('\n'),
    );
  }
  const bundles = result.outputFiles.map((file) => ({
    path: path.posix.relative('/package', file.path.split(path.sep).join('/')),
    bytes: file.contents,
  }));

  const declarations = isolatedDeclarations(path.join(srcDir, 'catalog'), 'simulator/index.ts', locale).map((file) => ({
    path: `dist/types/${file.path}`,
    bytes: file.bytes,
  }));
  declarations.push({ path: 'dist/simulator.d.ts', bytes: encode("export * from './types/simulator/index.js';\n") });
  const files = [...bundles, ...declarations].sort((a, b) => a.path.localeCompare(b.path));
  // The bundles' imports as esbuild resolved them (no second parse of 100 KB of JavaScript).
  const bundleImports = Object.values(result.metafile.outputs).flatMap(({ imports }) =>
    imports.filter((i) => i.external).map((i) => i.path),
  );
  const imported = [...new Set([...packageNames(bundleImports), ...importedPackages(declarations)])].sort();
  if (imported.length > 0) {
    throw new PackageBuildError(packageMessage(locale, 'toolingImports', { names: imported.join(', ') }));
  }
  return files;
}

/**
 * The main entry, `dist/index.js` and `dist/index.d.ts`, compiled from the typed module's text:
 * the package and `catalog.ts` are one API, one source.
 */
export async function compileMainEntry(apiModule: string, locale: Locale = messageLocale()): Promise<PackageFile[]> {
  const esbuild = await import('esbuild');
  const js = await esbuild.transform(apiModule, { loader: 'ts', format: 'esm', target: 'es2022', charset: 'utf8' });
  let declaration: string;
  try {
    declaration = isolatedDeclaration('index.ts', apiModule);
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    throw new PackageBuildError(
      packageMessage(locale, 'mainEntry', { problem: localizedDiagnostics(error.diagnostics, locale) }),
    );
  }
  return [
    { path: 'dist/index.js', bytes: encode(js.code) },
    { path: 'dist/index.d.ts', bytes: encode(declaration) },
  ];
}

/** The packages a set of compiled modules imports (bare specifiers, `zod/mini` → `zod`; `node:` builtins aside), sorted. */
export function importedPackages(files: readonly PackageFile[]): string[] {
  const decoder = new TextDecoder();
  return packageNames(
    files
      .filter((file) => file.path.endsWith('.js') || file.path.endsWith('.d.ts'))
      .flatMap((file) => moduleSpecifiers(file.path, decoder.decode(file.bytes))),
  );
}

/** The packages module specifiers name (`zod/mini` → `zod`, `@scope/name/x` → `@scope/name`; relative and `node:` aside), sorted. */
function packageNames(specifiers: readonly string[]): string[] {
  const names = new Set<string>();
  for (const specifier of specifiers) {
    if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
    const parts = specifier.split('/');
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return [...names].sort();
}

/** What goes into the package besides the compiled code. */
export interface PackageInput {
  catalog: Catalog;
  /** `dist/index.js` and `dist/index.d.ts`, from `compileMainEntry`. */
  mainEntry: readonly PackageFile[];
  /** The tooling, from `compileTooling`. */
  tooling: readonly PackageFile[];
  /** Artifact files to ship as subpaths, by file name (`catalog.json`, `event.schema.json`, ...). */
  assets: Readonly<Record<string, Uint8Array>>;
  /** Where monitoring engineers read how to use it, in each language (the English page is the homepage). */
  guides: Record<Locale, string>;
  /** The licence, as the project's package.json states it. */
  license: string;
  /** The source repository, as the project's package.json states it. */
  repository: { type: string; url: string };
  /** The README's usage example (see `packageExample`), so that it is checked against the catalogue. */
  readmeExample: string;
}

/** The files of the package: `package.json`, README, the compiled code and the assets. */
export function packageFiles(input: PackageInput): PackageFile[] {
  const { catalog, mainEntry, tooling, assets, guides, license, repository, readmeExample } = input;
  const assetExports = Object.fromEntries(Object.keys(assets).map((name) => [`./${name}`, `./${name}`]));
  const manifest = {
    name: PACKAGE_NAME,
    version: catalog.version,
    description:
      'ImagicleCare Catalogue: the events covered by Imagicle Proactive Support, with typed lookups, response deadlines, a simulator and the JSON Schemas, for monitoring components.',
    keywords: ['imagicle', 'imagiclecare', 'proactive-support', 'monitoring', 'catalogue'],
    homepage: guides.en,
    license,
    repository,
    type: 'module',
    sideEffects: false,
    engines: { node: PACKAGE_ENGINES },
    bin: { [PACKAGE_BIN]: 'dist/cli.js' },
    types: './dist/index.d.ts',
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './simulator': { types: './dist/simulator.d.ts', default: './dist/simulator.js' },
      ...assetExports,
      './package.json': './package.json',
    },
  };
  const readme = `# ${PACKAGE_NAME}

ImagicleCare Catalogue ${catalog.version} (updated ${catalog.updated}): the events covered by Imagicle
Proactive Support, for monitoring components. No dependencies; ESM; types included. The version is
the catalogue's own: a removed or renamed event id is a major release, new or deprecated events and
priority or response-time changes are minor, wording fixes are patches.

\`\`\`js
${readmeExample}
\`\`\`

The same API over another copy of the catalogue (for example \`catalog.json\` fetched at run time):
\`createLookups(catalog).isCovered(id)\`.

- \`${PACKAGE_NAME}/simulator\`: simulate a file of payloads with expectations, render notifications.
- \`npx ${PACKAGE_NAME} simulate events.jsonl\`: the same from a monitoring team's CI (exit 1 on a FAIL).
- JSON: ${Object.keys(assets)
    .map((name) => `\`${PACKAGE_NAME}/${name}\``)
    .join(', ')}.

Integration guide: ${guides.en}

## Italiano

Catalogo ImagicleCare ${catalog.version} (aggiornato il ${catalog.updated}): gli eventi coperti dal Supporto
Proattivo di Imagicle, per i componenti di monitoraggio. Nessuna dipendenza; ESM; tipi inclusi. La versione è
quella del catalogo: un id di evento rimosso o rinominato è una versione major, eventi nuovi o deprecati e
cambi di priorità o di tempo di risposta sono minor, le correzioni dei testi sono patch.

L’esempio qui sopra vale così com’è. La stessa API su un’altra copia del catalogo (per esempio
\`catalog.json\` scaricato durante l’esecuzione): \`createLookups(catalog).isCovered(id)\`.

- \`${PACKAGE_NAME}/simulator\`: simula un file di payload con gli esiti attesi, genera le notifiche.
- \`npx ${PACKAGE_NAME} simulate events.jsonl --lang it\`: lo stesso dalla CI di un team di monitoraggio
  (codice di uscita 1 su un FAIL).
- JSON: ${Object.keys(assets)
    .map((name) => `\`${PACKAGE_NAME}/${name}\``)
    .join(', ')}.

Guida all’integrazione: ${guides.it}
`;
  return [
    { path: 'package.json', bytes: encode(`${JSON.stringify(manifest, null, 2)}\n`) },
    { path: 'README.md', bytes: encode(readme) },
    ...mainEntry,
    ...tooling,
    ...Object.entries(assets).map(([name, bytes]) => ({ path: name, bytes })),
  ].sort((a, b) => a.path.localeCompare(b.path));
}

/** The modification time npm gives every file of a tarball (1985-10-26T08:15:00Z), so packing is reproducible. */
const NPM_MTIME = new Date(Date.UTC(1985, 9, 26, 8, 15, 0));

/**
 * The package's tarball as `npm pack` lays it out: every file under `package/`, sorted, with
 * npm's fixed date and modes (the command executable), gzipped. Written in this process: the same
 * files always give the same bytes, without starting npm.
 */
export async function packTarball(
  files: readonly PackageFile[],
  locale: Locale = messageLocale(),
): Promise<{ name: string; bytes: Uint8Array }> {
  const manifest = files.find((file) => file.path === 'package.json');
  if (!manifest) throw new PackageBuildError(packageMessage(locale, 'noManifest'));
  const { name, version } = JSON.parse(new TextDecoder().decode(manifest.bytes)) as { name: string; version: string };
  const archive = pack();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    archive.entry(
      { name: `package/${file.path}`, mtime: NPM_MTIME, mode: file.path === 'dist/cli.js' ? 0o755 : 0o644 },
      Buffer.from(file.bytes),
    );
  }
  archive.finalize();
  const chunks: Uint8Array[] = [];
  for await (const chunk of archive) chunks.push(chunk as Uint8Array);
  // Level 9 and no header name or time, so the gzip layer adds nothing that varies either; on
  // Node's thread pool, so that the build's own thread renders pages meanwhile.
  const compressed = await promisify(gzip)(Buffer.concat(chunks), { level: 9 });
  return { name: tarballName(name, version), bytes: new Uint8Array(compressed) };
}
