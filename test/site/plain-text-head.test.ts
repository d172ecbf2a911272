/** Catalogue texts never become markup in <head>: the title is escaped, the CSP <meta> leads. */
import { expect, test } from 'vitest';
import { moveCspMetaFirst } from '../../src/site/csp-first.ts';
import { escapeHeadTitles } from '../../src/site/plain-text-head.ts';

test('the <title> entry is escaped; other entries are left to Astro, which escapes attributes', () => {
  const head = [
    { tag: 'title' as const, attrs: {}, content: '</title><script>alert(1)</script> & co | Guida' },
    { tag: 'meta' as const, attrs: { property: 'og:title', content: '</title>' } },
  ];
  escapeHeadTitles(head);
  expect(head[0]!.content).toBe('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co | Guida');
  expect(head[1]!.attrs).toEqual({ property: 'og:title', content: '</title>' });
});

test('the CSP <meta> moves to the top of <head>, after <meta charset> only', () => {
  const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>t</title><script>x()</script>${csp}</head><body></body></html>`;
  expect(moveCspMetaFirst(page)).toBe(
    `<!DOCTYPE html><html><head><meta charset="utf-8"/>${csp}<title>t</title><script>x()</script></head><body></body></html>`,
  );
  expect(moveCspMetaFirst('<html><head><title>t</title></head></html>')).toBe(
    '<html><head><title>t</title></head></html>',
  );
  expect(moveCspMetaFirst(`<html><head lang="it"><title>t</title>${csp}</head></html>`)).toBe(
    `<html><head lang="it">${csp}<title>t</title></head></html>`,
  );
});
