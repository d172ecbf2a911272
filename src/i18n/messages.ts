/**
 * UI texts of our own components, one dictionary per feature, Italian and English side by side.
 * The types make a key missing in one language a compile error.
 */
import type { Locale } from '../catalog/model.ts';

export { defineMessages, interpolate } from '../catalog/messages/define.ts';

/** The locale of a page from Astro's `currentLocale` (`it`/`root` → `it`). */
export function toLocale(value: string | undefined): Locale {
  return value === 'en' ? 'en' : 'it';
}

/** URL prefix of a locale: `/` for Italian, `/en/` for English. */
export function localePrefix(locale: Locale): string {
  return locale === 'it' ? '/' : '/en/';
}

/** Path of a route of the guide in a locale, e.g. `localizedPath('en', 'proactive-support/events/')`. */
export function localizedPath(locale: Locale, route: string): string {
  return `${localePrefix(locale)}${route.replace(/^\//, '')}`;
}
