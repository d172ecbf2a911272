import { describe, expect, it } from 'vitest';
import { chunkStem, pageAssets, resolveSitePath, staticImports, walkImports } from '../../../scripts/bench/assets.ts';

describe('staticImports', () => {
  it('finds the static imports bundlers print, minified or not', () => {
    const code = [
      'import{t as e}from"./toc.js";',
      'import"./side-effect.js";',
      "import def, { named } from '../up.js';",
      'import * as all from "./star.js";',
      'export{x as y}from"./re.js";export*from"./every.js";',
    ].join('');
    expect(staticImports(code)).toEqual([
      './toc.js',
      './side-effect.js',
      '../up.js',
      './star.js',
      './re.js',
      './every.js',
    ]);
  });
  it('ignores dynamic imports, import.meta and look-alike words', () => {
    const code = 'import(`./lazy.js`);import("./lazy2.js");new URL(import.meta.url);important"x";a.import"y";';
    expect(staticImports(code)).toEqual([]);
  });
});

describe('pageAssets', () => {
  it('lists stylesheets, script entries and the imports of inline modules', () => {
    const html = `<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print">
      <link rel="canonical" href="/"><link rel="modulepreload" href="/pre.js">
      <script type="module" src="/e.js"></script><script>var classic = 1;</script>
      <script type="module">import { x } from "/inline-dep.js"; x();</script>`;
    expect(pageAssets(html)).toEqual({
      stylesheets: ['/a.css', '/p.css'],
      scripts: ['/pre.js', '/e.js'],
      inlineImports: ['/inline-dep.js'],
    });
  });
});

describe('resolveSitePath and chunkStem', () => {
  it('resolves relative and absolute specifiers, not bare ones or other hosts', () => {
    expect(resolveSitePath('./b.js', '/_astro/a.js')).toBe('/_astro/b.js');
    expect(resolveSitePath('../x/c.js', '/_astro/a.js')).toBe('/x/c.js');
    expect(resolveSitePath('/_astro/d.js', '/en/page/')).toBe('/_astro/d.js');
    expect(resolveSitePath('zod', '/_astro/a.js')).toBeUndefined();
    expect(resolveSitePath('//cdn.example.com/x.js', '/')).toBeUndefined();
  });
  it('names a chunk after its source module', () => {
    expect(chunkStem('/_astro/Search.astro_astro_type_script_index_0_lang.BH3XwIQL.js')).toBe('Search');
  });
});

describe('walkImports', () => {
  const files: Record<string, string> = {
    '/_astro/entry.js': 'import{a}from"./a.js";import"./b.js";import(`./lazy.js`);',
    '/_astro/a.js': 'import"./b.js";export const a=1;',
    '/_astro/b.js': 'import"./a.js";import"./gone.js";',
    '/_astro/lazy.js': 'export{}',
  };
  it('follows static imports once each, through cycles, and reports missing files', () => {
    const graph = walkImports(['/_astro/entry.js'], (site) => files[site]);
    expect(graph.modules).toEqual(['/_astro/entry.js', '/_astro/a.js', '/_astro/b.js']);
    expect(graph.missing).toEqual(['/_astro/gone.js']);
  });
});
