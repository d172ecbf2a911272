/**
 * `package/<name>-<version>.tgz`: the npm package for monitoring components, compiled from the
 * very `src/catalog` code the site runs (entry `src/catalog/index.ts`), with the catalogue's JSON
 * and schemas as `exports` subpaths. Node only: it compiles with TypeScript's API in memory and
 * packs a staged folder with `npm pack`, which normalizes mtimes and ordering (reproducible bytes).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import type { Catalog } from '../catalog/model.ts';

/** The package's name on the registry. */
export const PACKAGE_NAME = '@imagicle/care-catalog';

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

/** The file name `npm pack` gives a package: `@imagicle/care-catalog` 1.0.0 → `imagicle-care-catalog-1.0.0.tgz`. */
export function tarballName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/**
 * Compiles `src/catalog/index.ts` and everything it imports to ESM JavaScript and `.d.ts`
 * (relative `.ts` imports rewritten to `.js`), in memory. Paths are relative to `src/`, so that
 * `src/catalog/query.ts` becomes `dist/catalog/query.js`.
 */
export function compileLibrary(srcDir: string, entry = 'catalog/index.ts'): PackageFile[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    rewriteRelativeImportExtensions: true,
    allowImportingTsExtensions: true,
    verbatimModuleSyntax: true,
    declaration: true,
    strict: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    rootDir: srcDir,
    outDir: '/package/dist',
    newLine: ts.NewLineKind.LineFeed,
  };
  const program = ts.createProgram([path.join(srcDir, entry)], options);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const outputs: PackageFile[] = [];
  const result = program.emit(undefined, (fileName, text) => {
    outputs.push({ path: path.posix.relative('/package', fileName), bytes: new TextEncoder().encode(text) });
  });
  const problems = [...diagnostics, ...result.diagnostics];
  if (problems.length > 0) {
    const host: ts.FormatDiagnosticsHost = {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => '\n',
    };
    throw new PackageBuildError(`The npm package does not compile:\n${ts.formatDiagnostics(problems, host)}`.trimEnd());
  }
  return outputs.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * `compileLibrary` in a worker thread, so that a build can compile the package while it renders
 * pages. Rejects with a `PackageBuildError` carrying the compiler's report.
 */
export function compileLibraryInWorker(srcDir: string): Promise<PackageFile[]> {
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

/** The packages a set of compiled modules imports (bare specifiers, `zod/mini` → `zod`), sorted. */
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

/** What goes into the package besides the compiled library. */
export interface PackageInput {
  catalog: Catalog;
  /** Compiled library files (`dist/...`), from `compileLibrary`. */
  library: readonly PackageFile[];
  /** Artifact files to ship as subpaths, by file name (`catalog.json`, `event.schema.json`, ...). */
  assets: Readonly<Record<string, Uint8Array>>;
  /** Version ranges of the runtime dependencies, by package name. */
  dependencyVersions: Readonly<Record<string, string>>;
  /** Where monitoring engineers read how to use it. */
  homepage: string;
}

/** The files of the package: `package.json`, README, the library, the typed data module and the assets. */
export function packageFiles(input: PackageInput): PackageFile[] {
  const { catalog, library, assets, dependencyVersions, homepage } = input;
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  const dependencies: Record<string, string> = {};
  for (const name of importedPackages(library)) {
    const range = dependencyVersions[name];
    if (!range) throw new PackageBuildError(`The npm package imports "${name}", whose version is unknown.`);
    dependencies[name] = range;
  }
  const assetExports = Object.fromEntries(Object.keys(assets).map((name) => [`./${name}`, `./${name}`]));
  const manifest = {
    name: PACKAGE_NAME,
    version: catalog.version,
    description:
      'ImagicleCare Catalogue: the events covered by Imagicle Proactive Support, with typed lookups, response deadlines and the JSON Schemas, for monitoring components.',
    keywords: ['imagicle', 'imagiclecare', 'proactive-support', 'monitoring', 'catalogue'],
    homepage,
    type: 'module',
    sideEffects: false,
    engines: { node: '>=22.12.0' },
    types: './dist/catalog/index.d.ts',
    exports: {
      '.': { types: './dist/catalog/index.d.ts', default: './dist/catalog/index.js' },
      './catalog': { types: './dist/data.d.ts', default: './dist/data.js' },
      ...assetExports,
      './package.json': './package.json',
    },
    dependencies,
  };
  const union = (ids: readonly string[]): string => ids.map((id) => JSON.stringify(id)).join(' | ') || 'never';
  const dataJs = `/** ImagicleCare Catalogue ${catalog.version}, resolved and frozen. */
import { deepFreeze } from './catalog/model.js';

/** The whole catalogue, both languages, derived fields resolved (the content of catalog.json). */
export const catalog = deepFreeze(${JSON.stringify(catalog, null, 2)});
`;
  const dataDts = `import type { Catalog } from './catalog/model.js';

/** The whole catalogue, both languages, derived fields resolved (the content of catalog.json). */
export declare const catalog: Catalog;

/** Every event id of catalogue ${catalog.version}, deprecated ones included. */
export type EventId = ${union(catalog.events.map(({ id }) => id))};

/** Every priority id of catalogue ${catalog.version}. */
export type PriorityId = ${union(catalog.priorities.map(({ id }) => id))};
`;
  const readme = `# ${PACKAGE_NAME}

ImagicleCare Catalogue ${catalog.version} (updated ${catalog.updated}): the events covered by Imagicle
Proactive Support, for monitoring components. The version is the catalogue's own: a removed or
renamed event id is a major release, new or deprecated events and priority or response-time
changes are minor, wording fixes are patches.

\`\`\`js
import { getEvent, isCovered, responseDeadline } from '${PACKAGE_NAME}';
import { catalog } from '${PACKAGE_NAME}/catalog';

isCovered(catalog, 'voip-stack-crash'); // true
getEvent(catalog, 'voip-stack-crash')?.priority; // 'P1'
responseDeadline(catalog, 'voip-stack-crash', '2026-03-29T01:30:00+01:00'); // Date: 2026-03-29T01:30:00.000Z
\`\`\`

Subpaths: ${Object.keys(assets)
    .map((name) => `\`${PACKAGE_NAME}/${name}\``)
    .join(', ')}.

Integration guide: ${homepage}
`;
  return [
    { path: 'package.json', bytes: encode(`${JSON.stringify(manifest, null, 2)}\n`) },
    { path: 'README.md', bytes: encode(readme) },
    ...library,
    { path: 'dist/data.js', bytes: encode(dataJs) },
    { path: 'dist/data.d.ts', bytes: encode(dataDts) },
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
      await writeFile(target, file.bytes);
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
