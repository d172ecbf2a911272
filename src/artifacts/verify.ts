/**
 * Checks a build folder's artifacts against their manifest (Node only): every listed file is
 * there with its size and sha256, nothing unlisted sits next to them, and the npm tarball holds
 * what its `package.json` promises. Used by `npm run artifacts:verify` and by CI before publishing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import { z } from 'zod';
import type { Locale } from '../catalog/model.ts';
import { verifyText } from './verify-messages.ts';
import { zodErrorMap } from '../catalog/messages/zod-locale.ts';
import { readFailureReason } from '../catalog/messages/command.ts';
import { jsonSyntaxProblem, simulatorMessages } from '../catalog/messages/simulator.ts';
import { readJson } from '../catalog/json-text.ts';
import { sha256Hex } from '../catalog/source/digest.ts';
import type { Manifest } from './manifest.ts';
import { importedPackages } from './package.ts';
import {
  CATALOG_DIR,
  catalogFolderPath,
  MANIFEST_PATH,
  PACKAGE_DIR,
  PACKAGE_NAME,
  PDF_DIR,
  tarballPath,
} from './paths.ts';

/** One regular file of a tarball. */
export interface TarEntry {
  path: string;
  bytes: Uint8Array;
  /** Modification time, seconds since the epoch. */
  mtime: number;
  mode: number;
}

/** The regular files of a `.tgz` (npm's tarball), in archive order; rejects a truncated or corrupt archive. */
export async function readTarball(tgz: Uint8Array): Promise<TarEntry[]> {
  const archive = extract();
  archive.end(gunzipSync(tgz));
  const entries: TarEntry[] = [];
  for await (const entry of archive) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of entry) chunks.push(chunk as Uint8Array);
    const { name, type, mtime, mode } = entry.header;
    if (type !== 'file' && type !== 'contiguous-file') continue;
    entries.push({ path: name, bytes: Buffer.concat(chunks), mtime: mtime.getTime() / 1000, mode });
  }
  return entries;
}

/** The outcome of a verification: what was checked and every problem found. */
export interface VerifyResult {
  manifest?: Manifest;
  /** Number of manifest entries checked. */
  checked: number;
  /** Files inside the tarball. */
  tarballFiles: number;
  problems: string[];
}

/** The manifest's shape: anything else is reported, never trusted. */
const ManifestShape = z.object({
  version: z.string(),
  updated: z.string(),
  sourceSha256: z.string(),
  artifacts: z.array(z.object({ path: z.string(), size: z.number(), sha256: z.string() })),
});

/** Why a manifest path may not be followed (absolute, `..`, outside the folder), or undefined. */
export function unsafeManifestPath(outDir: string, entryPath: string, locale: Locale = 'en'): string | undefined {
  const t = verifyText(locale);
  if (entryPath === '' || path.isAbsolute(entryPath) || /^[a-zA-Z]:|\\/.test(entryPath)) return t('notRelative');
  if (entryPath.split('/').some((part) => part === '..' || part === '.' || part === '')) return t('leavesBySegments');
  const resolved = path.resolve(outDir, entryPath);
  if (!resolved.startsWith(path.resolve(outDir) + path.sep)) return t('leaves');
  return undefined;
}

/**
 * Where and why a text is not JSON, worded in `locale` (`3:14: expected "," or "}"…`): the
 * project's reader locates and words it, since `JSON.parse` says it in the engine's English.
 * Called only once `JSON.parse` has failed, which stays the fast path for large files.
 */
function jsonSyntaxReason(text: string, locale: Locale): string {
  const read = readJson(text, 0);
  // JSON.parse and the reader follow the same grammar; a text only one of them refuses is not JSON either.
  if (read.ok) return simulatorMessages[locale]['syntax.expected-value'];
  const { line, column, reason } = jsonSyntaxProblem(text, read.error, locale);
  return `${line}:${column}: ${reason}`;
}

/** A JSON text's value, or why it is not JSON (located, in `locale`). */
function parseJson(text: string, locale: Locale): { value: unknown } | { reason: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { reason: jsonSyntaxReason(text, locale) };
  }
}

/** A JSON file's content, or the reason it cannot be read, in `locale`. */
function readJsonFile(file: string, locale: Locale): { value: unknown } | { error: string } {
  const t = verifyText(locale);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { error: t('unreadable', { reason: readFailureReason(error, locale) }) };
  }
  const parsed = parseJson(text, locale);
  return 'reason' in parsed ? { error: t('notJson', { reason: parsed.reason }) } : parsed;
}

/** Every target path named by an `exports` map (strings, nested conditions). */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports && typeof exports === 'object') return Object.values(exports).flatMap(exportTargets);
  return [];
}

