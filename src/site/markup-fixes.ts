/**
 * Fixes to Starlight's own markup, applied to every rendered page (`src/middleware.ts`), so that
 * every page passes the W3C Nu Html Checker and axe-core 4.14. Each fix keeps what the original
 * markup is for; a Starlight upgrade that changes this markup is caught by the vnu and axe tests.
 */

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
 * The header's search button is named "Search" (aria-label) but shows "Search Ctrl K": the
 * shortcut is already announced by `aria-keyshortcuts`, so its visible hint is hidden from the
 * accessibility tree and the visible label matches the name (WCAG 2.5.3, Label in Name).
 */
export function hideSearchShortcutHint(html: string): string {
  return html.replace(
    /(<button data-open-modal[^>]*>[\s\S]*?)<kbd class="sl-hidden md:sl-flex/,
    '$1<kbd aria-hidden="true" class="sl-hidden md:sl-flex',
  );
}

/** Every fix, in order. */
export function fixStarlightMarkup(html: string): string {
  return hideSearchShortcutHint(hideScriptsValidly(html));
}
