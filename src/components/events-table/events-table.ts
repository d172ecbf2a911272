/**
 * The event table's page script: the `<events-explorer>` element wires the search, filters and
 * sort of `src/catalog/search.ts` to the server-rendered table. It only shows and hides the
 * existing rows (and moves them when the order changes), keeps the view in the URL query and
 * copies links. Without it, or before the catalogue arrives, the table stays complete.
 */
import type { Catalog } from '../../catalog/model.ts';
import {
  compileQuery,
  createSearchIndex,
  parseEventQuery,
  serializeEventQuery,
  sortedEntries,
  type EventQuery,
  type SearchIndex,
  type SortKey,
} from '../../catalog/search.ts';
import { suggestSearch } from '../../catalog/search-suggest.ts';

/** Pause in typing after which the URL follows the search box. */
const URL_DELAY_MS = 250;

/** How a view change is recorded in the session history. */
type HistoryMode = 'push' | 'replace' | 'none';

/** Replaces `{name}` placeholders (the page passes its texts as data attributes). */
const fill = (text: string | undefined, values: Record<string, number>): string =>
  (text ?? '').replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));

/** Progressive enhancement of the event table: search, filter, sort, share. */
class EventsExplorer extends HTMLElement {
  #index: SearchIndex | undefined;
  #rows: HTMLTableRowElement[] = [];
  #visible: boolean[] = [];
  #sort: SortKey = 'section';
  #count = -1;
  #limit = Infinity;
  #query: EventQuery | undefined;
  #plurals: Intl.PluralRules | undefined;
  #pendingUrl: ReturnType<typeof setTimeout> | undefined;
  #flushUrl: () => void = () => undefined;

  connectedCallback(): void {
    // A catalogue that cannot be loaded leaves the complete server-rendered table in place, without controls that do nothing.
    this.#start().then(
      (started) => {
        if (!started) this.#part('controls').hidden = true;
      },
      () => (this.#part('controls').hidden = true),
    );
  }

