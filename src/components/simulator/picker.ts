/**
 * The simulator's event picker: what a typed text finds (an id, or words of a title in either
 * language, with the event table's own search) and the list of matches offered while typing.
 */
import type { CatalogEvent, Locale } from '../../catalog/model.ts';
import { lookupEvent } from '../../catalog/lookups.ts';
import { normalizeText, searchEvents, type SearchIndex } from '../../catalog/search.ts';

/** Matches offered at once; more words narrow the rest down. */
export const MATCH_LIMIT = 8;

/**
 * The events a typed text designates: the event with that exact id or exact title (either
 * language), else every event the table's search finds for it, by title.
 */
export function findEvents(index: SearchIndex, typed: string): CatalogEvent[] {
  const text = typed.trim();
  if (!text) return [];
  const byId = lookupEvent(index.catalog, text);
  if (byId) return [byId];
  const folded = normalizeText(text);
  const byTitle = index.catalog.events.filter(
    (event) => normalizeText(event.title.it) === folded || normalizeText(event.title.en) === folded,
  );
  if (byTitle.length === 1) return byTitle;
  return searchEvents(index, { q: text, sort: 'title' });
}

/** The text a match shows before its id: the title, and a mark when the event is deprecated (not covered). */
export function matchTitle(event: CatalogEvent, locale: Locale, deprecatedMark: string): string {
  return event.deprecated ? `${event.title[locale]} (${deprecatedMark})` : event.title[locale];
}

/** Shows matches as buttons (title and id); `onPick` receives the chosen id. */
export function renderMatches(
  list: HTMLElement,
  events: readonly CatalogEvent[],
  locale: Locale,
  deprecatedMark: string,
  onPick: (id: string) => void,
): void {
  list.replaceChildren(
    ...events.slice(0, MATCH_LIMIT).map((event) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary match';
      button.dataset['eventId'] = event.id;
      const id = document.createElement('code');
      id.textContent = event.id;
      button.append(matchTitle(event, locale, deprecatedMark), ' ', id);
      button.addEventListener('click', () => onPick(event.id));
      item.append(button);
      return item;
    }),
  );
  list.hidden = events.length === 0;
}
