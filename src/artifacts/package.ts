/**
 * `package/<name>-<version>.tgz`: the npm package for monitoring components. Its main entry is
 * the typed module's text (the consumer API bound to the data) compiled to JavaScript and
 * declarations; the tooling (the `./simulator` subpath and the `care-catalog` command) is bundled
 * from `src/catalog/` with what it uses, so that installing the package adds no other package.
 * Node only: esbuild bundles, TypeScript writes the declarations, `npm pack` packs a staged folder
 * (it normalizes mtimes and ordering: reproducible bytes).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import type { Catalog } from '../catalog/model.ts';
import { PACKAGE_NAME } from './paths.ts';

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
 * Bundles the tooling of the package from `src/`: `dist/simulator.js` (browser-safe) and
 * `dist/cli.js` (Node), each with the libraries it uses, and both reaching the lookups through the
 * main entry (`./index.js`), so that `CatalogQueryError` is one class. Declarations of the
 * `./simulator` subpath come from TypeScript (`dist/types/…`), without zod's types.
 */
export async function compileTooling(srcDir: string): Promise<PackageFile[]> {
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
  const common: import('esbuild').BuildOptions & { write: false } = {
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    absWorkingDir: root,
    logLevel: 'silent',
    legalComments: 'inline',
    charset: 'utf8',
  };
  const [simulator, cli] = await Promise.all([
    esbuild.build({
      ...common,
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outdir: '/package/dist',
      plugins: [mainEntry],
      entryPoints: { simulator: path.join(srcDir, 'catalog/simulator/index.ts') },
    }),
    esbuild.build({
      ...common,
      platform: 'node',
      banner: { js: '#!/usr/bin/env node' },
      stdin: {
        contents: `import { catalog } from './index.js';
import { runPackageCommand } from './src/catalog/command/package-bin.ts';
process.exitCode = runPackageCommand(process.argv.slice(2), catalog);
`,
        resolveDir: root,
        sourcefile: 'cli.ts',
        loader: 'ts',
      },
      outfile: '/package/dist/cli.js',
      plugins: [
        mainEntry,
        {
          name: 'data',
          setup(build) {
            build.onResolve({ filter: /^\.\/index\.js$/ }, () => ({ path: './index.js', external: true }));
          },
        },
      ],
    }),
  ]);
  const bundles = [...simulator.outputFiles, ...cli.outputFiles].map((file) => ({
    path: path.posix.relative('/package', file.path.split(path.sep).join('/')),
    bytes: file.contents,
  }));

  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    rewriteRelativeImportExtensions: true,
    allowImportingTsExtensions: true,
    verbatimModuleSyntax: true,
    declaration: true,
    emitDeclarationOnly: true,
    stripInternal: true,
    noCheck: true,
    strict: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    rootDir: path.join(srcDir, 'catalog'),
    outDir: '/package/dist/types',
    newLine: ts.NewLineKind.LineFeed,
  };
  const program = ts.createProgram([path.join(srcDir, 'catalog/simulator/index.ts')], options);
  const declarations: PackageFile[] = [];
  const result = program.emit(undefined, (fileName, text) => {
    declarations.push({ path: path.posix.relative('/package', fileName), bytes: encode(text) });
  });
  if (result.diagnostics.length > 0) {
    throw new PackageBuildError(
      `The package's declarations could not be written:\n${result.diagnostics
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
        .join('\n')}`,
    );
  }
  declarations.push({ path: 'dist/simulator.d.ts', bytes: encode("export * from './types/simulator/index.js';\n") });
  const files = [...bundles, ...declarations].sort((a, b) => a.path.localeCompare(b.path));
  const imported = importedPackages(files);
  if (imported.length > 0) {
    throw new PackageBuildError(`The package's tooling still imports ${imported.join(', ')}: bundle it instead.`);
  }
  return files;
}

/**
 * `compileTooling` in a worker thread, so that a build bundles the tooling while it renders
 * pages. Rejects with a `PackageBuildError` carrying the report.
 */
export function compileToolingInWorker(srcDir: string): Promise<PackageFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(srcDir, 'artifacts', 'compile-worker.ts'), { workerData: { srcDir } });
    worker.once('message', (message: { files?: PackageFile[]; error?: string }) => {
      if (message.files) resolve(message.files);
      else reject(new PackageBuildError(message.error ?? 'the npm package could not be compiled'));
      void worker.terminate();
    });
    worker.once('error', (error) => reject(new PackageBuildError(`the package compiler stopped: ${error.message}`)));
  });
}

