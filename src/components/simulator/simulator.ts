/**
 * The simulator page's script: wires the controls to the shared modules (`simulate.ts`,
 * `notification.ts`, `share.ts`, `datetime.ts`) and shows the results. No rule lives here.
 */
import { isTimeZone, toZonedRfc3339, zonedLocalToInstant } from '../../catalog/time/datetime.ts';
import type { Catalog, Locale } from '../../catalog/model.ts';
import { createSearchIndex, type SearchIndex } from '../../catalog/search.ts';
import {
  fragmentParameter,
  readSharedSimulation,
  simulationFragment,
  type SharedSimulation,
} from '../../catalog/simulator/share.ts';
import type { RenderedSimulation } from './render.ts';
import type { WorkerReply, WorkerRequest } from './simulation-worker.ts';
import { localMore, viewOf, type MoreResults, type SimulationView } from './view.ts';
import { findEvents, MATCH_LIMIT, renderMatches } from './picker.ts';
import { countValues, formatCount, interpolate } from '../../i18n/messages.ts';
import { simulatorMessages } from '../../catalog/messages/simulator.ts';

/** Queue rows and detailed cases shown at once; the rest behind "show all" keeps big batches fast. */
const ROW_LIMIT = 100;
const CARD_LIMIT = 10;
/** Input issues listed at once. */
const ISSUE_LIMIT = 100;
/**
 * Pastes from this many characters (about 2,500 payloads) are simulated in a worker, with
 * progress and a way to cancel: on the main thread they would hold the page for more than a
 * frame budget allows. They are also too large for a link.
 */
const WORKER_THRESHOLD = 250_000;
/** Least time between two progress announcements: a screen reader must be able to finish one. */
const ANNOUNCE_MS = 3000;

/** A simulation to show: its first view and where the rest comes from. */
interface Outcome {
  view: SimulationView;
  more: MoreResults;
  simulateMs: number;
}

/**
 * The simulation and its result views, loaded when first needed (or as soon as the user turns to
 * the form): they bring zod (payload checks) and i18next (the notification), 70 KB the page's
 * first script no longer evaluates while the page loads.
 */
