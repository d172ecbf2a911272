/**
 * How the catalogue's ids read to people, the same in the guide, the table, the CSV, the PDF,
 * the changelog and the command line: `P1 CRITICO`, `2.3.1 Saturazione della capacità`.
 */
import type { Category, Locale, Priority } from './model.ts';

/** In the guide the covered events are chapter 2: section `3.1` of the catalogue is shown as 2.3.1. */
export const GUIDE_EVENTS_CHAPTER = '2';

/** The number a section carries in the guide, the table and the CSV: `2.3.1` for the catalogue's `3.1`. */
export function guideSectionNumber(category: Pick<Category, 'number'>): string {
  return `${GUIDE_EVENTS_CHAPTER}.${category.number}`;
}

/** A section heading as the guide shows it: `2.3.1 Saturazione della capacità`. */
export function sectionLabel(category: Pick<Category, 'number' | 'title'>, locale: Locale): string {
  return `${guideSectionNumber(category)} ${category.title[locale]}`;
}

/** A priority as the badge reads without colour: `P1 CRITICO`. */
export function priorityLabel(priority: Pick<Priority, 'id' | 'label'>, locale: Locale): string {
  return `${priority.id} ${priority.label[locale]}`;
}
