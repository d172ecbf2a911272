/**
 * Starlight writes each `<head>` entry's `content` as HTML (`set:html`), and the page title is
 * one of them: a catalogue title such as `</title><script>…` would end the `<title>` and add
 * elements (pushing the CSP `<meta>` out of `<head>`, where browsers ignore it). Titles are
 * text, so the `<title>` entry is escaped here; attributes (description, Open Graph) are
 * already escaped by Astro.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { escapeHtml } from '../guide/bold.ts';

/** Head entries, as Starlight's route data holds them. */
type HeadEntries = StarlightRouteData['head'];

/** Escapes the text of every `<title>` entry of a page's head, in place. */
export function escapeHeadTitles(head: HeadEntries): void {
  for (const entry of head) {
    if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content);
  }
}
