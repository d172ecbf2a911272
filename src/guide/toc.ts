/**
 * The guide page's table of contents: its sections come from the catalogue, not from the MDX
 * headings, so they are added to the chapter-2 entry that the MDX heading produced.
 */
import type { Catalog, Category, Locale } from '../catalog/model.ts';
import { GUIDE_EVENTS_CHAPTER } from '../catalog/labels.ts';
import { sectionAnchor, sectionHeadingLevel } from './sections.ts';
import { sectionLabel } from '../catalog/labels.ts';

/** A table-of-contents entry, as Starlight's route data holds it. */
export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
  children: TocEntry[];
}

/** The sections of the catalogue as a tree of table-of-contents entries. */
export function sectionTocEntries(catalog: Catalog, locale: Locale): TocEntry[] {
  const entryOf = (category: Category): TocEntry => ({
    depth: sectionHeadingLevel(category),
    slug: sectionAnchor(category),
    text: sectionLabel(category, locale),
    children: catalog.categories.filter((child) => child.parent === category.id).map(entryOf),
  });
  return catalog.categories.filter((category) => category.parent === undefined).map(entryOf);
}

/**
 * Adds the sections under the chapter-2 heading (`## 2 …`, slug `2-…`) of a table of contents.
 * Returns false when the page has no such heading, so that the caller can tell.
 */
export function addSectionsToToc(items: TocEntry[], sections: TocEntry[]): boolean {
  for (const item of items) {
    if (item.depth === 2 && item.slug.startsWith(`${GUIDE_EVENTS_CHAPTER}-`)) {
      item.children.push(...sections);
      return true;
    }
    if (addSectionsToToc(item.children, sections)) return true;
  }
  return false;
}
