/**
 * Words for a catalogue diff: sentences a customer understands (the changelog, in Italian and
 * English), and the maintainer's outputs of `catalog:diff` (Markdown, JSON, one-line summary,
 * and the gate's instruction when the version is too low). Pure and browser-safe.
 */
import { CHANGELOG_MESSAGES } from '../messages/changelog.ts';
import { versionMessages } from '../messages/versions.ts';
import { interpolate } from '../messages/define.ts';
import { largestBump, type Bump, type CatalogDiff, type Change, type GateVerdict } from './diff.ts';
import { formatResponseTime } from '../time/duration.ts';
import { formatFindingText, type Finding } from '../source/findings.ts';
import type { Catalog, Locale } from '../model.ts';
import { priorityLabel } from '../labels.ts';
import { lookupEvent } from '../lookups.ts';

/** One line of a changelog: everything that changed about one event, section, priority or application. */
export interface ChangeLine {
  subject: Change['subject'];
  /** The subject as a customer knows it, e.g. the event's title. */
  name: string;
  /** What changed, e.g. `priority raised from P3 MEDIUM to P2 HIGH, response time now < 2 hours`. */
  text: string;
  /** The largest increment among the line's changes. */
  bump: Bump;
  changes: Change[];
}

/** Options of `describeDiff`. */
export interface DescribeOptions {
  /** Leave out text changes of the other language (a customer reads one). Default false. */
  onlyOwnLanguage?: boolean;
}

