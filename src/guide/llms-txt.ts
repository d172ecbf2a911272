/**
 * `llms.txt` (llmstxt.org), as peers such as awesome-prometheus-alerts and EventCatalog publish
 * it: the guide, every event page and every artifact, as Markdown links with a line each.
 * English, the language tools read best; each entry says where the Italian original is.
 * Pure: the page passes the catalogue, the site's address and the artifact list.
 */
import type { Catalog } from '../catalog/model.ts';
import { lookupPriority } from '../catalog/lookups.ts';
import { changelogFeedPath } from '../i18n/routes.ts';
import { eventPath, eventTablePath, guidePath, priorityResponse } from './sections.ts';
import { priorityLabel } from '../catalog/labels.ts';
import { localizedPath } from '../i18n/messages.ts';

/** Everything `llms.txt` lists, besides the catalogue. */
export interface LlmsTxtInput {
  catalog: Catalog;
  /** The site's address, e.g. `https://care.imagicle.com/`. */
  site: URL;
  /** Artifact paths (no leading slash) with their purpose, in English. */
  artifacts: readonly [string, string][];
}

/** Writes `llms.txt`. */
export function llmsTxt({ catalog, site, artifacts }: LlmsTxtInput): string {
  const url = (path: string): string => new URL(path, site).href;
  const link = (name: string, path: string, note: string): string => `- [${name}](${url(path)}): ${note}`;
  const events = catalog.events.map((event) => {
    const priority = lookupPriority(catalog, event.priority);
    const level = priority ? `${priorityLabel(priority, 'en')}, response time ${priorityResponse(priority, 'en')}` : '';
    const status = event.deprecated ? `deprecated since ${event.deprecated.since}, no longer covered` : level;
    return link(
      event.title.en,
      eventPath('en', event.id),
      `id \`${event.id}\`, ${status}; Italian: ${url(eventPath('it', event.id))}`,
    );
  });
  const first = catalog.priorities[0];
  const last = catalog.priorities.at(-1);
  const levels = first && last ? ` (${priorityLabel(first, 'en')} … ${priorityLabel(last, 'en')})` : '';
  return [
    '# ImagicleCare guide: events covered by Imagicle Proactive Support',
    '',
    `> Which events of the Imagicle UCX Suite Imagicle Proactive Support monitors, with the priority level${levels} and the response time of each. Catalogue version ${catalog.version}, updated ${catalog.updated}. The Italian guide (at the root) is the original; the English one is under /en/.`,
    '',
    '## Guide',
    '',
    link(
      'Events covered by Proactive Support',
      guidePath('en'),
      `definitions and events by section; Italian: ${url(guidePath('it'))}`,
    ),
    link(
      'Event table',
      eventTablePath('en'),
      `every event, searchable and filterable; Italian: ${url(eventTablePath('it'))}`,
    ),
    link(
      'Event simulator',
      localizedPath('en', 'proactive-support/simulator/'),
      'whether an event is covered and by when Imagicle responds',
    ),
    link(
      'Integration',
      localizedPath('en', 'proactive-support/integration/'),
      'how monitoring components use the artifacts, and the versioning promise',
    ),
    link(
      'Catalogue changelog',
      localizedPath('en', 'proactive-support/changelog/'),
      `what changed in each version; Atom feed: ${url(changelogFeedPath('en'))}`,
    ),
    '',
    '## Event pages',
    '',
    ...events,
    '',
    '## Artifacts',
    '',
    ...artifacts.map(([path, purpose]) => link(path.split('/').at(-1) ?? path, path, purpose)),
    '',
  ].join('\n');
}
