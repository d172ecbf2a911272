/** Starlight route middleware: the guide page's table of contents lists the catalogue's sections. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { catalog } from 'virtual:imagicle-care/catalog';
import { toLocale } from '../i18n/messages.ts';
import { addSectionsToToc, sectionTocEntries } from '../components/guide/toc.ts';
import { escapeHeadTitles } from './plain-text-head.ts';

/** Ids of the guide page's content entries (Italian, English). */
const GUIDE_IDS = new Set(['proactive-support', 'en/proactive-support']);

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // Every page, first: no text may become markup in <head> (see plain-text-head.ts).
  escapeHeadTitles(route.head);
  if (!GUIDE_IDS.has(route.id) || !route.toc) return;
  addSectionsToToc(route.toc.items, sectionTocEntries(catalog, toLocale(route.lang)));
});
