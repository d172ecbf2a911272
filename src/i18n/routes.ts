/**
 * Routes of our own pages, one file for both languages: `src/pages/[...lang]/…` with these
 * static paths gives `/…` (Italian) and `/en/…` (English).
 */
import type { Locale } from '../catalog/model.ts';
import { localizedPath } from './messages.ts';

/** `getStaticPaths` entries for the two languages. */
export function localeStaticPaths(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return [
    { params: { lang: undefined }, props: { locale: 'it' } },
    { params: { lang: 'en' }, props: { locale: 'en' } },
  ];
}

/** The same, crossed with other parameters (e.g. one page per event and language). */
export function localeStaticPathsFor<P extends Record<string, string>, Extra extends object>(
  items: readonly { params: P; props: Extra }[],
): { params: P & { lang: string | undefined }; props: Extra & { locale: Locale } }[] {
  return localeStaticPaths().flatMap(({ params, props }) =>
    items.map((item) => ({ params: { ...item.params, ...params }, props: { ...item.props, ...props } })),
  );
}

/** Path of the changelog's Atom feed in a locale: `/proactive-support/changelog.xml`, `/en/…`. */
export function changelogFeedPath(locale: Locale): string {
  return localizedPath(locale, 'proactive-support/changelog.xml');
}
