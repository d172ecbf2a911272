/**
 * UI texts of our own components, one dictionary per feature, Italian and English side by side.
 * The types make a key missing in one language a compile error.
 */
import type { Locale } from '../catalog/model.ts';

export { countValues, defineMessages, formatCount, interpolate } from '../catalog/messages/define.ts';

/** The locale of a page from Astro's `currentLocale` (`it`/`root` → `it`). */
export function toLocale(value: string | undefined): Locale {
  return value === 'en' ? 'en' : 'it';
}

/**
 * The site's base path as Astro gives it to pages and page scripts (`/`, or `/care/` for a site
 * served below a path); `/` where no bundler sets it (the PDF renderer in Node, scripts), whose links are
 * made absolute against the site's address, which holds that path already.
 */
const BASE_PATH: string = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** URL prefix of a locale below the site's base path: `/` for Italian, `/en/` for English. */
export function localePrefix(locale: Locale): string {
  return locale === 'it' ? BASE_PATH : `${BASE_PATH}en/`;
}

/** Path of a route of the guide in a locale, e.g. `localizedPath('en', 'proactive-support/events/')`. */
export function localizedPath(locale: Locale, route: string): string {
  return `${localePrefix(locale)}${route.replace(/^\//, '')}`;
}