  /** The page's parts by their `data-` name, looked up once: the table below some of them has thousands of rows. */
  #parts = new Map<string, HTMLElement>();

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    let part = this.#parts.get(name);
    if (!part) {
      part = this.querySelector<HTMLElement>(`[data-${name}]`)!;
      this.#parts.set(name, part);
    }
    return part as T;
  }

  /** The search box, the filters and the sort control: every element of the controls with a `name`. */
  get #controls(): NodeListOf<HTMLInputElement | HTMLSelectElement> {
    return this.#part('controls').querySelectorAll('input[name], select[name]');
  }

  /** Wires the controls to the table; false when the catalogue and the page do not go together. */
  async #start(): Promise<boolean> {
    const response = await fetch(this.dataset['catalogUrl'] ?? '');
    if (!response.ok) return false;
    const catalog = (await response.json()) as Catalog;
    const index = createSearchIndex(catalog, this.dataset['locale'] === 'en' ? 'en' : 'it');
    const rows = new Map<string, HTMLTableRowElement>();
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-event-id]')) {
      rows.set(row.dataset['eventId'] ?? '', row);
    }
    const ordered = index.entries.map((entry) => rows.get(entry.event.id));
    // A page and a catalogue from different builds (a stale cache) must not be mixed up.
    if (ordered.length !== rows.size || ordered.some((row) => !row)) return false;
    this.#index = index;
    this.#rows = ordered as HTMLTableRowElement[];
    this.#visible = this.#rows.map(() => true);

    const controls = this.#part('controls');
    const search = this.querySelector<HTMLInputElement>('#event-search')!;
    controls.addEventListener('input', (event) => {
      if (event.target === search) this.#apply(this.#readControls(), 'replace');
    });
    controls.addEventListener('change', (event) => {
      if (event.target !== search) this.#apply(this.#readControls(), 'push');
    });
    for (const button of this.querySelectorAll('[data-reset]')) {
      button.addEventListener('click', (event) => {
        event.preventDefault();
        this.#show(parseEventQuery('', catalog), 'push');
        search.focus();
      });
    }
    this.#part('suggestions').addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      event.preventDefault();
      this.#show(parseEventQuery(new URL(link.href).search, catalog), 'push');
      search.focus();
    });
    this.#part('copy-link').addEventListener('click', () => void this.#copyLink());
    this.#part('show-all').addEventListener('click', () => this.#showAll());
    addEventListener('popstate', () => this.#show(parseEventQuery(location.search, catalog), 'none'));
    addEventListener('pagehide', () => this.#flush());

    // Found now, not on the first keystroke.
    for (const name of [
      'result-count',
      'empty-state',
      'table-region',
      'more',
      'more-text',
      'copy-status',
      'copy-fallback',
      'suggestions',
      'suggestion-list',
    ]) {
      this.#part(name);
    }
    // The controls were usable before the catalogue arrived: a view typed or restored in them by then is kept,
    // unless the URL names one.
    if (location.search) this.#show(parseEventQuery(location.search, catalog), 'none');
    else this.#apply(this.#readControls(), 'replace');
    this.dataset['ready'] = '';
    return true;
  }

  /** The view the controls describe, read the way a URL is (one validation for both). */
  #readControls(): EventQuery {
    const params = new URLSearchParams();
    for (const control of this.#controls) {
      if (control.type !== 'checkbox' || (control as HTMLInputElement).checked)
        params.append(control.name, control.value);
    }
    return parseEventQuery(params, this.#index!.catalog);
  }

  /** Sets the controls to a view, then applies it. */
  #show(query: EventQuery, history: HistoryMode): void {
    const values: Record<string, string> = {
      q: query.q,
      section: query.section,
      application: query.application,
      sort: query.sort,
    };
    for (const control of this.#controls) {
      if (control.type === 'checkbox') {
        (control as HTMLInputElement).checked = query.priority.includes(control.value);
      } else {
        const value = values[control.name] ?? '';
        // Rewriting an unchanged search box would move its caret.
        if (control.value !== value) control.value = value;
      }
    }
    this.#apply(query, history);
  }

  /**
   * Shows the matching rows in the query's order and records the view. A new view shows at most
   * `data-page-size` rows (the rest on request): laying out thousands of rows that reappear costs
   * far more than a frame, while a page of them stays well inside one.
   */
  #apply(query: EventQuery, history: HistoryMode, limit = Number(this.dataset['pageSize']) || Infinity): void {
    const index = this.#index!;
    const matches = compileQuery(query);
    const rows = this.#rows;
    const visible = this.#visible;
    if (query.sort !== this.#sort) this.#reorder(query.sort);
    let count = 0;
    // Touch only the rows whose visibility changes.
    for (const entry of sortedEntries(index, query.sort)) {
      const match = matches(entry);
      const show = match && count < limit;
      if (show !== visible[entry.index]) {
        visible[entry.index] = show;
        rows[entry.index]!.hidden = !show;
      }
      if (match) count += 1;
    }
    this.#query = query;
    this.#limit = limit;
    if (count !== this.#count) this.#announce(count, rows.length);
    if (count === 0 || !this.#part('suggestions').hidden) this.#suggest(count === 0 ? query : undefined);
    const more = this.#part('more');
    const truncated = count > limit;
    if (truncated) this.#part('more-text').textContent = fill(this.dataset['moreText'], { shown: limit, count });
    if (more.hidden === truncated) more.hidden = !truncated;

    // A copy confirmation is about the previous view; writes only when there is one, so nothing else changes.
    const status = this.#part('copy-status');
    if (status.textContent) status.textContent = '';
    const fallback = this.#part('copy-fallback');
    if (!fallback.hidden) fallback.hidden = true;
    this.#record(query, history);
  }

  /**
   * Puts the view in the URL: a new history entry for a filter change, the same entry while typing.
   * Typing only writes once the keys pause: `replaceState` costs milliseconds in Chromium, more
   * than the whole table update, and browsers throttle frequent calls.
   */
  #record(query: EventQuery, history: HistoryMode): void {
    clearTimeout(this.#pendingUrl);
    this.#pendingUrl = undefined;
    if (history === 'none') return;
    const write = (): void => {
      this.#pendingUrl = undefined;
      const search = serializeEventQuery(query);
      if (search === location.search) return;
      const url = `${location.pathname}${search}${location.hash}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    this.#flushUrl = write;
    if (history === 'push') write();
    else this.#pendingUrl = setTimeout(write, URL_DELAY_MS);
  }

  /** Writes a pending URL change now (before the link is copied or the page is left). */
  #flush(): void {
    if (this.#pendingUrl === undefined) return;
    clearTimeout(this.#pendingUrl);
    this.#flushUrl();
  }

  /** Shows every match of the current view, and moves focus to the first row that was not shown. */
  #showAll(): void {
    const first = this.#limit;
    this.#apply(this.#query!, 'none', Infinity);
    const row = this.querySelectorAll('tbody tr:not([hidden])')[first];
    row?.querySelector('a')?.focus();
  }

  /** Moves the rows into a new order and marks the sorted column. */
  #reorder(sort: SortKey): void {
    this.#sort = sort;
    const fragment = document.createDocumentFragment();
    for (const entry of sortedEntries(this.#index!, sort)) fragment.append(this.#rows[entry.index]!);
    this.querySelector('tbody')!.append(fragment);
    for (const header of this.querySelectorAll<HTMLElement>('th[data-sort-key]')) {
      if (header.dataset['sortKey'] === sort) header.setAttribute('aria-sort', 'ascending');
      else header.removeAttribute('aria-sort');
    }
  }

  /** Offers the closest queries that find events (as links to their view), or hides the offer. */
  #suggest(query: EventQuery | undefined): void {
    const suggestions = query ? suggestSearch(this.#index!, query) : [];
    const list = this.#part('suggestion-list');
    // Text nodes and hrefs only: the suggested words come from the catalogue, the query from the user.
    list.replaceChildren(
      ...suggestions.flatMap((text, index) => {
        const link = document.createElement('a');
        link.href = `${location.pathname}${serializeEventQuery({ ...query!, q: text })}`;
        link.textContent = text;
        return index === 0 ? [link] : [', ', link];
      }),
    );
    this.#part('suggestions').hidden = suggestions.length === 0;
  }

  /** Updates the live result count and the empty state. */
  #announce(count: number, total: number): void {
    this.#count = count;
    const { countAll, countOne, countOther } = this.dataset;
    const plural = (this.#plurals ??= new Intl.PluralRules(document.documentElement.lang)).select(count);
    const text = count === total ? countAll : plural === 'one' ? countOne : countOther;
    this.#part('result-count').textContent = fill(text, { count, total });
    const empty = this.#part('empty-state');
    if (empty.hidden !== count > 0) {
      empty.hidden = count > 0;
      this.#part('table-region').hidden = count === 0;
    }
  }

  /** Copies the link to the current view; where the Clipboard API is missing or refused, shows it to copy by hand. */
  async #copyLink(): Promise<void> {
    const status = this.#part('copy-status');
    const fallback = this.#part('copy-fallback');
    this.#flush();
    try {
      await navigator.clipboard.writeText(location.href);
      fallback.hidden = true;
      status.textContent = this.dataset['copied'] ?? '';
    } catch {
      const field = fallback.querySelector('input')!;
      field.value = location.href;
      fallback.hidden = false;
      status.textContent = this.dataset['copyFallback'] ?? '';
      field.focus();
      field.select();
    }
  }
}

if (!customElements.get('events-explorer')) customElements.define('events-explorer', EventsExplorer);