/** Verifies the artifacts of the build folder `outDir`; the problems are worded in `locale`. */
export async function verifyArtifacts(outDir: string, locale: Locale = 'en'): Promise<VerifyResult> {
  const t = verifyText(locale);
  const problems: string[] = [];
  const result: VerifyResult = { checked: 0, tarballFiles: 0, problems };
  const manifestFile = path.join(outDir, MANIFEST_PATH);
  if (!existsSync(manifestFile)) {
    problems.push(t('manifestMissing', { file: manifestFile }));
    return result;
  }
  const read = readJsonFile(manifestFile, locale);
  if ('error' in read) {
    problems.push(`${MANIFEST_PATH}: ${read.error}`);
    return result;
  }
  const shape = ManifestShape.safeParse(read.value, { error: zodErrorMap(locale) });
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : t('theManifest');
    problems.push(t('malformed', { file: MANIFEST_PATH, where, problem: issue.message }));
    return result;
  }
  const manifest: Manifest = shape.data;
  result.manifest = manifest;
  const listed = new Set<string>();
  for (const entry of manifest.artifacts ?? []) {
    const unsafe = unsafeManifestPath(outDir, entry.path, locale);
    if (unsafe) {
      problems.push(t('refused', { path: JSON.stringify(entry.path), reason: unsafe }));
      continue;
    }
    listed.add(entry.path);
    result.checked += 1;
    const file = path.join(outDir, entry.path);
    if (!existsSync(file)) {
      problems.push(t('listedMissing', { path: entry.path }));
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      problems.push(t('fileUnreadable', { path: entry.path, reason: readFailureReason(error, locale) }));
      continue;
    }
    if (bytes.byteLength !== entry.size)
      problems.push(t('size', { path: entry.path, actual: bytes.byteLength, expected: entry.size }));
    const hash = sha256Hex(bytes);
    if (hash !== entry.sha256) problems.push(t('sha', { path: entry.path, actual: hash, expected: entry.sha256 }));
  }
  for (const folder of [CATALOG_DIR, PACKAGE_DIR, PDF_DIR]) {
    const dir = path.join(outDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const relative = `${folder}/${name}`;
      if (relative !== MANIFEST_PATH && !listed.has(relative)) problems.push(t('unlisted', { path: relative }));
    }
  }

  const catalogFile = path.join(outDir, CATALOG_DIR, 'catalog.json');
  const catalogJson = existsSync(catalogFile) ? readJsonFile(catalogFile, locale) : undefined;
  if (catalogJson && 'error' in catalogJson) problems.push(`${CATALOG_DIR}/catalog.json: ${catalogJson.error}`);
  else if (catalogJson) {
    const catalog = (catalogJson.value ?? {}) as { version?: string; sourceSha256?: string };
    if (catalog.version !== manifest.version) {
      problems.push(
        t('versionMismatch', { manifest: MANIFEST_PATH, version: manifest.version, other: String(catalog.version) }),
      );
    }
    if (catalog.sourceSha256 !== manifest.sourceSha256) {
      problems.push(t('sourceMismatch', { manifest: MANIFEST_PATH }));
    }
  } else {
    problems.push(t('catalogMissing', { path: `${CATALOG_DIR}/catalog.json` }));
  }

  const tarball = tarballPath(manifest.version);
  if (!listed.has(tarball) || !existsSync(path.join(outDir, tarball))) {
    problems.push(t('packageMissing', { path: tarball, version: manifest.version }));
    return result;
  }
  let entries: TarEntry[];
  try {
    entries = await readTarball(readFileSync(path.join(outDir, tarball)));
  } catch (error) {
    problems.push(t('fileUnreadable', { path: tarball, reason: readFailureReason(error, locale) }));
    return result;
  }
  result.tarballFiles = entries.length;
  problems.push(...checkTarball(tarball, entries, manifest.version, outDir, locale));
  return result;
}

/** Checks a package tarball's files against its own `package.json` and the published artifacts. */
export function checkTarball(
  label: string,
  entries: readonly TarEntry[],
  version: string,
  outDir: string,
  locale: Locale = 'en',
): string[] {
  const t = verifyText(locale);
  const problems: string[] = [];
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  for (const entry of entries) {
    if (!entry.path.startsWith('package/')) problems.push(t('outside', { label, path: entry.path }));
  }
  const mtimes = new Set(entries.map((entry) => entry.mtime));
  if (mtimes.size > 1) problems.push(t('mtimes', { label }));
  const manifestEntry = byPath.get('package/package.json');
  if (!manifestEntry) return [...problems, t('noPackageJson', { label })];
  let pkg: {
    name?: string;
    version?: string;
    exports?: unknown;
    dependencies?: Record<string, string>;
  };
  const parsed = parseJson(new TextDecoder().decode(manifestEntry.bytes), locale);
  if ('reason' in parsed) return [...problems, t('packageJsonNotJson', { label, reason: parsed.reason })];
  pkg = (parsed.value ?? {}) as typeof pkg;
  if (pkg.name !== PACKAGE_NAME)
    problems.push(t('packageName', { label, name: String(pkg.name), expected: PACKAGE_NAME }));
  if (pkg.version !== version)
    problems.push(t('packageVersion', { label, version: String(pkg.version), expected: version }));
  for (const target of exportTargets(pkg.exports)) {
    const inside = `package/${target.replace(/^\.\//, '')}`;
    if (!byPath.has(inside)) problems.push(t('exportMissing', { label, target }));
  }
  for (const [subpath, target] of Object.entries((pkg.exports ?? {}) as Record<string, unknown>)) {
    if (typeof target !== 'string' || !subpath.endsWith('.json') || subpath === './package.json') continue;
    const published = path.join(outDir, catalogFolderPath(subpath.slice(2)));
    const packed = byPath.get(`package/${target.slice(2)}`);
    if (packed && (!existsSync(published) || sha256Hex(readFileSync(published)) !== sha256Hex(packed.bytes))) {
      problems.push(t('exportDiffers', { label, subpath, published: catalogFolderPath(subpath.slice(2)) }));
    }
  }
  const code = entries.map((entry) => ({ path: entry.path, bytes: entry.bytes }));
  for (const name of importedPackages(code)) {
    if (!pkg.dependencies?.[name]) problems.push(t('undeclared', { label, name }));
  }
  return problems;
}
