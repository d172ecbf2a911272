/**
 * Builds the simulator's results as DOM nodes from a `Simulation`. Every text, and above all
 * every text from the input, goes in as a text node: nothing here parses HTML.
 */
import { formatInstant, timeLeft } from '../../catalog/time/datetime.ts';
import { formatResponseTime } from '../../catalog/time/duration.ts';
import type { Catalog, Locale } from '../../catalog/model.ts';
import { renderNotification } from '../../catalog/simulator/notification.ts';
import { getApplication, getCategory, getPriority } from '../../catalog/query.ts';
import type { CaseResult, Simulation } from '../../catalog/simulator/simulate.ts';
import { describeCheck, describeIssue } from '../../catalog/simulator/simulate-text.ts';
import { interpolate } from '../../i18n/messages.ts';
import { simulatorMessages, type SimulatorMessages } from '../../catalog/messages/simulator.ts';
import { eventPath, priorityLabel, sectionLabel } from '../guide/sections.ts';

/** How to show a simulation. */
export interface RenderOptions {
  catalog: Catalog;
  locale: Locale;
  timeZone: string;
  /** The "now" the time left is measured from. */
  now: Date;
  /** Origin of the site, for the links in the notifications. */
  origin: string;
  /** Rows of the queue rendered before a "show all" button (large batches stay fast). */
  rowLimit: number;
  /** Cases rendered in full before a "show all" button. */
  cardLimit: number;
}

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
export function summaryText(simulation: Simulation, locale: Locale): string {
  const m = simulatorMessages[locale];
  const { summary } = simulation;
  const text = interpolate(m.summary, { ...summary });
  return summary.expected > 0 ? `${text} ${interpolate(m.summaryExpect, { ...summary })}` : text;
}

/** Counts per priority: `P1 CRITICAL: 2 · P2 HIGH: 0 …`. */
function countsLine(simulation: Simulation, options: RenderOptions): HTMLElement {
  const m = simulatorMessages[options.locale];
  const parts = options.catalog.priorities.map(
    (priority) => `${priorityLabel(priority, options.locale)}: ${simulation.counts[priority.id] ?? 0}`,
  );
  return h('p', { class: 'counts' }, `${m.byPriority}: ${parts.join(' · ')}`);
}

/** A "show all" button that replaces itself with the rest. */
function showAllButton(m: SimulatorMessages, renderRest: () => Node): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary' }, m.showAll);
  button.addEventListener('click', () => {
    const rest = renderRest();
    button.replaceWith(rest);
  });
  return button;
}

function queueRow(result: CaseResult, options: RenderOptions, m: SimulatorMessages): HTMLElement {
  const { catalog, locale } = options;
  const priority = result.event ? getPriority(catalog, result.event.priority) : undefined;
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

/** The triage queue: covered events by deadline, in a table. */
function queueTable(simulation: Simulation, options: RenderOptions, m: SimulatorMessages): HTMLElement {
  const section = h('section', { 'aria-labelledby': 'simulator-queue-heading' });
  section.append(h('h3', { id: 'simulator-queue-heading' }, m.queueHeading), countsLine(simulation, options));
  if (simulation.queue.length === 0) {
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
  const rows = (from: number, to: number): DocumentFragment => {
    const fragment = document.createDocumentFragment();
    for (const result of simulation.queue.slice(from, to)) fragment.append(queueRow(result, options, m));
    return fragment;
  };
  body.append(rows(0, options.rowLimit));
  const table = h('table', { id: 'simulator-queue' }, h('thead', {}, head), body);
  // Focusable, so that keyboard users can scroll a wide table on a narrow screen.
  section.append(
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': m.queueHeading }, table),
  );
  if (simulation.queue.length > options.rowLimit) {
    const note = h(
      'p',
      {},
      interpolate(m.queueShown, { shown: options.rowLimit, total: simulation.queue.length }),
      ' ',
      showAllButton(m, () => {
        body.append(rows(options.rowLimit, simulation.queue.length));
        return document.createTextNode('');
      }),
    );
    section.append(note);
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

/** The list of payloads that are not covered. */
function notCoveredList(simulation: Simulation, options: RenderOptions, m: SimulatorMessages): HTMLElement {
  const list = h('ul', { id: 'simulator-not-covered' });
  for (const result of simulation.notCovered.slice(0, options.rowLimit)) {
    list.append(
      h(
        'li',
        {},
        h('a', { href: `#${caseAnchor(result.index)}` }, `[${result.index}]`),
        ' ',
        h('code', {}, result.payload.event),
        ' ',
        verdictBadge(result, m),
        notCoveredReason(result, options, m),
      ),
    );
  }
  return h(
    'section',
    { 'aria-labelledby': 'simulator-not-covered-heading' },
    h('h3', { id: 'simulator-not-covered-heading' }, m.notCoveredHeading),
    list,
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
    const category = getCategory(catalog, event.category);
    const priority = getPriority(catalog, event.priority);
    const application = event.application ? getApplication(catalog, event.application) : undefined;
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
    const category = getCategory(catalog, event.category);
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

/** Every part of a simulation's results, ready to replace the previous ones. */
export function renderSimulation(simulation: Simulation, options: RenderOptions): DocumentFragment {
  const m = simulatorMessages[options.locale];
  const fragment = document.createDocumentFragment();
  if (simulation.issues.length > 0) {
    const list = h('ul', { class: 'issues', id: 'simulator-issues' });
    for (const issue of simulation.issues) list.append(h('li', {}, describeIssue(issue, options.locale)));
    fragment.append(
      h(
        'section',
        { 'aria-labelledby': 'simulator-issues-heading' },
        h('h3', { id: 'simulator-issues-heading' }, m.issuesHeading),
        list,
      ),
    );
  }
  if (simulation.results.length === 0) return fragment;
  fragment.append(queueTable(simulation, options, m));
  if (simulation.notCovered.length > 0) fragment.append(notCoveredList(simulation, options, m));
  // Cases in triage order (the queue, then the rest), as a person works through them.
  const ordered = [...simulation.queue, ...simulation.notCovered];
  const details = h(
    'section',
    { 'aria-labelledby': 'simulator-details-heading' },
    h('h3', { id: 'simulator-details-heading' }, m.detailsHeading),
  );
  const cards = (from: number, to: number): DocumentFragment => {
    const part = document.createDocumentFragment();
    for (const result of ordered.slice(from, to)) part.append(caseCard(result, options));
    return part;
  };
  details.append(cards(0, options.cardLimit));
  if (ordered.length > options.cardLimit) {
    details.append(
      h(
        'div',
        {},
        interpolate(m.detailsShown, { shown: options.cardLimit, total: ordered.length }),
        ' ',
        showAllButton(m, () => cards(options.cardLimit, ordered.length)),
      ),
    );
  }
  fragment.append(details);
  return fragment;
}
