/**
 * Resolving a validated source into the published model: derived fields filled in (response
 * time per event, section numbers and paths), sections in the guide's order, frozen.
 */
import { compareSectionNumbers, deepFreeze } from '../model.ts';
import type { Catalog, CatalogEvent, Category, Priority } from '../model.ts';
import { durationMinutes } from '../time/duration.ts';
import type { CatalogSource } from './schema.ts';

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
