/**
 * The simulator page's script: wires the controls to the shared modules (`simulate.ts`,
 * `notification.ts`, `share.ts`, `datetime.ts`) and shows the results. No rule lives here.
 */
import { isTimeZone, toZonedRfc3339, zonedLocalToInstant } from '../../catalog/time/datetime.ts';
import type { Catalog, Locale } from '../../catalog/model.ts';
import { createSearchIndex, type SearchIndex } from '../../catalog/search.ts';
import {
  decodeSimulation,
  fragmentParameter,
  simulationFragment,
  type SharedSimulation,
} from '../../catalog/simulator/share.ts';
import { simulateText } from '../../catalog/simulator/simulate.ts';
import { renderSimulation, summaryText } from './render.ts';
import { findEvents, MATCH_LIMIT, renderMatches } from './picker.ts';
import { interpolate } from '../../i18n/messages.ts';
import { simulatorMessages } from '../../catalog/messages/simulator.ts';

/** Queue rows and detailed cases shown at once; the rest behind "show all" keeps big batches fast. */
const ROW_LIMIT = 100;
const CARD_LIMIT = 10;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the simulator page has no #${id}`);
  return element as T;
}

/** Fills the time zone list: every zone the browser knows, the browser's own selected. */
function fillTimeZones(select: HTMLSelectElement, selected: string): void {
  const zones = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  for (const zone of ['Europe/Rome', 'UTC', selected]) zones.add(zone);
  const fragment = document.createDocumentFragment();
  for (const zone of [...zones].sort()) fragment.append(new Option(zone, zone, false, zone === selected));
  select.replaceChildren(fragment);
  select.value = selected;
}