let engine: Promise<[typeof import('../../catalog/simulator/simulate.ts'), typeof import('./render.ts')]> | undefined;
const loadEngine = (): NonNullable<typeof engine> =>
  (engine ??= Promise.all([import('../../catalog/simulator/simulate.ts'), import('./render.ts')]));

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
  const copyButton = byId<HTMLButtonElement>('simulator-copy');
  const progress = byId<HTMLElement>('simulator-progress');
  const progressBar = byId<HTMLProgressElement>('simulator-progress-bar');
  const progressStatus = byId<HTMLElement>('simulator-progress-status');
  const cancelButton = byId<HTMLButtonElement>('simulator-cancel');
  const runButton = byId<HTMLButtonElement>('simulator-run');
  const heldNote = byId<HTMLElement>('simulator-held');
  /**
   * A large paste or file, kept out of the text box: a box of megabytes takes the browser
   * seconds to lay out, during which the page does not respond.
   */
  let held: string | undefined;
  const hold = (text: string, file?: string): void => {
    held = text;
    textarea.value = '';
    let lines = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    const values = {
      size: `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(text.length / 1e6)} MB`,
      lines: formatCount(locale, lines),
      name: file ?? '',
    };
    heldNote.textContent = interpolate(file ? m.heldFile : m.heldPaste, values);
  };
  const release = (): void => {
    held = undefined;
    heldNote.textContent = '';
  };
  textarea.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length < WORKER_THRESHOLD) return;
    event.preventDefault();
    hold(text);
  });
  textarea.addEventListener('input', release);
  const matchList = byId<HTMLUListElement>('simulator-matches');
  const matchStatus = byId<HTMLElement>('simulator-matches-status');
  const resultsHeading = byId<HTMLElement>('simulator-results-heading');
  const pickForm = byId<HTMLFormElement>('simulator-pick');

  fillTimeZones(timeZoneSelect, Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Rome');
  // Whoever turns to the form will simulate: have the engine ready by then.
  for (const intent of ['focusin', 'pointerover'] as const)
    root.addEventListener(intent, () => void loadEngine(), { once: true });

  let linkProblem = false;
  const catalogReady: Promise<Catalog | undefined> = fetch(root.dataset['catalogUrl'] ?? '')
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const catalog = (await response.json()) as Catalog;
      // A problem with the shared link stays visible until the user acts (see `restore`).
      if (!linkProblem)
        status.textContent = interpolate(
          m.catalogReady,
          countValues(locale, { version: catalog.version, events: catalog.events.length }),
        );
      // The benchmark and the browser tests wait for this before they measure.
      root.dataset['ready'] = '';
      return catalog;
    })
    .catch((error: unknown) => {
      status.textContent = interpolate(m.catalogError, { error: error instanceof Error ? error.message : '?' });
      return undefined;
    });

  let last: SharedSimulation | undefined;
  let shown: RenderedSimulation | undefined;
  /** The worker of the latest large simulation: it holds the results beyond the first view. */
  let worker: Worker | undefined;
  /** Ends the running worker simulation, if any: resolves its promise with `undefined`. */
  let cancelRunning: (() => void) | undefined;
  let runs = 0;
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
          interpolate(
            count === 0 ? m.matchesNone : count === 1 ? m.matchesOne : m.matchesCount,
            countValues(locale, { count, text }),
          ),
          count > MATCH_LIMIT ? interpolate(m.matchesMore, countValues(locale, { shown: MATCH_LIMIT })) : '',
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

  const endProgress = (): void => {
    cancelRunning = undefined;
    progress.hidden = true;
  };

  /** Simulates a large paste in a worker, showing progress; `undefined` when cancelled. */
  const simulateInWorker = (catalog: Catalog, text: string): Promise<Outcome | undefined> => {
    worker?.terminate();
    const current = new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
    worker = current;
    progressBar.removeAttribute('value');
    progressStatus.textContent = m.reading;
    progress.hidden = false;
    let announced = performance.now();
    const pending = new Map<number, (results: never[]) => void>();
    let requests = 0;
    const more: MoreResults = (list, from, to) =>
      new Promise((resolve) => {
        const id = ++requests;
        pending.set(id, resolve as (results: never[]) => void);
        current.postMessage({ type: 'more', id, list, from, to } satisfies WorkerRequest);
      });
    return new Promise((resolve, reject) => {
      cancelRunning = () => {
        current.terminate();
        if (worker === current) worker = undefined;
        endProgress();
        resolve(undefined);
      };
      current.addEventListener('error', (event) => {
        event.preventDefault();
        current.terminate();
        endProgress();
        reject(new Error(event.message || 'worker'));
      });
      current.addEventListener('message', ({ data }: MessageEvent<WorkerReply>) => {
        if (data.type === 'progress') {
          progressBar.max = data.total || 1;
          progressBar.value = data.done;
          // Politely, and not at every step: each announcement must have time to be heard.
          if (progressStatus.textContent === m.reading || performance.now() - announced >= ANNOUNCE_MS) {
            announced = performance.now();
            progressStatus.textContent = interpolate(
              m.progress,
              countValues(locale, { done: data.done, total: data.total }),
            );
          }
        } else if (data.type === 'done') {
          progressStatus.textContent = m.rendering;
          endProgress();
          resolve({ view: data.view, more, simulateMs: data.simulateMs });
        } else {
          pending.get(data.id)?.(data.results as never[]);
          pending.delete(data.id);
        }
      });
      current.postMessage({
        type: 'simulate',
        catalog,
        text,
        rows: ROW_LIMIT,
        issues: ISSUE_LIMIT,
      } satisfies WorkerRequest);
    });
  };

  /** Simulates in the page: small inputs take less time than a worker takes to start. */
  const simulateHere = async (catalog: Catalog, text: string): Promise<Outcome> => {
    const [{ simulateText }] = await loadEngine();
    const started = performance.now();
    const simulation = simulateText(catalog, text);
    return {
      view: viewOf(simulation, ROW_LIMIT, ISSUE_LIMIT),
      more: localMore(simulation),
      simulateMs: performance.now() - started,
    };
  };

  /** Simulates and shows a text of payloads; the URL fragment then reproduces it. */
  const run = async (shared: SharedSimulation, updateUrl = true): Promise<void> => {
    linkProblem = false;
    const catalog = await catalogReady;
    if (!catalog) return;
    cancelRunning?.();
    const ticket = ++runs;
    const started = performance.now();
    const large = shared.input.length >= WORKER_THRESHOLD;
    let outcome: Outcome | undefined;
    if (large) {
      try {
        outcome = await simulateInWorker(catalog, shared.input);
      } catch {
        // Without a worker (an old browser, a blocked script), the page does the work itself.
        outcome = await simulateHere(catalog, shared.input);
      }
    } else {
      worker?.terminate();
      worker = undefined;
      outcome = await simulateHere(catalog, shared.input);
    }
    // Cancelled, or a newer run has started meanwhile.
    if (ticket !== runs) return;
    if (!outcome) {
      progressStatus.textContent = m.cancelled;
      return;
    }
    const [, { renderSimulation, summaryText }] = await loadEngine();
    if (ticket !== runs) return;
    shown = renderSimulation(outcome.view, {
      catalog,
      locale,
      timeZone: timeZone(),
      now: now(),
      origin: location.origin,
      cardLimit: CARD_LIMIT,
      more: outcome.more,
    });
    output.replaceChildren(shown.fragment);
    results.hidden = false;
    results.dataset['simulatedCount'] = String(outcome.view.summary.simulated);
    // Timings for the benchmark: the simulation alone, and until the first results are built.
    results.dataset['simulateMs'] = outcome.simulateMs.toFixed(1);
    results.dataset['durationMs'] = (performance.now() - started).toFixed(1);
    summary.textContent = summaryText(outcome.view, locale);
    if (large) progressStatus.textContent = '';
    copyStatus.textContent = large ? m.linkTooLarge : '';
    copyButton.hidden = large;
    last = { ...shared, timeZone: timeZone(), now: nowInput.value || undefined };
    if (!updateUrl) return;
    if (large) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    else history.replaceState(history.state, '', await simulationFragment(last));
  };

  cancelButton.addEventListener('click', () => {
    cancelRunning?.();
    runButton.focus();
  });

  byId<HTMLFormElement>('simulator-paste').addEventListener('submit', (event) => {
    event.preventDefault();
    void run({ input: held ?? textarea.value }).then(showResults);
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
        matchStatus.textContent = interpolate(
          m.matchesChoose,
          countValues(locale, { count: found.length, text: typed }),
        );
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
    release();
    textarea.value = (event.currentTarget as HTMLButtonElement).dataset['example'] ?? '';
    textarea.focus();
  });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    file.text().then(
      (text) => {
        if (text.length >= WORKER_THRESHOLD) hold(text, file.name);
        else {
          release();
          textarea.value = text;
        }
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
    // A case's detail is built when it is opened.
    const index = Number(/^#simulator-case-(\d+)$/.exec(link.hash)?.[1] ?? NaN);
    const target = document.getElementById(link.hash.slice(1)) ?? shown?.openCase(index);
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
    const read = await readSharedSimulation(encoded);
    if (!('simulation' in read)) {
      linkProblem = true;
      status.textContent = read.problem === 'too-large' ? m.shareTooLarge : m.shareError;
      return;
    }
    const shared = read.simulation;
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
      release();
      textarea.value = shared.input;
    }
    await run(shared, false);
  };
  addEventListener('hashchange', () => void restore());
  void restore();
}

const root = document.getElementById('simulator');
if (root) start(root);
