/**
 * Fixes to Starlight's own markup, applied to every rendered page (`src/middleware.ts`), so that
 * every page passes the W3C Nu Html Checker and axe-core 4.14. Each fix keeps what the original
 * markup is for; a Starlight upgrade that changes this markup is caught by the vnu and axe tests.
 */
import { moveCspMetaFirst } from './csp-first.ts';

/**
 * The sidebar's inline scripts carry `aria-hidden` (invalid on `<script>`) to keep Safari's
 * VoiceOver from reading them inside a `display: contents` parent: a `hidden` wrapper does the
 * same validly, and the scripts still run where they stand (their bodies, and so their CSP
 * hashes, are unchanged).
 */
export function hideScriptsValidly(html: string): string {
  return html.replace(
    /<script aria-hidden="true">([\s\S]*?)<\/script>/g,
    (_, body: string) => `<div hidden><script>${body}</script></div>`,
  );
}

/**
 * The header's search button is named "Search" (aria-label) but shows "Search Ctrl K": its name
 * becomes the whole visible text, so that people who speak or read the label find it (WCAG 2.5.3,
 * Label in Name), and spaces between the label and the keys (not rendered between flex items)
 * make them separate words for checkers and assistive technology too; `aria-keyshortcuts` still announces the shortcut.
 */
export function nameSearchButtonByItsText(html: string): string {
  return html.replace(/<button data-open-modal[\s\S]*?<\/button>/, (button) => {
    const keys = [...button.matchAll(/<kbd[^>]*>([^<]*)<\/kbd>/g)].map((match) => match[1]);
    return button
      .replace(/aria-label="([^"]*)"/, (_, label: string) => `aria-label="${[label, ...keys].join(' ')}"`)
      .replace(/<\/span><kbd/, '</span> <kbd')
      .replace(/<\/kbd><kbd/g, '</kbd> <kbd');
  });
}

/**
 * Every fix, in order, and the CSP `<meta>` moved first in `<head>` (see `csp-first.ts`). All of
 * them concern the head, header and sidebar, which come before `<main>`: the page's content (the
 * event table is 1.9 MB at 2,000 events) is passed through unscanned.
 */
export function fixStarlightMarkup(html: string): string {
  const main = html.indexOf('<main');
  const frame = main < 0 ? html : html.slice(0, main);
  const fixed = moveCspMetaFirst(nameSearchButtonByItsText(hideScriptsValidly(frame)));
  return main < 0 ? fixed : fixed + html.slice(main);
}
