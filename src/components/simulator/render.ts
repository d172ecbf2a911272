/**
 * Builds the simulator's results as DOM nodes from a `Simulation`. Every text, and above all
 * every text from the input, goes in as a text node: nothing here parses HTML.
 */
import { formatInstant, timeLeft } from '../../catalog/time/datetime.ts';
import { formatResponseTime } from '../../catalog/time/duration.ts';
import type { Catalog, Locale } from '../../catalog/model.ts';
import { renderNotification } from '../../catalog/simulator/notification.ts';
import { lookupApplication, lookupCategory, lookupPriority } from '../../catalog/lookups.ts';
import type { CaseResult, Simulation } from '../../catalog/simulator/simulate.ts';
import { describeCheck, describeIssue } from '../../catalog/simulator/simulate-text.ts';
import { countValues, formatCount, interpolate } from '../../i18n/messages.ts';
import { simulatorMessages, type SimulatorMessages } from '../../catalog/messages/simulator.ts';
import { eventPath } from '../../guide/sections.ts';
import { priorityLabel, sectionLabel } from '../../catalog/labels.ts';
import { orderedCases, type MoreResults, type SimulationView } from './view.ts';

/** How to show a simulation. */
export interface RenderOptions {
  catalog: Catalog;
  locale: Locale;
  timeZone: string;
  /** The "now" the time left is measured from. */
  now: Date;
  /** Origin of the site, for the links in the notifications. */
  origin: string;
  /** Cases whose details are built right after the queue is shown; the next ones on request. */
  cardLimit: number;
  /** Fetches the results beyond the view's heads (from the page or its worker). */
  more: MoreResults;
}

/** The results, and a way to open the detail of a case that is not built yet. */
export interface RenderedSimulation {
  fragment: DocumentFragment;
  /** The detail card of the case of input index `index`, built and inserted in triage order if needed. */
  openCase: (index: number) => HTMLElement | undefined;
}

/** Results fetched (and rows built) per task when a list is shown in full, so that no task runs long. */
const CHUNK = 250;

/** Lets the browser paint and handle input before the next chunk of work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A case rendered in a list: its result and its position in triage order. */
type Registry = Map<number, { result: CaseResult; position: number }>;

type Child = Node | string | undefined | false;

/** Creates an element with attributes and children; strings become text nodes. */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Id of a case's detail card, the target of the queue's links. */
export function caseAnchor(index: number): string {
  return `simulator-case-${index}`;
}

function verdictBadge(result: CaseResult, m: SimulatorMessages): Child {
  if (result.verdict === 'none') return undefined;
  return h('span', { class: `badge ${result.verdict}` }, result.verdict === 'pass' ? m.pass : m.fail);
}

/** The one-line summary announced after a run. */
export function summaryText(simulation: Pick<Simulation, 'summary'>, locale: Locale): string {
  const m = simulatorMessages[locale];
  const { summary } = simulation;
  const counts = countValues(locale, { ...summary });
  const text = interpolate(m.summary, counts);
  return summary.expected > 0 ? `${text} ${interpolate(m.summaryExpect, counts)}` : text;
}

/** Counts per priority: `P1 CRITICAL: 2 · P2 HIGH: 0 …`. */
function countsLine(simulation: Pick<Simulation, 'counts'>, options: RenderOptions): HTMLElement {
  const m = simulatorMessages[options.locale];
  const parts = options.catalog.priorities.map(
    (priority) =>
      `${priorityLabel(priority, options.locale)}: ${formatCount(options.locale, simulation.counts[priority.id] ?? 0)}`,
  );
  return h('p', { class: 'counts' }, `${m.byPriority}: ${parts.join(' · ')}`);
}

/**
 * A button that runs `load` (which shows more) and then stays, while `more()` says there is
 * more, or removes itself; disabled meanwhile, so that one click loads once.
 */
function loadButton(label: string, load: () => Promise<void>, more: () => boolean): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary' }, label) as HTMLButtonElement;
  button.addEventListener('click', () => {
    button.disabled = true;
    void load().then(() => {
      button.disabled = false;
      if (!more()) button.remove();
    });
  });
  return button;
}

function queueRow(result: CaseResult, options: RenderOptions, m: SimulatorMessages): HTMLElement {
  const { catalog, locale } = options;
  const priority = result.event ? lookupPriority(catalog, result.event.priority) : undefined;
  const left = result.deadline ? timeLeft(result.deadline, options.now, locale) : undefined;
  return h(
    'tr',
    {},
    h('td', {}, h('a', { href: `#${caseAnchor(result.index)}` }, `[${result.index}]`)),
    h('td', {}, result.deadline ? formatInstant(result.deadline, locale, options.timeZone) : ''),
    h('td', {}, priority ? priorityLabel(priority, locale) : ''),
    h('td', {}, result.event?.title[locale] ?? '', h('br'), h('code', {}, result.payload.event)),
    h('td', {}, left ? interpolate(left.overdue ? m.overdue : m.timeLeft, { span: left.span }) : ''),
    h('td', {}, verdictBadge(result, m) ?? m.noExpectation),
  );
}

