/**
 * The resolved catalogue: the validated source with its derived fields filled in
 * (response time per event, section numbers and paths). This is the shape of the
 * published `catalog.json`, and what the site, the simulator and the package query.
 * Browser-safe: no Node APIs here.
 */

/** The languages of the guide; Italian is the original. */
export const LOCALES = ['it', 'en'] as const;
/** A language of the guide. */
export type Locale = (typeof LOCALES)[number];

/** A text in every language of the guide. */
export type LocalizedText = { [L in Locale]: string };

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
  path: readonly string[];
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
  sectionPath: readonly string[];
}

/** The whole resolved catalogue. */
export interface Catalog {
  version: string;
  updated: string;
  /** sha256 (hex) of the source file's bytes. */
  sourceSha256: string;
  priorities: readonly Priority[];
  applications: readonly Application[];
  categories: readonly Category[];
  events: readonly CatalogEvent[];
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
