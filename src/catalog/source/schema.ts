/**
 * The shape of `catalog/catalog.yaml`, the one file that catalogue maintainers edit.
 *
 * Every field carries a description: it is shown by editors (through the emitted
 * `catalog-source.schema.json`) while a maintainer types, and in validation hints.
 * Rules that span records (unique ids, references, ordering) live in `rules.ts`.
 */
import { z } from 'zod';
import { EXACT_DURATION, KEBAB_CASE, PRIORITY_ID, SEMVER } from '../patterns.ts';

export { EXACT_DURATION, KEBAB_CASE, PRIORITY_ID, SEMVER };

/** Longest one-line text (titles, labels, names): a line of the guide's table, with room to spare. */
export const MAX_SHORT_TEXT = 200;
/** Longest description or reason: a paragraph. */
export const MAX_LONG_TEXT = 2000;
/** Longest id: ids appear in URLs and monitoring payloads. */
export const MAX_ID = 100;

/** A text in both languages, at most `max` characters in each. */
function localizedText(max: number) {
  return z
    .strictObject({
      /** Italian text, as published in the Italian guide. */
      it: z.string().trim().min(1).max(max).describe(`Italian text (required, not empty, at most ${max} characters).`),
      /** English text, as published in the English guide. */
      en: z.string().trim().min(1).max(max).describe(`English text (required, not empty, at most ${max} characters).`),
    })
    .describe('A text in Italian (it) and English (en); both are required.');
}

/** A one-line text in both languages of the guide (a title, a label). */
export const LocalizedText = localizedText(MAX_SHORT_TEXT);
/** A longer text in both languages (a description, a reason); line breaks allowed. */
export const LongLocalizedText = localizedText(MAX_LONG_TEXT);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A stable kebab-case identifier. */
export const KebabId = z
  .string()
  .max(MAX_ID)
  .regex(KEBAB_CASE)
  .describe(
    `A stable kebab-case identifier (lowercase letters, digits and single hyphens, at most ${MAX_ID} characters).`,
  );

/** A priority level (P1…P4) and the response time that belongs to it. */
export const PrioritySource = z
  .strictObject({
    /** `P1` is the most urgent level. */
    id: z.string().regex(PRIORITY_ID).describe('Priority id: P followed by the level, P1 being the most urgent.'),
    /** The level's name, e.g. CRITICO / CRITICAL. */
    label: LocalizedText.describe('The name of the level, e.g. { it: CRITICO, en: CRITICAL }.'),
    /** Time within which Imagicle responds to an event of this priority. */
    responseTime: z
      .string()
      .regex(EXACT_DURATION)
      .describe('Response time as an ISO 8601 duration of exact length, e.g. PT1H (1 hour), PT30M, P1D.'),
  })
  .describe('A priority level and its response time.');
export type PrioritySource = z.infer<typeof PrioritySource>;

/** An application of the Imagicle UCX Suite that events can be filtered by. */
export const ApplicationSource = z
  .strictObject({
    /** Stable id, e.g. `call-recording`. */
    id: KebabId.describe('Stable kebab-case id of the application, e.g. call-recording.'),
    /** Product name; product names are never translated. */
    name: z
      .string()
      .trim()
      .min(1)
      .max(MAX_SHORT_TEXT)
      .describe(
        `Product name, the same in every language, e.g. Call Recording (at most ${MAX_SHORT_TEXT} characters).`,
      ),
  })
  .describe('An application of the Imagicle UCX Suite.');
export type ApplicationSource = z.infer<typeof ApplicationSource>;

/** Which heading the first column of a section's table carries in the seed document. */
export const EventsHeading = z
  .enum(['events', 'description'])
  .describe(
    'Heading of the first column of the section table: "events" (Eventi monitorati) or "description" (Descrizione).',
  );