/** The triage queue: covered events by deadline, in a table; the rows beyond the view's head on request. */
function queueTable(
  view: SimulationView,
  options: RenderOptions,
  m: SimulatorMessages,
  registry: Registry,
): HTMLElement {
  const section = h('section', { 'aria-labelledby': 'simulator-queue-heading' });
  section.append(h('h3', { id: 'simulator-queue-heading' }, m.queueHeading), countsLine(view, options));
  if (view.queueTotal === 0) {
    section.append(h('p', {}, m.queueEmpty));
    return section;
  }
  const head = h(
    'tr',
    {},
    ...[m.colIndex, m.colDeadline, m.colPriority, m.colEvent, m.colTimeLeft, m.colVerdict].map((text) =>
      h('th', { scope: 'col' }, text),
    ),
  );
  const body = h('tbody');
  let shown = 0;
  const rows = (results: CaseResult[]): DocumentFragment => {
    const fragment = document.createDocumentFragment();
    for (const result of results) {
      registry.set(result.index, { result, position: shown++ });
      fragment.append(queueRow(result, options, m));
    }
    return fragment;
  };
  body.append(rows(view.queue));
  const table = h('table', { id: 'simulator-queue' }, h('thead', {}, head), body);
  // Focusable, so that keyboard users can scroll a wide table on a narrow screen.
  section.append(
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': m.queueHeading }, table),
  );
  if (view.queueTotal > shown) {
    const text = h(
      'span',
      {},
      interpolate(m.queueShown, countValues(options.locale, { shown, total: view.queueTotal })),
    );
    // The rest comes a chunk a task: a large queue never holds the page for long.
    const showAll = async (): Promise<void> => {
      const first = shown;
      while (shown < view.queueTotal) {
        body.append(rows(await options.more('queue', shown, Math.min(shown + CHUNK, view.queueTotal))));
        await nextTask();
      }
      text.remove();
      body.children[first]?.querySelector('a')?.focus();
    };
    section.append(
      h(
        'p',
        {},
        text,
        ' ',
        loadButton(m.showAll, showAll, () => shown < view.queueTotal),
      ),
    );
  }
  return section;
}

/** Why a payload is not covered, in one paragraph with links. */
function notCoveredReason(result: CaseResult, options: RenderOptions, m: SimulatorMessages): HTMLElement {
  const { locale } = options;
  const paragraph = h('p');
  if (result.outcome === 'deprecated' && result.event?.deprecated) {
    const { since, reason } = result.event.deprecated;
    paragraph.append(interpolate(m.deprecated, { since, reason: reason[locale] }));
    if (result.replacement) {
      paragraph.append(
        ' ',
        `${m.replacedBy} `,
        h('a', { href: eventPath(locale, result.replacement) }, h('code', {}, result.replacement)),
        '.',
      );
    }
    return paragraph;
  }
  paragraph.append(interpolate(m.unknownId, { id: result.payload.event }), ' ');
  if (result.suggestions.length === 0) {
    paragraph.append(m.noSuggestions);
    return paragraph;
  }
  paragraph.append(`${m.suggestions} `);
  result.suggestions.forEach((id, position) => {
    if (position > 0) paragraph.append(', ');
    paragraph.append(h('a', { href: eventPath(locale, id), class: 'suggestion' }, h('code', {}, id)));
  });
  return paragraph;
}

/**
 * The payloads not covered, one entry per id they named: how many, the first few by index (each
 * a link to its detail), and once why the id is not covered.
 */
