/**
 * What changed between two versions of the catalogue, classified the way the versioning promise
 * is written: removing or renaming an id breaks monitoring components (major); new events,
 * deprecations and changed priorities or response times change what customers get (minor);
 * corrected wording changes nothing a machine relies on (patch).
 * Pure and browser-safe: the scripts, the gate and the changelog page all use it.
 */
import type { Catalog, CatalogEvent, Category, Locale } from '../model.ts';
import { LOCALES } from '../model.ts';
import major from 'semver/functions/major.js';
import minor from 'semver/functions/minor.js';
import parse from 'semver/functions/parse.js';
import { compareVersions } from '../version-order.ts';

/** A semantic version increment. */
export type Bump = 'major' | 'minor' | 'patch';

/** How a version relates to the one it follows. */
export type VersionStep = Bump | 'none' | 'lower';

/** Every kind of change the diff reports. */
export const CHANGE_KINDS = {
  'event-added': 'minor',
  'event-removed': 'major',
  'event-renamed': 'major',
  'event-deprecated': 'minor',
  'event-reinstated': 'minor',
  'deprecation-changed': 'minor',
  'priority-raised': 'minor',
  'priority-lowered': 'minor',
  'response-time-shortened': 'minor',
  'response-time-lengthened': 'minor',
  'section-moved': 'minor',
  'application-changed': 'minor',
  'text-changed': 'patch',
  'section-added': 'minor',
  'section-removed': 'major',
  'priority-level-added': 'minor',
  'priority-level-removed': 'major',
  'application-added': 'minor',
  'application-removed': 'major',
} as const satisfies Record<string, Bump>;

/** A kind of change. */
export type ChangeKind = keyof typeof CHANGE_KINDS;

/** What a change is about. */
export type SubjectType = 'event' | 'section' | 'priority' | 'application';

/** One classified change. `before`/`after` hold ids, ISO durations or texts, depending on the kind. */
export interface Change {
  kind: ChangeKind;
  /** The semver increment this change needs on its own. */
  bump: Bump;
  subject: { type: SubjectType; id: string };
  /** The field of a text change: `title`, `description`, `label`, `name`, `deprecated.reason`, `eventsHeading`. */
  field?: string;
  /** The language of a text change, when the field is translated. */
  locale?: Locale;
  before?: string;
  after?: string;
}

/** The changes from one catalogue to another and the increment they need together. */
export interface CatalogDiff {
  old: Catalog;
  new: Catalog;
  changes: Change[];
  /** The largest increment any change needs; `undefined` when nothing changed. */
  required: Bump | undefined;
}

const BUMP_RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };

/** Orders increments: patch < minor < major. */
export function compareBumps(a: Bump, b: Bump): number {
  return BUMP_RANK[a] - BUMP_RANK[b];
}

/** The largest of some increments. */
export function largestBump(bumps: Iterable<Bump>): Bump | undefined {
  let largest: Bump | undefined;
  for (const bump of bumps) if (!largest || compareBumps(bump, largest) > 0) largest = bump;
  return largest;
}

function change(kind: ChangeKind, type: SubjectType, id: string, extra: Partial<Change> = {}): Change {
  return { kind, bump: CHANGE_KINDS[kind], subject: { type, id }, ...extra };
}