/** A section of the guide: events are grouped by it, in order; `parent` makes a sub-section. */
export const CategorySource = z
  .strictObject({
    /** Stable id, e.g. `service-degradation`. */
    id: KebabId.describe('Stable kebab-case id of the section.'),
    /** Id of the enclosing section, for a sub-section. */
    parent: KebabId.optional().describe('Id of the enclosing section, when this is a sub-section.'),
    /** Section title. */
    title: LocalizedText.describe('Section title in both languages.'),
    /** What the events of this section have in common; `**bold**` is allowed. */
    description: LongLocalizedText.describe('What the events of this section have in common. **bold** is allowed.'),
    /** Heading of the first column of the section's table. */
    eventsHeading: EventsHeading.optional().describe(
      'Heading of the first column of the section table: "events" (default) or "description".',
    ),
  })
  .describe('A section of the guide.');
export type CategorySource = z.infer<typeof CategorySource>;

/** Marks an event that is no longer raised; it stays in the catalogue so that ids never vanish. */
export const DeprecationSource = z
  .strictObject({
    /** Catalogue version in which the event was deprecated. */
    since: z.string().regex(SEMVER).describe('Catalogue version in which the event was deprecated, e.g. 1.2.0.'),
    /** Why, in words a customer understands. */
    reason: LongLocalizedText.describe('Why the event is deprecated, in both languages.'),
    /** Id of the event that replaces this one, if any. */
    replacedBy: KebabId.optional().describe('Id of the event that replaces this one, if any.'),
  })
  .describe('Marks an event as deprecated instead of removing it.');
export type DeprecationSource = z.infer<typeof DeprecationSource>;

/** An event that Proactive Support watches. */
export const EventSource = z
  .strictObject({
    /** Stable id: monitoring components key on it forever. */
    id: KebabId.describe('Stable kebab-case id: monitoring components key on it, never change it once published.'),
    /** Id of the section the event belongs to. */
    category: KebabId.describe('Id of the section (categories[].id) the event belongs to.'),
    /** Id of the priority level (P1…P4). */
    priority: z.string().regex(PRIORITY_ID).describe('Priority id (priorities[].id), e.g. P1.'),
    /** What is monitored, as listed in the guide's table. */
    title: LocalizedText.describe('What is monitored, in both languages, as shown in the guide.'),
    /** Id of the application concerned, for filtering. */
    application: KebabId.optional().describe('Id of the application concerned (applications[].id), if any.'),
    /** Longer explanation shown on the event's own page. */
    description: LongLocalizedText.optional().describe(
      "Longer explanation shown on the event's page, in both languages.",
    ),
    /** Present when the event is deprecated. */
    deprecated: DeprecationSource.optional(),
  })
  .describe('An event covered by Proactive Support.');
export type EventSource = z.infer<typeof EventSource>;

/** The whole catalogue file. */
export const CatalogSource = z
  .strictObject({
    /** Optional pointer to the JSON Schema, for editors. */
    $schema: z.string().optional().describe('JSON Schema of this file, for editors.'),
    /** Semver of the catalogue's content; raise it with every change. */
    version: z
      .string()
      .regex(SEMVER)
      .describe('Semantic version of the catalogue content, e.g. 1.0.0. Raise it with every change.'),
    /** Date of the last change, YYYY-MM-DD. */
    updated: z.iso.date().describe('Date of the last change, as YYYY-MM-DD.'),
    /** Priority levels, most urgent first. */
    priorities: z.array(PrioritySource).min(1).describe('Priority levels, from the most urgent (P1) down.'),
    /** Applications events can name. */
    applications: z.array(ApplicationSource).default([]).describe('Applications that events can refer to.'),
    /** Sections, in the order of the guide; a sub-section names its parent. */
    categories: z.array(CategorySource).min(1).describe('Sections of the guide, in order.'),
    /** Events, in the order of the guide. */
    events: z.array(EventSource).describe('Covered events, in the order of the guide.'),
  })
  .describe('ImagicleCare Catalogue: the events covered by Imagicle Proactive Support.');
export type CatalogSource = z.infer<typeof CatalogSource>;
