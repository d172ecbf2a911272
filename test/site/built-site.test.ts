import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { findBrokenLinks, htmlFiles, isInternal, urlPathOf } from './built-site.ts';

/** Writes a tiny built site and returns its folder. */
function site(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'site-links-'));
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), html);
  }
  return folder;
}

test('files map to the URL paths they serve', () => {
  expect(['index.html', 'en/index.html', 'a/b/index.html', '404.html'].map(urlPathOf)).toEqual([
    '/',
    '/en/',
    '/a/b/',
    '/404.html',
  ]);
});

test('only links into the site are checked', () => {
  expect(['/a/', 'b/', '#x', '../c'].every(isInternal)).toBe(true);
  expect(['https://x.org/', 'mailto:a@b.c', 'tel:+39', '//cdn.x/'].some(isInternal)).toBe(false);
});

test('finds missing pages, missing anchors and links without their trailing slash', () => {
  const folder = site({
    'index.html': `<a href="/guide/#row-1">ok</a><a href="/guide/#row-2">bad anchor</a><a href="/missing/">bad page</a>
      <a href="/guide">no slash</a><a href="https://example.org/">external</a><a href="#top">own anchor</a>
      <link rel="stylesheet" href="/style.css"><h1 id="top">x</h1>`,
    'guide/index.html': '<tr id="row-1"></tr><a href="../#top">up</a>',
    'style.css': 'body{}',
  });
  expect(htmlFiles(folder)).toEqual(['guide/index.html', 'index.html']);
  expect(findBrokenLinks(folder)).toEqual([
    { from: '/', href: '/guide/#row-2', reason: 'no element with id "row-2" on /guide/' },
    { from: '/', href: '/missing/', reason: 'no such page or file' },
    { from: '/', href: '/guide', reason: 'no such page or file' },
  ]);
});
