/**
 * What a built page makes the browser download: its stylesheets, its scripts, and every JS
 * chunk those scripts import statically (dynamic `import()` loads on demand, so it is not
 * part of the page's weight). Pure: the caller supplies the file contents.
 */
import { parse } from 'node-html-parser';

/** The external assets an HTML page references. */
export interface PageAssets {
  /** `<link rel="stylesheet">` targets (print stylesheets included: browsers fetch them too). */
  stylesheets: string[];
  /** `<script src>` and `<link rel="modulepreload">` targets: the JS entry points. */
  scripts: string[];
  /** Specifiers imported statically by inline module scripts. */
  inlineImports: string[];
}

/** Lists the stylesheets and scripts a page's HTML references, in document order, without duplicates. */
export function pageAssets(html: string): PageAssets {
  const root = parse(html);
  const stylesheets = new Set<string>();
  const scripts = new Set<string>();
  const inlineImports = new Set<string>();
  for (const link of root.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')!;
    if (rel.includes('stylesheet')) stylesheets.add(href);
    else if (rel.includes('modulepreload')) scripts.add(href);
  }
  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) scripts.add(src);
    else if (script.getAttribute('type') === 'module') {
      for (const specifier of staticImports(script.rawText)) inlineImports.add(specifier);
    }
  }
  return { stylesheets: [...stylesheets], scripts: [...scripts], inlineImports: [...inlineImports] };
}

// `import x from "…"`, `import {a as b} from "…"`, `import * as n from "…"`, `import "…"` and
// `export … from "…"`, as bundlers print them (minified or not). `import(` and `import.meta`
// do not match: a quote or a binding must follow `import`.
const STATIC_IMPORT =
  /(?:^|[^\w$.])(?:import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*(?:from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'])([^"'\n]+)\1/g;

/** The specifiers a JS module imports statically (including `export … from`), in order, without duplicates. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const whole = match[0];
    // `import x` with no `from` is not an import of a file; only `import "…"` and `… from "…"` are.
    if (/import\s*[\w${*]/.test(whole) && !/from\s*["']/.test(whole)) continue;
    found.add(match[2]!);
  }
  return [...found];
}

/** Resolves a specifier against the site path of the module importing it; `undefined` for bare specifiers and other hosts. */
export function resolveSitePath(specifier: string, from: string): string | undefined {
  if (!/^(?:\.{1,2}\/|\/)/.test(specifier)) return undefined;
  const base = new URL(from, 'http://site.invalid/');
  const url = new URL(specifier, base);
  return url.host === 'site.invalid' ? url.pathname : undefined;
}

/** The modules reached from some entry points by static imports. */
export interface ImportGraph {
  /** Every module reached (entries included), in discovery order. */
  modules: string[];
  /** Modules that were referenced but could not be read. */
  missing: string[];
}

/**
 * Walks static imports from `entries` (site paths such as `/_astro/page.js`), reading each
 * module once with `read` (`undefined` when the file does not exist). Cycles are fine.
 */
export function walkImports(entries: readonly string[], read: (sitePath: string) => string | undefined): ImportGraph {
  const modules: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const current = queue.shift()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const code = read(current);
    if (code === undefined) {
      missing.push(current);
      continue;
    }
    modules.push(current);
    for (const specifier of staticImports(code)) {
      const target = resolveSitePath(specifier, current);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return { modules, missing };
}

/** The bundler names chunks after their source module: `Search.astro_astro_type_script….js` → `Search`. */
export function chunkStem(sitePath: string): string {
  const file = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  return file.split('.')[0]!;
}