/**
 * The main entry, `dist/index.js` and `dist/index.d.ts`, compiled from the typed module's text:
 * the package and `catalog.ts` are one API, one source.
 */
export async function compileMainEntry(apiModule: string): Promise<PackageFile[]> {
  const esbuild = await import('esbuild');
  const js = await esbuild.transform(apiModule, { loader: 'ts', format: 'esm', target: 'es2022', charset: 'utf8' });
  const declaration = ts.transpileDeclaration(apiModule, {
    fileName: 'index.ts',
    reportDiagnostics: true,
    compilerOptions: { declaration: true, isolatedDeclarations: true, target: ts.ScriptTarget.ES2022 },
  });
  const problems = declaration.diagnostics ?? [];
  if (problems.length > 0) {
    throw new PackageBuildError(
      `The package's main entry has no isolated declarations:\n${problems
        .map(
          (d) =>
            `${apiModule.slice(d.start ?? 0).split('\n')[0]}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
        )
        .join('\n')}`,
    );
  }
  return [
    { path: 'dist/index.js', bytes: encode(js.code) },
    { path: 'dist/index.d.ts', bytes: encode(declaration.outputText) },
  ];
}

/** The packages a set of compiled modules imports (bare specifiers, `zod/mini` → `zod`; `node:` builtins aside), sorted. */
export function importedPackages(files: readonly PackageFile[]): string[] {
  const names = new Set<string>();
  const decoder = new TextDecoder();
  for (const file of files) {
    if (!file.path.endsWith('.js') && !file.path.endsWith('.d.ts')) continue;
    const { importedFiles } = ts.preProcessFile(decoder.decode(file.bytes), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
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
  /** Where monitoring engineers read how to use it. */
  homepage: string;
  /** The licence, as the project's package.json states it. */
  license: string;
  /** The source repository, as the project's package.json states it. */
  repository: { type: string; url: string };
  /** The README's usage example (see `packageExample`), so that it is checked against the catalogue. */
  readmeExample: string;
}

/** The files of the package: `package.json`, README, the compiled code and the assets. */
export function packageFiles(input: PackageInput): PackageFile[] {
  const { catalog, mainEntry, tooling, assets, homepage, license, repository, readmeExample } = input;
  const assetExports = Object.fromEntries(Object.keys(assets).map((name) => [`./${name}`, `./${name}`]));
  const manifest = {
    name: PACKAGE_NAME,
    version: catalog.version,
    description:
      'ImagicleCare Catalogue: the events covered by Imagicle Proactive Support, with typed lookups, response deadlines, a simulator and the JSON Schemas, for monitoring components.',
    keywords: ['imagicle', 'imagiclecare', 'proactive-support', 'monitoring', 'catalogue'],
    homepage,
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

Integration guide: ${homepage}
`;
  return [
    { path: 'package.json', bytes: encode(`${JSON.stringify(manifest, null, 2)}\n`) },
    { path: 'README.md', bytes: encode(readme) },
    ...mainEntry,
    ...tooling,
    ...Object.entries(assets).map(([name, bytes]) => ({ path: name, bytes })),
  ].sort((a, b) => a.path.localeCompare(b.path));
}

const run = promisify(execFile);

/** Packs package files with `npm pack` in a temporary folder; returns the tarball's name and bytes. */
export async function packTarball(files: readonly PackageFile[]): Promise<{ name: string; bytes: Uint8Array }> {
  const stage = await mkdtemp(path.join(tmpdir(), 'care-catalog-package-'));
  try {
    const root = path.join(stage, 'package');
    for (const file of files) {
      const target = path.join(root, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.bytes, { mode: file.path === 'dist/cli.js' ? 0o755 : 0o644 });
    }
    const out = path.join(stage, 'out');
    await mkdir(out);
    const { stdout } = await run(
      'npm',
      ['pack', '--json', '--offline', '--ignore-scripts', '--pack-destination', out],
      {
        cwd: root,
        // No registry is involved in packing; keep npm from looking for updates or auditing.
        env: {
          ...process.env,
          npm_config_update_notifier: 'false',
          npm_config_fund: 'false',
          npm_config_audit: 'false',
        },
      },
    );
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    if (!packed) throw new PackageBuildError('npm pack produced no tarball');
    return { name: packed.filename, bytes: new Uint8Array(await readFile(path.join(out, packed.filename))) };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
