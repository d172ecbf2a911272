/**
 * How the guide presents the catalogue: section numbers and heading levels as in the seed
 * document, the priority wording, and the links between the guide and the event pages.
 * Pure functions over a resolved catalogue; the Astro components stay thin around them.
 */
import { formatResponseTime } from '../catalog/time/duration.ts';
import type { Catalog, CatalogEvent, Category, Locale, Priority } from '../catalog/model.ts';
import { listEventsInCategory, lookupCategory } from '../catalog/lookups.ts';

import { localizedPath } from '../i18n/messages.ts';
import { GUIDE_MESSAGES } from '../i18n/ui/guide.ts';

/** Heading level of a section: chapter 2 is an h2, so 2.1 is an h3 and 2.3.1 an h4 (at most h6). */
export function sectionHeadingLevel(category: Category): 3 | 4 | 5 | 6 {
  return Math.min(6, 2 + category.path.length) as 3 | 4 | 5 | 6;
}

/** The anchor of a section on the guide page: its catalogue id. */
export function sectionAnchor(category: Category): string {
  return `section-${category.id}`;
}

/** The response time of a priority as the guide shows it: `< 1 ora`. */
export function priorityResponse(priority: Priority, locale: Locale): string {
  return formatResponseTime(priority.responseTime, locale);
}

/** Heading of a section's first table column, as the seed words it: "Eventi monitorati" or "Descrizione". */
export function firstColumnHeading(category: Category, locale: Locale): string {
  const t = GUIDE_MESSAGES[locale];
  return category.eventsHeading === 'description' ? t.descriptionColumn : t.eventsColumn;
}

/** Path of the guide page in a locale. */
export function guidePath(locale: Locale): string {
  return localizedPath(locale, 'proactive-support/');
}

/** Path of the event table in a locale. */
export function eventTablePath(locale: Locale): string {
  return localizedPath(locale, 'proactive-support/events/');
}

/** Path of an event's own page in a locale. */
export function eventPath(locale: Locale, eventId: string): string {
  return localizedPath(locale, `proactive-support/events/${eventId}/`);
}

/** Link to a section on the guide page. */
export function sectionHref(locale: Locale, category: Category): string {
  return `${guidePath(locale)}#${sectionAnchor(category)}`;
}

/** Link to an event's row on the guide page (the row's id is the event id). */
export function eventRowHref(locale: Locale, eventId: string): string {
  return `${guidePath(locale)}#${eventId}`;
}

/** One section of the guide with the events filed directly under it. */
export interface GuideSection {
  category: Category;
  events: CatalogEvent[];
}

/** The guide's sections in reading order (sub-sections right after their parent), each with its events. */
export function guideSections(catalog: Catalog): GuideSection[] {
  return catalog.categories.map((category) => ({ category, events: listEventsInCategory(catalog, category.id) }));
}

/** How many other events of its section an event page lists at most. */
export const OTHER_EVENTS_SHOWN = 10;

/** The other covered events of an event's section that its page lists, and how many the section covers. */
export interface SectionNeighbours {
  /** At most `OTHER_EVENTS_SHOWN`, those nearest the event in catalogue order. */
  shown: CatalogEvent[];
  /** Covered events of the section, the event itself included when it is covered. */
  covered: number;
  /** Whether other covered events of the section are left out of `shown`. */
  partial: boolean;
}

/**
 * The other covered events an event page lists: all of them in a small section; in a large one
 * the nearest in catalogue order (a page listing 99 others was 27 KB of links on every page of a
 * 2,000-event catalogue), the guide's section having them all.
 */
export function sectionNeighbours(
  catalog: Catalog,
  event: CatalogEvent,
  limit = OTHER_EVENTS_SHOWN,
): SectionNeighbours {
  const section = listEventsInCategory(catalog, event.category).filter(
    (other) => !other.deprecated || other.id === event.id,
  );
  const others = section.filter((other) => other.id !== event.id);
  const covered = others.length + (event.deprecated ? 0 : 1);
  if (others.length <= limit) return { shown: others, covered, partial: false };
  // The event itself is in `section` (kept even when deprecated), so its position is found.
  const position = section.findIndex((other) => other.id === event.id);
  const start = Math.min(Math.max(0, position - Math.floor(limit / 2)), others.length - limit);
  return { shown: others.slice(start, start + limit), covered, partial: true };
}

/** The sections from the top level down to an event's own (for "2.3 › 2.3.1" trails). */
export function sectionTrail(catalog: Catalog, event: CatalogEvent): Category[] {
  return event.sectionPath.flatMap((id) => {
    const category = lookupCategory(catalog, id);
    return category ? [category] : [];
  });
}

/** CSS tone of a priority badge: ranks 1–4 have their own colour, lower ranks share a neutral one. */
export function priorityTone(priority: Priority): 'p1' | 'p2' | 'p3' | 'p4' | 'other' {
  return priority.rank >= 1 && priority.rank <= 4 ? (`p${priority.rank}` as 'p1' | 'p2' | 'p3' | 'p4') : 'other';
}

/**
 * Text and background colour of each badge tone, for media that cannot use the site's CSS (the PDF).
 * PriorityBadge.astro's styles hold the same pairs; a test keeps them equal.
 */
export const PRIORITY_TONE_COLORS: Readonly<
  Record<ReturnType<typeof priorityTone>, { background: string; text: string }>
> = {
  p1: { background: '#9f1239', text: '#ffffff' },
  p2: { background: '#9a3412', text: '#ffffff' },
  p3: { background: '#fde68a', text: '#422006' },
  p4: { background: '#dbeafe', text: '#1e3a8a' },
  other: { background: '#e5e7eb', text: '#111827' },
};
