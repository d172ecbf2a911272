/**
 * The gzipped weight of each page type of a built site (Node only): HTML, CSS and JS, and the
 * JS that is the page's own rather than Starlight's.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunkStem, pageAssets, resolveSitePath, walkImports } from './assets.ts';

/** Bytes after gzip at the highest level, as size-limit measures them. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/** The page types the benchmark weighs, with their route (Italian, the default locale). */
export const PAGE_TYPES = [
  { type: 'home', route: '' },
  { type: 'guide', route: 'proactive-support/' },
  { type: 'event page', route: 'proactive-support/events/<first event>/' },
  { type: 'table', route: 'proactive-support/events/' },
  { type: 'simulator', route: 'proactive-support/simulator/' },
] as const;

/** A page type's name. */
export type PageType = (typeof PAGE_TYPES)[number]['type'];

/** A page type as it appears in a figure's key (`event page` → `event-page`). */
export function pageTypeKey(type: PageType): string {
  return type.replaceAll(' ', '-');
}

/** One downloaded file and its gzipped size. */
export interface AssetWeight {
  path: string;
  gzip: number;
  /** For JS: loaded because of the page's own scripts, not Starlight's. */
  own?: boolean;
}

/** The weight of one page; sizes in gzipped bytes. `found: false` when the page was not built. */
export interface PageWeight {
  type: PageType;
  route: string;
  found: boolean;
  html: number;
  /** The HTML without the content of `<main>`: Starlight's frame (head, header, sidebar) and ours. */
  htmlFrame: number;
  css: number;
  js: number;
  ownJs: number;
  total: number;
  assets: AssetWeight[];
  /** Referenced files missing from the build (a broken page). */
  missing: string[];
}

/** The HTML file of a route, `undefined` when not built. Resolves `<first event>` to the first event page in name order. */
export function routeFile(distDir: string, route: string): { route: string; file: string } | undefined {
  let resolved = route;
  if (route.includes('<first event>')) {
    const eventsDir = path.join(distDir, 'proactive-support', 'events');
    const first = existsSync(eventsDir)
      ? readdirSync(eventsDir)
          .filter((name) => existsSync(path.join(eventsDir, name, 'index.html')))
          .sort()[0]
      : undefined;
    if (!first) return undefined;
    resolved = route.replace('<first event>', first);
  }
  const file = path.join(distDir, resolved, 'index.html');
  return existsSync(file) ? { route: resolved, file } : undefined;
}

/** Base names (without extension) of the project's own source modules: chunks named after them are ours. */
export function projectModuleNames(srcDir: string): Set<string> {
  const names = new Set<string>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(astro|ts|js|mjs)$/.test(entry.name)) names.add(entry.name.split('.')[0]!);
    }
  };
  if (existsSync(srcDir)) visit(srcDir);
  return names;
}

/**
 * Weighs one page: its HTML, every stylesheet, and every JS module its scripts load statically.
 * A JS entry is the page's own when its chunk is named after one of `ownModules`; own JS is what
 * those entries load beyond what the other (Starlight's) entries load.
 */
export function weighPage(distDir: string, type: PageType, route: string, ownModules: Set<string>): PageWeight {
  const empty = { html: 0, htmlFrame: 0, css: 0, js: 0, ownJs: 0, total: 0, assets: [], missing: [] };
  const page = routeFile(distDir, route);
  if (!page) return { type, route, found: false, ...empty };
  const sitePath = `/${page.route}`;
  const html = readFileSync(page.file);
  const assets = pageAssets(html.toString('utf8'));
  const cache = new Map<string, Buffer | undefined>();
  const readBytes = (site: string): Buffer | undefined => {
    if (!cache.has(site)) {
      const file = path.join(distDir, decodeURIComponent(site));
      cache.set(site, existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined);
    }
    return cache.get(site);
  };
  const readText = (site: string): string | undefined => readBytes(site)?.toString('utf8');
  const resolveAll = (specifiers: string[]): string[] =>
    specifiers.map((specifier) => resolveSitePath(specifier, sitePath)).filter((site) => site !== undefined);

  const entries = resolveAll([...assets.scripts, ...assets.inlineImports]);
  const ownEntries = entries.filter((entry) => ownModules.has(chunkStem(entry)));
  const baseEntries = entries.filter((entry) => !ownModules.has(chunkStem(entry)));
  const all = walkImports(entries, readText);
  const base = new Set(walkImports(baseEntries, readText).modules);
  const own = new Set(walkImports(ownEntries, readText).modules.filter((module) => !base.has(module)));

  const weights: AssetWeight[] = [];
  const missing = [...all.missing];
  let css = 0;
  for (const sheet of resolveAll(assets.stylesheets)) {
    const bytes = readBytes(sheet);
    if (!bytes) {
      missing.push(sheet);
      continue;
    }
    const gzip = gzipSize(bytes);
    css += gzip;
    weights.push({ path: sheet, gzip });
  }
  let js = 0;
  let ownJs = 0;
  for (const module of all.modules) {
    const gzip = gzipSize(readBytes(module)!);
    js += gzip;
    if (own.has(module)) ownJs += gzip;
    weights.push({ path: module, gzip, own: own.has(module) });
  }
  const htmlGzip = gzipSize(html);
  return {
    type,
    route: page.route,
    found: true,
    html: htmlGzip,
    htmlFrame: gzipSize(withoutMainContent(html.toString('utf8'))),
    css,
    js,
    ownJs,
    total: htmlGzip + css + js,
    assets: weights,
    missing,
  };
}

/** Weighs every page type of a built site. */
export function weighSite(distDir: string, ownModules: Set<string>): PageWeight[] {
  return PAGE_TYPES.map(({ type, route }) => weighPage(distDir, type, route, ownModules));
}

/** The HTML with the content of its `<main>` element removed (the whole page when it has none). */
export function withoutMainContent(html: string): string {
  return html.replace(/(<main\b[^>]*>)[\s\S]*<\/main>/i, '$1</main>');
}
