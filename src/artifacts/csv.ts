/**
 * `events.it.csv` / `events.en.csv`: the event table for spreadsheets. RFC 4180 quoting, CRLF,
 * UTF-8 with a BOM (without it Excel reads UTF-8 as the ANSI code page), and the list separator
 * Excel expects in that locale: `;` in Italian (the comma is the decimal separator), `,` in English.
 */
import { formatResponseTime } from '../catalog/time/duration.ts';
import type { Catalog, Locale } from '../catalog/model.ts';
import { lookupApplication, lookupCategory, lookupPriority } from '../catalog/lookups.ts';
import { priorityLabel, sectionLabel } from '../catalog/labels.ts';

/** The field separator a spreadsheet expects for each language. */
export const CSV_SEPARATORS: Readonly<Record<Locale, string>> = { it: ';', en: ',' };

/** Column headings, per language (not a bare `ID`: Excel takes a file starting so for SYLK). */
const HEADINGS: Readonly<Record<Locale, readonly string[]>> = {
  it: [
    'ID evento',
    'Sezione',
    'Evento',
    'Applicazione',
    'Livello di priorità',
    'Tempo di risposta',
    'Tempo di risposta (minuti)',
    'Deprecato',
  ],
  en: [
    'Event ID',
    'Section',
    'Event',
    'Application',
    'Priority level',
    'Response time',
    'Response time (minutes)',
    'Deprecated',
  ],
};

/** Words for a deprecated event, per language. */
const DEPRECATED: Readonly<Record<Locale, { yes: string; no: string }>> = {
  it: { yes: 'sì, dalla versione', no: 'no' },
  en: { yes: 'yes, since version', no: 'no' },
};

/** First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A field as RFC 4180 writes it, safe to open in a spreadsheet: a value that a spreadsheet would
 * evaluate (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is neutralised as
 * OWASP recommends, prefixed with `'` and quoted, so that it is read back as text; a field is
 * quoted when it holds the separator, a quote or a line break.
 */
export function csvField(value: string, separator: string): string {
  if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV text of the event table in one language, BOM included. */
export function eventsCsv(catalog: Catalog, locale: Locale): string {
  const separator = CSV_SEPARATORS[locale];
  const row = (fields: readonly string[]): string => fields.map((field) => csvField(field, separator)).join(separator);
  const lines = [row(HEADINGS[locale])];
  for (const event of catalog.events) {
    const priority = lookupPriority(catalog, event.priority);
    const application = event.application ? lookupApplication(catalog, event.application) : undefined;
    const category = lookupCategory(catalog, event.category);
    lines.push(
      row([
        event.id,
        category ? sectionLabel(category, locale) : event.category,
        event.title[locale],
        application?.name ?? '',
        priority ? priorityLabel(priority, locale) : event.priority,
        formatResponseTime(event.responseTime, locale),
        String(event.responseMinutes),
        event.deprecated ? `${DEPRECATED[locale].yes} ${event.deprecated.since}` : DEPRECATED[locale].no,
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
