import { describe, expect, it } from 'vitest';
import { fixStarlightMarkup, hideScriptsValidly, hideSearchShortcutHint } from '../../src/site/markup-fixes.ts';

describe('hideScriptsValidly', () => {
  it('wraps aria-hidden scripts in a hidden element and keeps their bodies byte for byte', () => {
    const body = '\n\t\t(() => { a(); })();\n\t';
    expect(hideScriptsValidly(`<x><script aria-hidden="true">${body}</script><y></y><script>z()</script></x>`)).toBe(
      `<x><div hidden><script>${body}</script></div><y></y><script>z()</script></x>`,
    );
  });
});

describe('hideSearchShortcutHint', () => {
  it('hides the shortcut hint of the search button only', () => {
    const html =
      '<kbd class="sl-hidden md:sl-flex x"></kbd><button data-open-modal disabled aria-label="Cerca"><span aria-hidden="true">Cerca</span><kbd class="sl-hidden md:sl-flex x"><kbd>Ctrl</kbd></kbd></button>';
    expect(hideSearchShortcutHint(html)).toBe(
      '<kbd class="sl-hidden md:sl-flex x"></kbd><button data-open-modal disabled aria-label="Cerca"><span aria-hidden="true">Cerca</span><kbd aria-hidden="true" class="sl-hidden md:sl-flex x"><kbd>Ctrl</kbd></kbd></button>',
    );
  });

  it('leaves a page without a search button unchanged', () => {
    expect(fixStarlightMarkup('<p>ok</p>')).toBe('<p>ok</p>');
  });
});
