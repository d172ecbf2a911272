/**
 * Helpers over a built site folder (`ASTRO_OUT_DIR`, default `dist`): its HTML files, the URL
 * path each one serves, and the internal links and anchors between them. Used by the whole-site
 * checks in `test/e2e/site-*.test.ts`, which run after `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The build folder under test: `ASTRO_OUT_DIR` (relative to the project) or `dist`. */
export function buildFolder(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env['ASTRO_OUT_DIR'] ?? 'dist');
}

/** Every `.html` file below a folder, as paths relative to it, sorted. */
export function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The URL path a built file is served at: `en/index.html` → `/en/`, `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** A parsed page: its URL path, the ids it defines, and the internal links it holds. */
export interface PageLinks {
  file: string;
  path: string;
  ids: Set<string>;
  links: { href: string; element: string }[];
}

/** Attributes that carry links Starlight and our pages emit. */
const LINK_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['area[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
];

/** Reads one page's ids and the links that stay on this site (no scheme, no `//host`). */
export function pageLinks(file: string, html: string): PageLinks {
  const root = parse(html);
  const ids = new Set(root.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? ''));
  // Starlight's page title target and `#` alone ("top of page") are always valid.
  ids.add('_top');
  const links = LINK_ATTRIBUTES.flatMap(([selector, attribute]) =>
    root.querySelectorAll(selector).map((element: HTMLElement) => ({
      href: element.getAttribute(attribute) ?? '',
      element: element.tagName.toLowerCase(),
    })),
  ).filter(({ href }) => isInternal(href));
  return { file, path: urlPathOf(file), ids, links };
}

/** True for links that point into this site: relative, root-relative or fragment-only. */
export function isInternal(href: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');
}

/** A link that leads nowhere in the build. */
export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

/**
 * Checks every internal link of every page: the target file exists in the build, and a
 * `#fragment` names an id on the target page. Returns the broken ones, in page order.
 */
export function findBrokenLinks(folder: string, files: string[] = htmlFiles(folder)): BrokenLink[] {
  const pages = new Map<string, PageLinks>();
  for (const file of files) {
    const page = pageLinks(file, readFileSync(path.join(folder, file), 'utf8'));
    pages.set(page.path, page);
  }
  const broken: BrokenLink[] = [];
  for (const page of pages.values()) {
    for (const { href } of page.links) {
      const url = new URL(href, `http://site.invalid${page.path}`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      const targetPath = decodeURI(url.pathname);
      const target = pages.get(targetPath);
      if (!target) {
        if (!existsAsFile(folder, targetPath)) broken.push({ from: page.path, href, reason: 'no such page or file' });
        continue;
      }
      if (fragment && !target.ids.has(fragment)) {
        broken.push({ from: page.path, href, reason: `no element with id "${fragment}" on ${targetPath}` });
      }
    }
  }
  return broken;
}

/** True when a URL path names a file of the build (assets, JSON, sitemap…), or a folder with index.html. */
function existsAsFile(folder: string, urlPath: string): boolean {
  const local = path.join(folder, urlPath);
  if (!local.startsWith(folder)) return false;
  if (urlPath.endsWith('/')) return existsSync(path.join(local, 'index.html'));
  return existsSync(local) && !readdirSafe(local);
}

/** True when a path is a folder (a link to it without its trailing slash is a redirect, not a page). */
function readdirSafe(local: string): boolean {
  try {
    readdirSync(local);
    return true;
  } catch {
    return false;
  }
}
