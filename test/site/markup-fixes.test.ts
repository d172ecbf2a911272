import { describe, expect, it } from 'vitest';
import { fixStarlightMarkup, hideScriptsValidly, nameSearchButtonByItsText } from '../../src/site/markup-fixes.ts';

describe('hideScriptsValidly', () => {
  it('wraps aria-hidden scripts in a hidden element and keeps their bodies byte for byte', () => {
    const body = '\n\t\t(() => { a(); })();\n\t';
    expect(hideScriptsValidly(`<x><script aria-hidden="true">${body}</script><y></y><script>z()</script></x>`)).toBe(
      `<x><div hidden><script>${body}</script></div><y></y><script>z()</script></x>`,
    );
  });
});

describe('nameSearchButtonByItsText', () => {
  it('names the search button by its visible label and shortcut hint', () => {
    const html =
      '<button data-open-modal disabled aria-label="Cerca" aria-keyshortcuts="Control+K" class="a"><svg aria-hidden="true"></svg><span class="a" aria-hidden="true">Cerca</span><kbd class="sl-hidden md:sl-flex a" style="display: none;"><kbd class="a">Ctrl</kbd><kbd class="a">K</kbd></kbd></button><button aria-label="Cerca">';
    expect(nameSearchButtonByItsText(html)).toBe(
      html
        .replace('aria-label="Cerca" aria-keyshortcuts', 'aria-label="Cerca Ctrl K" aria-keyshortcuts')
        .replace('Cerca</span><kbd', 'Cerca</span> <kbd')
        .replace('Ctrl</kbd><kbd', 'Ctrl</kbd> <kbd'),
    );
  });

  it('leaves a page without a search button unchanged', () => {
    expect(fixStarlightMarkup('<p>ok</p>')).toBe('<p>ok</p>');
  });
});

describe('fixStarlightMarkup', () => {
  it('fixes the page frame before <main> and passes the content through unscanned', () => {
    const frame =
      '<head><meta charset="utf-8"/><title>t</title><meta http-equiv="content-security-policy" content="x"></head><script aria-hidden="true">a()</script>';
    const content = '<main><script aria-hidden="true">b()</script></main>';
    expect(fixStarlightMarkup(frame + content)).toBe(
      '<head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="x"><title>t</title></head><div hidden><script>a()</script></div>' +
        content,
    );
  });
});
