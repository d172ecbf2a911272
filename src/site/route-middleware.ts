/**
 * Starlight route middleware: every page announces the changelog feed of its language, and the
 * guide page's table of contents lists the catalogue's sections.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { catalog } from 'virtual:imagicle-care/catalog';
import { toLocale } from '../i18n/messages.ts';
import { addSectionsToToc, sectionTocEntries } from '../guide/toc.ts';
import { CHANGELOG_MESSAGES } from '../catalog/messages/changelog.ts';
import { changelogFeedPath } from '../i18n/routes.ts';
import { escapeHeadTitles } from './plain-text-head.ts';

/** Ids of the guide page's content entries (Italian, English). */
const GUIDE_IDS = new Set(['proactive-support', 'en/proactive-support']);

/** Id of the 404 page's route (`src/pages/404.astro`). */
const NOT_FOUND_ID = '404';

type Head = StarlightRouteData['head'];

/**
 * The 404 page answers every missing address, so it has no address of its own to declare: no
 * canonical link, no `hreflang` alternates, no `og:url` (they would name `/404/`, which does not
 * exist), and search engines are asked not to index it.
 */
function withoutSelfReferences(head: Head): Head {
  const kept = head.filter(
    ({ tag, attrs }) =>
      !(tag === 'link' && (attrs?.['rel'] === 'canonical' || (attrs?.['rel'] === 'alternate' && attrs['hreflang']))) &&
      !(tag === 'meta' && attrs?.['property'] === 'og:url'),
  );
  return [...kept, { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } }];
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // Every page, first: no text may become markup in <head> (see plain-text-head.ts).
  escapeHeadTitles(route.head);
  const locale = toLocale(route.lang);
  // Feed readers and browsers find the feed from any page (`<link rel="alternate">`).
  route.head.push({
    tag: 'link',
    attrs: {
      rel: 'alternate',
      type: 'application/atom+xml',
      title: CHANGELOG_MESSAGES[locale].feedTitle,
      href: changelogFeedPath(locale),
    },
  });
  if (route.id === NOT_FOUND_ID) route.head = withoutSelfReferences(route.head);
  if (!GUIDE_IDS.has(route.id) || !route.toc) return;
  addSectionsToToc(route.toc.items, sectionTocEntries(catalog, locale));
});