function start(root: HTMLElement): void {
  const locale: Locale = root.dataset['locale'] === 'en' ? 'en' : 'it';
  const m = simulatorMessages[locale];
  const status = byId<HTMLParagraphElement>('simulator-status');
  const timeZoneSelect = byId<HTMLSelectElement>('simulator-tz');
  const nowInput = byId<HTMLInputElement>('simulator-now');
  const eventInput = byId<HTMLInputElement>('simulator-event');
  const occurredInput = byId<HTMLInputElement>('simulator-occurred');
  const textarea = byId<HTMLTextAreaElement>('simulator-input');
  const fileInput = byId<HTMLInputElement>('simulator-file');
  const results = byId<HTMLElement>('simulator-results');
  const summary = byId<HTMLElement>('simulator-summary');
  const output = byId<HTMLElement>('simulator-output');
  const copyStatus = byId<HTMLElement>('simulator-copy-status');
  const matchList = byId<HTMLUListElement>('simulator-matches');
  const matchStatus = byId<HTMLElement>('simulator-matches-status');
  const resultsHeading = byId<HTMLElement>('simulator-results-heading');
  const pickForm = byId<HTMLFormElement>('simulator-pick');

  fillTimeZones(timeZoneSelect, Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Rome');

  const catalogReady: Promise<Catalog | undefined> = fetch(root.dataset['catalogUrl'] ?? '')
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const catalog = (await response.json()) as Catalog;
      status.textContent = interpolate(m.catalogReady, { version: catalog.version, events: catalog.events.length });
      return catalog;
    })
    .catch((error: unknown) => {
      status.textContent = interpolate(m.catalogError, { error: error instanceof Error ? error.message : '?' });
      return undefined;
    });

  let last: SharedSimulation | undefined;
  let searchIndex: SearchIndex | undefined;
  const indexReady = catalogReady.then((catalog) => (searchIndex = catalog && createSearchIndex(catalog, locale)));

  /** Offers the events the typed text finds; returns them. */
  const offerMatches = (index: SearchIndex): ReturnType<typeof findEvents> => {
    const text = eventInput.value.trim();
    const found = findEvents(index, text);
    renderMatches(matchList, found, locale, m.deprecatedOption, (id) => {
      eventInput.value = id;
      pickForm.requestSubmit();
    });
    const count = found.length;
    matchStatus.textContent = !text
      ? ''
      : [
          interpolate(count === 0 ? m.matchesNone : count === 1 ? m.matchesOne : m.matchesCount, { count, text }),
          count > MATCH_LIMIT ? interpolate(m.matchesMore, { shown: MATCH_LIMIT }) : '',
        ].join(' ');
    return found;
  };
  eventInput.addEventListener('input', () => {
    if (searchIndex) offerMatches(searchIndex);
  });

  /** After a simulation the person asked for, the results' heading takes the focus (and is read out). */
  const showResults = (): void => {
    if (!results.hidden) resultsHeading.focus();
  };

  const timeZone = (): string => timeZoneSelect.value || 'Europe/Rome';
  const now = (): Date => (nowInput.value && zonedLocalToInstant(nowInput.value, timeZone())) || new Date();

  /** Simulates and shows a text of payloads; the URL fragment then reproduces it. */
  const run = async (shared: SharedSimulation, updateUrl = true): Promise<void> => {
    const catalog = await catalogReady;
    if (!catalog) return;
    const started = performance.now();
    const simulation = simulateText(catalog, shared.input);
    const simulated = performance.now();
    output.replaceChildren(
      renderSimulation(simulation, {
        catalog,
        locale,
        timeZone: timeZone(),
        now: now(),
        origin: location.origin,
        rowLimit: ROW_LIMIT,
        cardLimit: CARD_LIMIT,
      }),
    );
    results.hidden = false;
    results.dataset['simulatedCount'] = String(simulation.summary.simulated);
    // Timings for the benchmark: the simulation alone, and with the results built.
    results.dataset['simulateMs'] = (simulated - started).toFixed(1);
    results.dataset['durationMs'] = (performance.now() - started).toFixed(1);
    summary.textContent = summaryText(simulation, locale);
    copyStatus.textContent = '';
    last = { ...shared, timeZone: timeZone(), now: nowInput.value || undefined };
    if (updateUrl) history.replaceState(history.state, '', await simulationFragment(last));
  };

  byId<HTMLFormElement>('simulator-paste').addEventListener('submit', (event) => {
    event.preventDefault();
    void run({ input: textarea.value }).then(showResults);
  });

  pickForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void indexReady.then((index) => {
      if (!index) return;
      const typed = eventInput.value.trim();
      if (!typed) {
        status.textContent = m.pickMissing;
        eventInput.focus();
        return;
      }
      const found = offerMatches(index);
      if (found.length > 1) {
        matchStatus.textContent = interpolate(m.matchesChoose, { count: found.length, text: typed });
        matchList.querySelector('button')?.focus();
        return;
      }
      // No match at all: simulated as an id, so that the result says it is not covered and suggests ids.
      const id = found[0]?.id ?? typed;
      const occurred = (occurredInput.value && zonedLocalToInstant(occurredInput.value, timeZone())) || new Date();
      const payload = { event: id, occurredAt: toZonedRfc3339(occurred, timeZone()) };
      void run({ input: JSON.stringify(payload, null, 2), event: id, occurred: occurredInput.value || undefined }).then(
        showResults,
      );
    });
  });

  byId<HTMLButtonElement>('simulator-example').addEventListener('click', (event) => {
    textarea.value = (event.currentTarget as HTMLButtonElement).dataset['example'] ?? '';
    textarea.focus();
  });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    file.text().then(
      (text) => {
        textarea.value = text;
        void run({ input: text });
      },
      () => {
        status.textContent = interpolate(m.fileError, { name: file.name });
      },
    );
  });

  // A new time zone or "now" shows the same simulation again.
  byId<HTMLElement>('simulator-settings').addEventListener('change', () => {
    if (last) void run(last);
  });

  // In-page links to a case must not replace the fragment that carries the simulation.
  output.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#simulator-case-"]');
    if (!link) return;
    event.preventDefault();
    const target = document.getElementById(link.hash.slice(1));
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  });

  byId<HTMLButtonElement>('simulator-copy').addEventListener('click', () => {
    navigator.clipboard.writeText(location.href).then(
      () => (copyStatus.textContent = m.linkCopied),
      () => (copyStatus.textContent = m.linkCopyFailed),
    );
  });

  /** Restores and runs the simulation a link carries. */
  const restore = async (): Promise<void> => {
    const encoded = fragmentParameter(location.hash);
    if (!encoded) return;
    const shared = await decodeSimulation(encoded);
    if (!shared) {
      status.textContent = m.shareError;
      return;
    }
    if (shared.timeZone && isTimeZone(shared.timeZone)) {
      if (![...timeZoneSelect.options].some((option) => option.value === shared.timeZone)) {
        timeZoneSelect.append(new Option(shared.timeZone, shared.timeZone));
      }
      timeZoneSelect.value = shared.timeZone;
    }
    nowInput.value = shared.now ?? '';
    if (shared.event) {
      eventInput.value = shared.event;
      occurredInput.value = shared.occurred ?? '';
    } else {
      textarea.value = shared.input;
    }
    await run(shared, false);
  };
  addEventListener('hashchange', () => void restore());
  void restore();
}

const root = document.getElementById('simulator');
if (root) start(root);
