/**
 * The resolved catalogue: the validated source with its derived fields filled in
 * (response time per event, section numbers and paths). This is the shape of the
 * published `catalog.json`, and what the site, the simulator and the package query.
 * Browser-safe: no Node APIs here.
 */
import { durationMinutes } from './time/duration.ts';
import type { CatalogSource, LocalizedText } from './source/schema.ts';

export type { LocalizedText };

/** The languages of the guide; Italian is the original. */
export const LOCALES = ['it', 'en'] as const;
/** A language of the guide. */
export type Locale = (typeof LOCALES)[number];

/** A priority level with its response time. */
export interface Priority {
  id: string;
  /** 1 for P1, the most urgent. */
  rank: number;
  label: LocalizedText;
  /** ISO 8601 duration. */
  responseTime: string;
  /** The response time in whole minutes, rounded up. */
  responseMinutes: number;
}

/** An application of the Imagicle UCX Suite. */
export interface Application {
  id: string;
  name: string;
}

/** A section of the guide. */
export interface Category {
  id: string;
  parent?: string;
  title: LocalizedText;
  description: LocalizedText;
  eventsHeading: 'events' | 'description';
  /** Number within the list of covered events: `1`, `3.1` (the guide shows them as 2.1, 2.3.1). */
  number: string;
  /** Ids from the top-level section down to this one. */
  path: string[];
}

/** Deprecation of an event. */
export interface Deprecation {
  since: string;
  reason: LocalizedText;
  replacedBy?: string | undefined;
}

/** A catalogued event with its derived fields. */
export interface CatalogEvent {
  id: string;
  category: string;
  priority: string;
  application?: string;
  title: LocalizedText;
  description?: LocalizedText;
  deprecated?: Deprecation;
  /** The priority's response time, ISO 8601. */
  responseTime: string;
  /** The response time in whole minutes, rounded up. */
  responseMinutes: number;
  /** Ids of the sections from the top level down to the event's own. */
  sectionPath: string[];
}

/** The whole resolved catalogue. */
export interface Catalog {
  version: string;
  updated: string;
  /** sha256 (hex) of the source file's bytes. */
  sourceSha256: string;
  priorities: Priority[];
  applications: Application[];
  categories: Category[];
  events: CatalogEvent[];
}

/** Numbers sections depth-first in source order: `1`, `2`, `3`, `3.1`, `3.2`. */
function numberCategories(categories: CatalogSource['categories']): Map<string, { number: string; path: string[] }> {
  const result = new Map<string, { number: string; path: string[] }>();
  const visit = (parent: string | undefined, prefix: string, path: string[]): void => {
    let index = 0;
    for (const category of categories) {
      if (category.parent !== parent || result.has(category.id)) continue;
      index += 1;
      const number = prefix ? `${prefix}.${index}` : String(index);
      const ownPath = [...path, category.id];
      result.set(category.id, { number, path: ownPath });
      visit(category.id, number, ownPath);
    }
  };
  visit(undefined, '', []);
  return result;
}

/**
 * Resolves a validated source into the published shape.
 * Call only on a source that passed `validateCatalog`: references are assumed to resolve.
 */
export function resolveCatalog(source: CatalogSource, sourceSha256: string): Catalog {
  const priorities = source.priorities.map((priority): Priority => ({
    id: priority.id,
    rank: Number(priority.id.slice(1)),
    label: priority.label,
    responseTime: priority.responseTime,
    responseMinutes: durationMinutes(priority.responseTime) ?? 0,
  }));
  const priorityById = new Map(priorities.map((priority) => [priority.id, priority]));
  const numbering = numberCategories(source.categories);
  // Order sections depth-first, so that a sub-section follows its parent as in the guide.
  const categories = source.categories
    .map((category): Category => {
      const { number = '', path = [category.id] } = numbering.get(category.id) ?? {};
      return {
        id: category.id,
        ...(category.parent ? { parent: category.parent } : {}),
        title: category.title,
        description: category.description,
        eventsHeading: category.eventsHeading ?? 'events',
        number,
        path,
      };
    })
    .sort((a, b) => compareSectionNumbers(a.number, b.number));
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const events = source.events.map((event): CatalogEvent => {
    const priority = priorityById.get(event.priority);
    return {
      id: event.id,
      category: event.category,
      priority: event.priority,
      ...(event.application ? { application: event.application } : {}),
      title: event.title,
      ...(event.description ? { description: event.description } : {}),
      ...(event.deprecated ? { deprecated: event.deprecated } : {}),
      responseTime: priority?.responseTime ?? '',
      responseMinutes: priority?.responseMinutes ?? 0,
      sectionPath: categoryById.get(event.category)?.path ?? [event.category],
    };
  });
  return deepFreeze({
    version: source.version,
    updated: source.updated,
    sourceSha256,
    priorities,
    applications: source.applications.map(({ id, name }) => ({ id, name })),
    categories,
    events,
  });
}

/** Orders `1` < `2` < `2.1` < `10` numerically, part by part. */
export function compareSectionNumbers(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Freezes an object graph, so that no consumer can change the shared catalogue by accident. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