/** `before`/`after` only when present, so that JSON output has no `undefined` holes. */
function values(before: string | undefined, after: string | undefined): Pick<Change, 'before' | 'after'> {
  return { ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
}

type Texts = Partial<Record<Locale, string>> | undefined;

/** Text changes of one translated field, one per language that differs. */
function textChanges(type: SubjectType, id: string, field: string, before: Texts, after: Texts): Change[] {
  return LOCALES.flatMap((locale) =>
    before?.[locale] === after?.[locale]
      ? []
      : [change('text-changed', type, id, { field, locale, ...values(before?.[locale], after?.[locale]) })],
  );
}

/** Every change to one event that keeps (or, for a rename, takes over) its identity. */
function eventChanges(before: CatalogEvent, after: CatalogEvent): Change[] {
  const id = after.id;
  const changes: Change[] = [];
  if (before.priority !== after.priority) {
    const rank = (priority: string) => Number(priority.slice(1));
    const kind = rank(after.priority) < rank(before.priority) ? 'priority-raised' : 'priority-lowered';
    changes.push(change(kind, 'event', id, values(before.priority, after.priority)));
  }
  if (before.responseMinutes !== after.responseMinutes) {
    const kind =
      after.responseMinutes < before.responseMinutes ? 'response-time-shortened' : 'response-time-lengthened';
    changes.push(change(kind, 'event', id, values(before.responseTime, after.responseTime)));
  }
  if (before.category !== after.category) {
    changes.push(change('section-moved', 'event', id, values(before.category, after.category)));
  }
  if (before.application !== after.application) {
    changes.push(change('application-changed', 'event', id, values(before.application, after.application)));
  }
  const was = before.deprecated;
  const is = after.deprecated;
  if (!was && is) changes.push(change('event-deprecated', 'event', id, values(undefined, is.replacedBy)));
  if (was && !is) changes.push(change('event-reinstated', 'event', id));
  if (was && is && was.replacedBy !== is.replacedBy) {
    changes.push(change('deprecation-changed', 'event', id, values(was.replacedBy, is.replacedBy)));
  }
  changes.push(
    ...textChanges('event', id, 'title', before.title, after.title),
    ...textChanges('event', id, 'description', before.description, after.description),
    ...(was && is ? textChanges('event', id, 'deprecated.reason', was.reason, is.reason) : []),
  );
  return changes;
}

/** Events that were removed, matched to the added (or existing) event that takes their place. */
function findRenames(next: Catalog, removed: CatalogEvent[], added: CatalogEvent[]) {
  const renames = new Map<string, CatalogEvent>();
  const taken = new Set<string>();
  for (const event of removed) {
    // A deprecation that named its replacement says where the id went.
    const replacement = event.deprecated?.replacedBy;
    const target = replacement ? next.events.find(({ id }) => id === replacement) : undefined;
    if (target && !taken.has(target.id)) {
      renames.set(event.id, target);
      taken.add(target.id);
    }
  }
  for (const event of removed) {
    if (renames.has(event.id)) continue;
    // Otherwise an added event with the same title in either language is the same event under a new id.
    const target = added.find(
      (candidate) =>
        !taken.has(candidate.id) && LOCALES.some((locale) => candidate.title[locale] === event.title[locale]),
    );
    if (target) {
      renames.set(event.id, target);
      taken.add(target.id);
    }
  }
  return renames;
}

/** Ids of common sections in order, per parent, to tell a moved section from a renumbered one. */
function siblingOrder(categories: readonly Category[], common: Set<string>): Map<string, string> {
  const order = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const category of categories) {
    if (!common.has(category.id)) continue;
    const parent = category.parent ?? '';
    const index = (counters.get(parent) ?? 0) + 1;
    counters.set(parent, index);
    order.set(category.id, `${parent}#${index}`);
  }
  return order;
}

function sectionChanges(old: Catalog, next: Catalog): Change[] {
  const changes: Change[] = [];
  const before = new Map(old.categories.map((category) => [category.id, category]));
  const after = new Map(next.categories.map((category) => [category.id, category]));
  const common = new Set([...before.keys()].filter((id) => after.has(id)));
  const oldOrder = siblingOrder(old.categories, common);
  const newOrder = siblingOrder(next.categories, common);
  for (const category of next.categories) {
    const previous = before.get(category.id);
    if (!previous) {
      changes.push(change('section-added', 'section', category.id, values(undefined, category.number)));
      continue;
    }
    if (previous.parent !== category.parent || oldOrder.get(category.id) !== newOrder.get(category.id)) {
      changes.push(change('section-moved', 'section', category.id, values(previous.number, category.number)));
    }
    changes.push(
      ...textChanges('section', category.id, 'title', previous.title, category.title),
      ...textChanges('section', category.id, 'description', previous.description, category.description),
    );
    if (previous.eventsHeading !== category.eventsHeading) {
      changes.push(
        change('text-changed', 'section', category.id, {
          field: 'eventsHeading',
          ...values(previous.eventsHeading, category.eventsHeading),
        }),
      );
    }
  }
  for (const category of old.categories) {
    if (!after.has(category.id)) changes.push(change('section-removed', 'section', category.id));
  }
  return changes;
}

function priorityChanges(old: Catalog, next: Catalog): Change[] {
  const changes: Change[] = [];
  const before = new Map(old.priorities.map((priority) => [priority.id, priority]));
  const after = new Set(next.priorities.map(({ id }) => id));
  for (const priority of next.priorities) {
    const previous = before.get(priority.id);
    if (!previous) {
      changes.push(change('priority-level-added', 'priority', priority.id, values(undefined, priority.responseTime)));
      continue;
    }
    if (previous.responseMinutes !== priority.responseMinutes) {
      const kind =
        priority.responseMinutes < previous.responseMinutes ? 'response-time-shortened' : 'response-time-lengthened';
      changes.push(change(kind, 'priority', priority.id, values(previous.responseTime, priority.responseTime)));
    }
    changes.push(...textChanges('priority', priority.id, 'label', previous.label, priority.label));
  }
  for (const priority of old.priorities) {
    if (!after.has(priority.id)) changes.push(change('priority-level-removed', 'priority', priority.id));
  }
  return changes;
}

