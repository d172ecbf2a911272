/** `proactive-support/changelog.xml`: the changelog as an Atom feed, one per language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../catalog/model.ts';
import { catalog, releases } from 'virtual:imagicle-care/catalog';
import { buildChangelog } from '../../../catalog/versions/changelog.ts';
import { changelogFeed } from '../../../catalog/versions/changelog-feed.ts';
import { COMPANY } from '../../../guide/company.ts';
import { eventPath } from '../../../guide/sections.ts';
import { localizedPath } from '../../../i18n/messages.ts';
import { changelogFeedPath, localeStaticPaths } from '../../../i18n/routes.ts';

export const getStaticPaths = (() => localeStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props, site }) => {
  const { locale } = props;
  const base = site ?? new URL('http://127.0.0.1/');
  const entries = buildChangelog(releases, catalog);
  const published = new Set(catalog.events.map(({ id }) => id));
  const feed = changelogFeed(
    entries,
    {
      locale,
      feedUrl: new URL(changelogFeedPath(locale), base).href,
      pageUrl: new URL(localizedPath(locale, 'proactive-support/changelog/'), base).href,
      eventUrl: (id) => (published.has(id) ? new URL(eventPath(locale, id), base).href : undefined),
      author: COMPANY.name,
    },
    catalog.updated,
  );
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
