/**
 * How the catalogue's own texts are written down: one dictionary per feature, Italian and English
 * side by side, with `{name}` placeholders, and the counts they show written as each language writes
 * them. The site's UI texts (`src/i18n/`) use the same helpers.
 */
import type { Locale } from '../model.ts';

/** Defines a feature's texts; English must have exactly the Italian keys (a missing key is a compile error). */
export function defineMessages<const T extends Record<string, string>>(messages: {
  it: T;
  en: { [K in keyof T]: string };
}): Record<Locale, { [K in keyof T]: string }> {
  return messages;
}

/** Replaces `{name}` placeholders in a text. */
export function interpolate(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * A feature's message function: the text of a key in a language, its `{placeholders}` filled
 * (one per dictionary, rather than each feature writing the same lookup).
 */
export function messageFunction<Key extends string>(
  texts: Record<Locale, Record<Key, string>>,
): (locale: Locale, key: Key, values?: Record<string, string | number>) => string {
  return (locale, key, values = {}) => interpolate(texts[locale][key], values);
}

const countFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};

/** A count as the locale writes it: `12.345` in Italian (which groups from five digits: `1000`), `12,345` in English. */
export function formatCount(locale: Locale, value: number): string {
  return (countFormats[locale] ??= new Intl.NumberFormat(locale)).format(value);
}

/** Every number among a message's values written as a count of the locale; other values as they are. */
export function countValues(locale: Locale, values: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatCount(locale, value) : value,
    ]),
  );
}