/** Describes a diff for a customer, one line per subject, in catalogue order. */
export function describeDiff(diff: CatalogDiff, locale: Locale, options: DescribeOptions = {}): ChangeLine[] {
  const groups = new Map<string, Change[]>();
  for (const change of diff.changes) {
    if (options.onlyOwnLanguage && change.locale && change.locale !== locale) continue;
    const key = `${change.subject.type}:${change.subject.id}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return [...groups.values()].map((changes) => {
    const { subject } = changes[0]!;
    const priorityChanged = changes.some(({ kind }) => kind === 'priority-raised' || kind === 'priority-lowered');
    return {
      subject,
      name: subjectName(diff, subject, locale),
      text: changes.map((change) => describeChange(diff, change, locale, priorityChanged)).join(', '),
      bump: largestBump(changes.map(({ bump }) => bump)) ?? 'patch',
      changes,
    };
  });
}

/** The subject of a change as a customer knows it. */
export function subjectName(diff: CatalogDiff, subject: Change['subject'], locale: Locale): string {
  const t = CHANGELOG_MESSAGES[locale];
  const find = <T extends { id: string }>(pick: (catalog: Catalog) => readonly T[]): T | undefined =>
    pick(diff.new).find(({ id }) => id === subject.id) ?? pick(diff.old).find(({ id }) => id === subject.id);
  switch (subject.type) {
    case 'event':
      // Indexed: a release of 2,000 events names 2,000 subjects.
      return (lookupEvent(diff.new, subject.id) ?? lookupEvent(diff.old, subject.id))?.title[locale] ?? subject.id;
    case 'section': {
      const title = find((catalog) => catalog.categories)?.title[locale] ?? subject.id;
      return interpolate(t.sectionSubject, { title: quote(title, locale) });
    }
    case 'priority':
      return interpolate(t.prioritySubject, {
        priority: priorityName(
          find((catalog) => catalog.priorities),
          locale,
        ),
      });
    case 'application':
      return interpolate(t.applicationSubject, { name: find((catalog) => catalog.applications)?.name ?? subject.id });
  }
}

function quote(text: string, locale: Locale): string {
  return interpolate(CHANGELOG_MESSAGES[locale].quote, { text });
}

function priorityName(priority: { id: string; label: Record<Locale, string> } | undefined, locale: Locale): string {
  return priority ? priorityLabel(priority, locale) : '';
}

/** One change in a customer's words (without the subject). */
export function describeChange(diff: CatalogDiff, change: Change, locale: Locale, priorityChanged = false): string {
  const t = CHANGELOG_MESSAGES[locale];
  const { old, new: next } = diff;
  const event = lookupEvent(next, change.subject.id);
  const priority = (catalog: Catalog, id: string | undefined) =>
    priorityName(
      catalog.priorities.find((level) => level.id === id),
      locale,
    ) ||
    id ||
    t.none;
  const section = (catalog: Catalog, id: string | undefined) => {
    const found = catalog.categories.find((category) => category.id === id);
    return found ? quote(found.title[locale], locale) : (id ?? t.none);
  };
  const application = (id: string | undefined) =>
    id === undefined ? t.none : ([...next.applications, ...old.applications].find((app) => app.id === id)?.name ?? id);
  const eventTitle = (id: string | undefined) => {
    const found = id === undefined ? undefined : lookupEvent(next, id);
    return found ? quote(found.title[locale], locale) : (id ?? t.none);
  };
  const time = (iso: string | undefined) => (iso ? formatResponseTime(iso, locale) : t.none);
  const text = (value: string | undefined) => (value === undefined ? t.none : quote(value, locale));
  const own = change.locale === undefined || change.locale === locale;
  const language = change.locale ? t[`languageName_${change.locale}`] : '';
  switch (change.kind) {
    case 'event-added':
      return interpolate(t.eventAdded, {
        priority: priority(next, event?.priority),
        responseTime: time(event?.responseTime),
      });
    case 'event-removed':
      return change.before
        ? interpolate(t.eventRemovedDeprecated, { id: change.subject.id, since: change.before })
        : interpolate(t.eventRemoved, { id: change.subject.id });
    case 'event-renamed':
      return interpolate(change.subject.id === change.before ? t.eventMerged : t.eventRenamed, {
        before: change.before ?? '',
        after: change.after ?? '',
        replacement: eventTitle(change.after),
      });
    case 'event-deprecated': {
      const reason = event?.deprecated?.reason[locale] ?? '';
      return change.after
        ? interpolate(t.eventDeprecatedReplaced, { replacement: eventTitle(change.after), reason })
        : interpolate(t.eventDeprecated, { reason });
    }
    case 'event-reinstated':
      return t.eventReinstated;
    case 'deprecation-changed':
      return change.after
        ? interpolate(t.deprecationReplaced, { replacement: eventTitle(change.after) })
        : t.deprecationNotReplaced;
    case 'priority-raised':
    case 'priority-lowered':
      return interpolate(change.kind === 'priority-raised' ? t.priorityRaised : t.priorityLowered, {
        before: priority(old, change.before),
        after: priority(next, change.after),
      });
    case 'response-time-shortened':
    case 'response-time-lengthened':
      if (priorityChanged) return interpolate(t.responseTimeNow, { after: time(change.after) });
      return interpolate(
        change.kind === 'response-time-shortened' ? t.responseTimeShortened : t.responseTimeLengthened,
        {
          before: time(change.before),
          after: time(change.after),
        },
      );
    case 'section-moved': {
      if (change.subject.type === 'event') {
        return interpolate(t.eventMoved, { before: section(old, change.before), after: section(next, change.after) });
      }
      const before = old.categories.find(({ id }) => id === change.subject.id);
      const after = next.categories.find(({ id }) => id === change.subject.id);
      if (before?.parent === after?.parent) return t.sectionMoved;
      return after?.parent
        ? interpolate(t.sectionMovedUnder, { parent: section(next, after.parent) })
        : t.sectionMovedTop;
    }
    case 'application-changed':
      return interpolate(t.applicationChanged, {
        before: application(change.before),
        after: application(change.after),
      });
    case 'text-changed':
      switch (change.field) {
        case 'title':
          return interpolate(own ? t.titleChanged : t.titleChangedIn, {
            language,
            before: text(change.before),
            after: text(change.after),
          });
        case 'label':
          return interpolate(own ? t.labelChanged : t.labelChangedIn, {
            language,
            before: text(change.before),
            after: text(change.after),
          });
        case 'description':
          return own ? t.descriptionChanged : interpolate(t.descriptionChangedIn, { language });
        case 'deprecated.reason':
          return own ? t.reasonChanged : interpolate(t.reasonChangedIn, { language });
        case 'name':
          return interpolate(t.nameChanged, { before: text(change.before) });
        default:
          return t.headingChanged;
      }
    case 'section-added':
      return t.sectionAdded;
    case 'section-removed':
      return t.sectionRemoved;
    case 'priority-level-added':
      return interpolate(t.priorityLevelAdded, { responseTime: time(change.after) });
    case 'priority-level-removed':
      return t.priorityLevelRemoved;
    case 'application-added':
      return t.applicationAdded;
    case 'application-removed':
      return t.applicationRemoved;
  }
}

/** One change in a maintainer's words, with ids: `priority of webex-presence-failure raised from P3 to P2`. */
export function technicalChange(change: Change, locale: Locale = 'en'): string {
  const t = versionMessages[locale];
  const { type, id } = change.subject;
  const values = {
    id,
    of: interpolate(t[`of.${type}`], { id }),
    before: change.before ?? t.none,
    after: change.after ?? t.none,
  };
  switch (change.kind) {
    case 'event-removed':
      return change.before
        ? interpolate(t.eventRemovedDeprecated, { id, since: change.before })
        : interpolate(t['event-removed'], values);
    case 'event-deprecated':
      return change.after ? interpolate(t.eventDeprecatedReplaced, values) : interpolate(t['event-deprecated'], values);
    case 'section-moved':
      return interpolate(type === 'event' ? t.eventMoved : t.sectionMoved, values);
    case 'text-changed': {
      const field = change.field ?? 'text';
      return change.locale
        ? interpolate(t.textChangedIn, { ...values, field, language: t[`language.${change.locale}`] })
        : interpolate(t['text-changed'], { ...values, field });
    }
    default:
      return interpolate(t[change.kind], values);
  }
}

/** Where the new catalogue's version is written, for the gate's located message. */
export interface VersionLocation {
  file: string;
  line?: number;
  col?: number;
  /** False when the file is a published catalog.json (the version is raised in its source). */
  editable: boolean;
}

/**
 * The gate's finding when the version is too low, located at the new catalogue's `version`: what
 * changed, by how much the version must rise and where to raise it. `undefined` when it is high enough.
 */
export function gateFinding(
  diff: CatalogDiff,
  verdict: GateVerdict,
  where: VersionLocation,
  locale: Locale = 'en',
): Finding | undefined {
  if (verdict.ok) return undefined;
  const t = versionMessages[locale];
  const from = diff.old.version;
  const to = diff.new.version;
  const place = where.editable ? where.file : interpolate(t.builtFrom, { file: where.file });
  const action = interpolate(t.raise, { to, minimum: verdict.minimumVersion, place });
  const [first, ...rest] = verdict.decisive;
  const reason = first
    ? interpolate(t.increment, { change: technicalChange(first, locale), bump: verdict.required ?? '' })
    : interpolate(t.versionLower, { to, from });
  const more =
    rest.length === 0
      ? ''
      : interpolate(rest.length === 1 ? t.moreOne : t.moreOther, { count: rest.length, bump: verdict.required ?? '' });
  return {
    rule: 'version-bump',
    level: 'error',
    message: `${reason}${more}: ${action}`,
    ...(where.editable ? { hint: t.raiseHint } : {}),
    path: 'version',
    file: where.file,
    line: where.line ?? 1,
    col: where.col ?? 1,
  };
}

/** The gate's message, compiler style, followed by every change and its increment; empty when the version is high enough. */
export function gateMessage(
  diff: CatalogDiff,
  verdict: GateVerdict,
  where: VersionLocation,
  locale: Locale = 'en',
): string[] {
  const finding = gateFinding(diff, verdict, where, locale);
  if (!finding) return [];
  return [
    formatFindingText(finding, locale),
    `  ${interpolate(versionMessages[locale].changesSince, { version: diff.old.version })}`,
    ...diff.changes.map((change) => `    ${change.bump}: ${technicalChange(change, locale)}`),
  ];
}

/** One line: `1.0.0 → 1.1.0: 3 changes (2 minor, 1 patch), needs minor: ok`. */
export function renderSummary(diff: CatalogDiff, verdict: GateVerdict, locale: Locale = 'en'): string {
  const t = versionMessages[locale];
  const from = diff.old.version;
  const to = diff.new.version;
  const counts = (['major', 'minor', 'patch'] as const)
    .map((bump) => [bump, diff.changes.filter((change) => change.bump === bump).length] as const)
    .filter(([, count]) => count > 0)
    .map(([bump, count]) => `${count} ${bump}`)
    .join(', ');
  const total = diff.changes.length;
  const changes =
    total === 0 ? t.noChanges : interpolate(total === 1 ? t.changesOne : t.changesOther, { count: total, counts });
  const needs = verdict.required ? interpolate(t.needs, { bump: verdict.required }) : '';
  const outcome = verdict.ok ? t.ok : interpolate(t.tooLowSummary, { minimum: verdict.minimumVersion });
  return `${from} → ${to}: ${changes}${needs}: ${outcome}`;
}

/** True when the change's subject also changed priority (its response time is then said as "now …"). */
function priorityChangedFor(diff: CatalogDiff, change: Change): boolean {
  return diff.changes.some(
    ({ kind, subject }) =>
      (kind === 'priority-raised' || kind === 'priority-lowered') &&
      subject.type === change.subject.type &&
      subject.id === change.subject.id,
  );
}

/** Inputs named in the machine-readable output. */
export interface DiffFiles {
  old: string;
  new: string;
}

/** The diff as JSON: versions, verdict and every change with its sentence in both languages. */
export function renderJson(diff: CatalogDiff, verdict: GateVerdict, files: DiffFiles): string {
  return `${JSON.stringify(
    {
      old: { file: files.old, version: diff.old.version, updated: diff.old.updated },
      new: { file: files.new, version: diff.new.version, updated: diff.new.updated },
      required: verdict.required ?? null,
      actual: verdict.actual,
      minimumVersion: verdict.minimumVersion,
      ok: verdict.ok,
      changes: diff.changes.map((change) => ({
        ...change,
        summary: technicalChange(change),
        text: {
          it: `${subjectName(diff, change.subject, 'it')}: ${describeChange(diff, change, 'it', priorityChangedFor(diff, change))}`,
          en: `${subjectName(diff, change.subject, 'en')}: ${describeChange(diff, change, 'en', priorityChangedFor(diff, change))}`,
        },
      })),
    },
    null,
    2,
  )}\n`;
}

const MARKDOWN_SPECIAL = /[\\`*_[\]|#]|<(?=[A-Za-z/!?])/g;

/** Escapes a catalogue text for Markdown. */
function md(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (character) => `\\${character}`);
}

/** The diff as Markdown: verdict, then the changes in a customer's words with their increments. */
export function renderMarkdown(
  diff: CatalogDiff,
  verdict: GateVerdict,
  files: DiffFiles,
  locale: Locale = 'en',
): string {
  const t = versionMessages[locale];
  const from = diff.old.version;
  const to = diff.new.version;
  const minimum = verdict.minimumVersion;
  const out = [
    interpolate(t.reportHeading, { from, to }),
    '',
    interpolate(t.reportCompared, { old: files.old, new: files.new }),
    '',
  ];
  if (diff.changes.length === 0) out.push(t.reportNoChanges);
  else {
    const step =
      verdict.actual === 'none'
        ? t.stepNone
        : verdict.actual === 'lower'
          ? t.stepLower
          : interpolate(t.stepIncrement, { bump: verdict.actual });
    out.push(
      interpolate(t.reportRequired, {
        required: verdict.required ?? '',
        minimum,
        to,
        step,
        outcome: verdict.ok ? t.ok : t.outcomeTooLow,
      }),
      '',
      t.reportColumns,
      '| --- | --- |',
      ...describeDiff(diff, locale).map(
        (line) => `| ${line.bump} | **${md(line.name)}** (\`${line.subject.id}\`): ${md(line.text)} |`,
      ),
    );
  }
  if (!verdict.ok) out.push('', interpolate(t.reportTooLow, { to, minimum }));
  return `${out.join('\n')}\n`;
}