function notCoveredList(
  view: SimulationView,
  options: RenderOptions,
  m: SimulatorMessages,
  registry: Registry,
): HTMLElement {
  const list = h('ul', { id: 'simulator-not-covered' });
  for (const group of view.notCoveredGroups) {
    const item = h(
      'li',
      {},
      h('code', {}, group.id),
      ' · ',
      interpolate(
        group.count === 1 ? m.notCoveredOne : m.notCoveredMany,
        countValues(options.locale, { count: group.count }),
      ),
    );
    group.cases.forEach(({ result, position }, listed) => {
      registry.set(result.index, { result, position: view.queueTotal + position });
      item.append(listed > 0 ? ', ' : ' ', h('a', { href: `#${caseAnchor(result.index)}` }, `[${result.index}]`));
      const badge = verdictBadge(result, m);
      if (badge) item.append(' ', badge);
    });
    const unlisted = group.count - group.cases.length;
    if (unlisted > 0) item.append(' ', interpolate(m.notCoveredMore, countValues(options.locale, { count: unlisted })));
    const first = group.cases[0];
    if (first) item.append(notCoveredReason(first.result, options, m));
    list.append(item);
  }
  return h(
    'section',
    { 'aria-labelledby': 'simulator-not-covered-heading' },
    h('h3', { id: 'simulator-not-covered-heading' }, m.notCoveredHeading),
    list,
    view.notCoveredGroupTotal > view.notCoveredGroups.length &&
      h(
        'p',
        {},
        interpolate(
          m.notCoveredGroupsShown,
          countValues(options.locale, { shown: view.notCoveredGroups.length, total: view.notCoveredGroupTotal }),
        ),
      ),
  );
}

function row(list: HTMLElement, term: string, ...value: Child[]): void {
  list.append(h('dt', {}, term), h('dd', {}, ...value));
}

/** One payload in full: outcome, catalogue entry, deadline, expectations, notifications. */
export function caseCard(result: CaseResult, options: RenderOptions): HTMLElement {
  const { catalog, locale, timeZone } = options;
  const m = simulatorMessages[locale];
  const card = h(
    'article',
    {
      class: 'case',
      id: caseAnchor(result.index),
      tabindex: '-1',
      'aria-labelledby': `${caseAnchor(result.index)}-title`,
    },
    h(
      'h4',
      { id: `${caseAnchor(result.index)}-title` },
      interpolate(m.payloadTitle, { index: result.index, id: result.payload.event }),
      ' ',
      verdictBadge(result, m),
    ),
    h('p', { class: 'outcome' }, result.covered ? m.covered : m.notCovered),
  );
  const facts = h('dl');
  const { event } = result;
  if (result.covered && event && result.deadline) {
    const category = lookupCategory(catalog, event.category);
    const priority = lookupPriority(catalog, event.priority);
    const application = event.application ? lookupApplication(catalog, event.application) : undefined;
    const left = timeLeft(result.deadline, options.now, locale);
    if (category) row(facts, m.fieldSection, sectionLabel(category, locale));
    if (application) row(facts, m.fieldApplication, application.name);
    if (priority) row(facts, m.fieldPriority, priorityLabel(priority, locale));
    row(facts, m.fieldResponseTime, formatResponseTime(event.responseTime, locale));
    row(facts, m.fieldOccurredAt, formatInstant(new Date(result.payload.occurredAt), locale, timeZone));
    row(facts, m.fieldDeadline, h('strong', { class: 'deadline' }, formatInstant(result.deadline, locale, timeZone)));
    row(facts, m.fieldTimeLeft, interpolate(left.overdue ? m.overdue : m.timeLeft, { span: left.span }));
  } else {
    row(facts, m.fieldOccurredAt, formatInstant(new Date(result.payload.occurredAt), locale, timeZone));
  }
  if (result.payload.host) row(facts, m.fieldHost, h('code', {}, result.payload.host));
  if (result.payload.details) {
    row(facts, m.fieldDetails, h('pre', { class: 'text details' }, JSON.stringify(result.payload.details, null, 2)));
  }
  card.append(facts);
  if (result.covered && event) {
    const category = lookupCategory(catalog, event.category);
    card.append(
      h('h5', {}, m.why),
      h(
        'p',
        {},
        interpolate(m.whyText, {
          id: event.id,
          title: event.title[locale],
          section: category ? sectionLabel(category, locale) : event.category,
        }),
        ' ',
        h('a', { href: eventPath(locale, event.id) }, interpolate(m.eventPage, { id: event.id })),
      ),
    );
  } else {
    card.append(notCoveredReason(result, options, m));
  }
  if (result.checks.length > 0) {
    const checks = h('ul', { class: 'checks' });
    for (const check of result.checks) {
      checks.append(
        h(
          'li',
          {},
          h('span', { class: `badge ${check.pass ? 'pass' : 'fail'}` }, check.pass ? m.pass : m.fail),
          ' ',
          describeCheck(check, locale),
        ),
      );
    }
    card.append(h('h5', {}, m.expectHeading), checks);
  }
  if (result.covered && event) {
    const notification = h('section', { class: 'notification' }, h('h5', {}, m.notificationHeading));
    for (const language of ['it', 'en'] as const) {
      const { subject, body } = renderNotification(catalog, {
        event,
        occurredAt: result.payload.occurredAt,
        host: result.payload.host,
        url: `${options.origin}${eventPath(language, event.id)}`,
        locale: language,
        timeZone,
      });
      notification.append(
        h(
          'div',
          { lang: language, class: `notification-${language}` },
          h('p', {}, h('strong', {}, language === 'it' ? m.notificationIt : m.notificationEn)),
          h('p', {}, `${m.subject}: `, h('span', { class: 'subject' }, subject)),
          h('pre', { class: 'text body', 'aria-label': m.body }, body),
        ),
      );
    }
    card.append(notification);
  }
  return card;
}

