import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  gzipSize,
  PAGE_TYPES,
  pageTypeKey,
  projectModuleNames,
  weighPage,
  weighSite,
  withoutMainContent,
} from '../../../scripts/bench/weights.ts';

const SITE = path.resolve('test/fixtures/bench/site');
const gz = (file: string): number => gzipSync(readFileSync(path.join(SITE, file)), { level: 9 }).length;
const OWN = new Set(['EventsTable']);

describe('gzipSize', () => {
  it('is the length of a valid gzip stream of the content', () => {
    const text = 'abc'.repeat(1000);
    const size = gzipSize(text);
    expect(size).toBeLessThan(text.length / 10);
    expect(size).toBe(gzipSync(text, { level: 9 }).length);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
  });
});

describe('weighPage', () => {
  it('counts the HTML, every stylesheet, and the JS its scripts load statically (not lazy chunks)', () => {
    const home = weighPage(SITE, 'home', '', OWN);
    expect(home.found).toBe(true);
    expect(home.html).toBe(gz('index.html'));
    expect(home.css).toBe(gz('_astro/common.css') + gz('_astro/print.css'));
    expect(home.js).toBe(gz('_astro/Search.astro_astro_type_script_index_0_lang.js') + gz('_astro/shared.js'));
    expect(home.ownJs).toBe(0);
    expect(home.total).toBe(home.html + home.css + home.js);
    expect(home.missing).toEqual([]);
  });

  it('counts as own JS what the page’s own entries load beyond Starlight’s', () => {
    const table = weighPage(SITE, 'table', 'proactive-support/events/', OWN);
    const own =
      gz('_astro/EventsTable.astro_astro_type_script_index_0_lang.js') + gz('_astro/filter.js') + gz('_astro/cycle.js');
    expect(table.ownJs).toBe(own);
    expect(table.js).toBe(own + gz('_astro/Search.astro_astro_type_script_index_0_lang.js') + gz('_astro/shared.js'));
    expect(table.assets.filter((asset) => asset.own).map((asset) => asset.path)).toEqual([
      '/_astro/EventsTable.astro_astro_type_script_index_0_lang.js',
      '/_astro/filter.js',
      '/_astro/cycle.js',
    ]);
  });

  it('reports a page that was not built instead of failing', () => {
    const pages = weighSite(SITE, OWN);
    expect(pages.map((page) => [page.type, page.found])).toEqual([
      ['home', true],
      ['guide', false],
      ['event page', false],
      ['table', true],
      ['simulator', false],
    ]);
  });
});

describe('projectModuleNames', () => {
  it('lists the base names of the project’s modules', () => {
    const names = projectModuleNames(path.resolve('src'));
    expect(names.has('events-table')).toBe(true);
    expect(names.has('Search')).toBe(false);
  });
});

describe('withoutMainContent', () => {
  it('empties the main element and keeps the frame around it', () => {
    const html =
      '<body><nav>menu</nav><main class="x"><h1>Title</h1><table><tr><td>1</td></tr></table></main><footer>f</footer></body>';
    expect(withoutMainContent(html)).toBe('<body><nav>menu</nav><main class="x"></main><footer>f</footer></body>');
    expect(withoutMainContent('<p>no main</p>')).toBe('<p>no main</p>');
  });
});

describe('pageTypeKey', () => {
  it('is the page type with dashes for spaces, one key per type', () => {
    expect(pageTypeKey('event page')).toBe('event-page');
    expect(pageTypeKey('home')).toBe('home');
    const keys = PAGE_TYPES.map(({ type }) => pageTypeKey(type));
    expect(new Set(keys).size).toBe(PAGE_TYPES.length);
    for (const key of keys) expect(key).toMatch(/^[a-z-]+$/);
  });
});
