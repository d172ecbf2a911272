/**
 * The site's Content-Security-Policy, as Astro's `security.csp` takes it. Astro hashes the
 * scripts and styles it bundles; Starlight also ships a few `is:inline` scripts (theme, search
 * shortcut, sidebar state) that Astro does not hash, so their hashes are computed here from
 * Starlight's own component sources: an upgrade of Starlight can never leave them stale.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Directives besides script-src and style-src, which Astro writes itself. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

const INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

/** The bodies of the `is:inline` scripts of an Astro component's source. */
export function inlineScriptBodies(source: string): string[] {
  return [...source.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');
}

/** A CSP source expression for a script body: `sha256-<base64>`. */
export function scriptHash(body: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

/** Every `.astro` file below a folder. */
function astroFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => path.join(folder, file));
}

/** Hashes of the inline scripts of every Starlight component (stable order, no duplicates). */
export function starlightInlineScriptHashes(): `sha256-${string}`[] {
  // The package's exports hide package.json; a component's path leads to `dist/`.
  const footer = createRequire(import.meta.url).resolve('@astrojs/starlight/components/Footer.astro');
  const dist = path.dirname(path.dirname(footer));
  const hashes = astroFiles(dist)
    .sort()
    .flatMap((file) => inlineScriptBodies(readFileSync(file, 'utf8')).map(scriptHash));
  return [...new Set(hashes)];
}

/** The `security.csp` option of `astro.config.mjs`. */
export const cspConfig = {
  algorithm: 'SHA-256' as const,
  directives: [...CSP_DIRECTIVES],
  scriptDirective: {
    // Pagefind's search index is WebAssembly: it needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: starlightInlineScriptHashes(),
  },
  styleDirective: {
    // Starlight and Expressive Code set a few `style` attributes; attributes cannot run script,
    // so they are allowed while `<style>` elements stay limited to 'self' and Astro's hashes.
    resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }],
  },
};