/** Detail cards fetched per click on "show the next". */
const DETAILS_STEP = 50;

/**
 * The details of each case, in triage order. None is built with the queue: the first
 * `cardLimit` are built once the queue is on screen, a case is built when a link opens it, and
 * the next ones on request.
 */
function detailsSection(
  view: SimulationView,
  options: RenderOptions,
  m: SimulatorMessages,
  registry: Registry,
): { section: HTMLElement; openCase: RenderedSimulation['openCase'] } {
  const total = view.queueTotal + view.notCoveredTotal;
  const cards = h('div', { class: 'cases' });
  const built = new Set<number>();
  let shown = Math.min(options.cardLimit, total);
  const insert = (result: CaseResult, position: number): HTMLElement => {
    const card = caseCard(result, options);
    card.dataset['position'] = String(position);
    built.add(result.index);
    const last = cards.lastElementChild as HTMLElement | null;
    // Cards mostly come in order: append without looking through the others.
    const after =
      !last || Number(last.dataset['position']) < position
        ? null
        : [...cards.children].find((other) => Number((other as HTMLElement).dataset['position']) > position);
    cards.insertBefore(card, after ?? null);
    return card;
  };
  const addRange = async (from: number, to: number): Promise<HTMLElement | undefined> => {
    let first: HTMLElement | undefined;
    for (let start = from; start < to; start += CHUNK) {
      const results = await orderedCases(view, options.more, start, Math.min(start + CHUNK, to));
      results.forEach((result, offset) => {
        const card = built.has(result.index) ? undefined : insert(result, start + offset);
        first ??= card;
      });
      if (start + CHUNK < to) await nextTask();
    }
    return first;
  };
  const note = h('span', {}, interpolate(m.detailsShown, countValues(options.locale, { shown, total })));
  const section = h(
    'section',
    { 'aria-labelledby': 'simulator-details-heading' },
    h('h3', { id: 'simulator-details-heading' }, m.detailsHeading),
    cards,
  );
  if (total > shown) {
    const next = async (): Promise<void> => {
      const from = shown;
      shown = Math.min(shown + DETAILS_STEP, total);
      const first = await addRange(from, shown);
      note.textContent = interpolate(m.detailsShown, countValues(options.locale, { shown, total }));
      if (shown >= total) {
        note.remove();
        first?.focus();
      }
    };
    section.append(
      h(
        'div',
        {},
        note,
        ' ',
        loadButton(
          interpolate(m.showNext, countValues(options.locale, { count: DETAILS_STEP })),
          next,
          () => shown < total,
        ),
      ),
    );
  }
  // After the queue has been painted: the details do not delay it.
  requestAnimationFrame(() => setTimeout(() => void addRange(0, shown), 0));
  const openCase = (index: number): HTMLElement | undefined => {
    const existing = document.getElementById(caseAnchor(index));
    if (existing) return existing;
    const entry = registry.get(index);
    return entry ? insert(entry.result, entry.position) : undefined;
  };
  return { section, openCase };
}

/** Every part of a simulation's results, ready to replace the previous ones: the queue and the summaries now, the details after. */
export function renderSimulation(view: SimulationView, options: RenderOptions): RenderedSimulation {
  const m = simulatorMessages[options.locale];
  const fragment = document.createDocumentFragment();
  const registry: Registry = new Map();
  if (view.issueTotal > 0) {
    const list = h('ul', { class: 'issues', id: 'simulator-issues' });
    for (const issue of view.issues) list.append(h('li', {}, describeIssue(issue, options.locale)));
    fragment.append(
      h(
        'section',
        { 'aria-labelledby': 'simulator-issues-heading' },
        h('h3', { id: 'simulator-issues-heading' }, m.issuesHeading),
        list,
        view.issueTotal > view.issues.length &&
          h(
            'p',
            {},
            interpolate(
              m.issuesShown,
              countValues(options.locale, { shown: view.issues.length, total: view.issueTotal }),
            ),
          ),
      ),
    );
  }
  const none = { fragment, openCase: () => undefined };
  if (view.summary.simulated === 0) return none;
  fragment.append(queueTable(view, options, m, registry));
  if (view.notCoveredTotal > 0) fragment.append(notCoveredList(view, options, m, registry));
  const { section, openCase } = detailsSection(view, options, m, registry);
  fragment.append(section);
  return { fragment, openCase };
}