function applicationChanges(old: Catalog, next: Catalog): Change[] {
  const changes: Change[] = [];
  const before = new Map(old.applications.map((application) => [application.id, application]));
  const after = new Set(next.applications.map(({ id }) => id));
  for (const application of next.applications) {
    const previous = before.get(application.id);
    if (!previous) changes.push(change('application-added', 'application', application.id));
    else if (previous.name !== application.name) {
      changes.push(
        change('text-changed', 'application', application.id, {
          field: 'name',
          ...values(previous.name, application.name),
        }),
      );
    }
  }
  for (const application of old.applications) {
    if (!after.has(application.id)) changes.push(change('application-removed', 'application', application.id));
  }
  return changes;
}

/**
 * Compares two resolved catalogues and classifies every change. The catalogue's own version,
 * date and source hash are not changes: they are what the verdict judges.
 */
export function diffCatalogs(old: Catalog, next: Catalog): CatalogDiff {
  const oldEvents = new Map(old.events.map((event) => [event.id, event]));
  const newIds = new Set(next.events.map(({ id }) => id));
  const removed = old.events.filter(({ id }) => !newIds.has(id));
  const added = next.events.filter(({ id }) => !oldEvents.has(id));
  const renames = findRenames(next, removed, added);
  const renamedTo = new Set([...renames.values()].map(({ id }) => id));

  const changes: Change[] = [];
  for (const event of next.events) {
    const previous = oldEvents.get(event.id);
    if (previous) changes.push(...eventChanges(previous, event));
    else if (!renamedTo.has(event.id)) changes.push(change('event-added', 'event', event.id));
  }
  for (const event of removed) {
    const target = renames.get(event.id);
    if (target) {
      // A new id takes over the old one's history (and what else changed with it); an existing
      // replacement only absorbs the old id, which stays the subject.
      const takesOver = !oldEvents.has(target.id);
      changes.push(change('event-renamed', 'event', takesOver ? target.id : event.id, values(event.id, target.id)));
      if (takesOver) changes.push(...eventChanges(event, target));
    } else {
      changes.push(change('event-removed', 'event', event.id, values(event.deprecated?.since, undefined)));
    }
  }
  changes.push(...sectionChanges(old, next), ...priorityChanges(old, next), ...applicationChanges(old, next));
  return { old, new: next, changes, required: largestBump(changes.map(({ bump }) => bump)) };
}

/** The kind of increment from one version to another (`none` when equal, `lower` when it goes back). */
export function versionStep(from: string, to: string): VersionStep {
  const order = compareVersions(to, from);
  if (order < 0) return 'lower';
  if (order === 0) return 'none';
  if (major(to) > major(from)) return 'major';
  if (minor(to) > minor(from)) return 'minor';
  return 'patch';
}

/** The lowest version that makes an increment of `bump` over `from`: 1.2.3 + minor → 1.3.0. */
export function minimumVersion(from: string, bump: Bump): string {
  const version = parse(from) ?? { major: 0, minor: 0, patch: 0 };
  if (bump === 'major') return `${version.major + 1}.0.0`;
  if (bump === 'minor') return `${version.major}.${version.minor + 1}.0`;
  return `${version.major}.${version.minor}.${version.patch + 1}`;
}

/** The gate's verdict on a diff: is the new version high enough for its changes? */
export interface GateVerdict {
  ok: boolean;
  /** The increment the changes need, if any. */
  required: Bump | undefined;
  /** The increment the new version actually makes. */
  actual: VersionStep;
  /** The lowest acceptable new version. */
  minimumVersion: string;
  /** The changes that need the required increment (the ones to name when it is missing). */
  decisive: Change[];
}

/** Judges whether the new catalogue's version is high enough for what changed. */
export function gateVerdict(diff: CatalogDiff): GateVerdict {
  const from = diff.old.version;
  const actual = versionStep(from, diff.new.version);
  const { required } = diff;
  const ok =
    actual !== 'lower' && (required === undefined || (actual !== 'none' && compareBumps(actual, required) >= 0));
  return {
    ok,
    required,
    actual,
    minimumVersion: required ? minimumVersion(from, required) : from,
    decisive: required ? diff.changes.filter(({ bump }) => bump === required) : [],
  };
}
