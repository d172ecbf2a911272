/**
 * What the PDF edition of the guide says, in one language: the same catalogue queries and labels
 * as the guide page (sections, headings, badges, response times, company block, chapter 1's prose),
 * gathered into plain data. Pure; the layout (`render.ts`) only places it on pages.
 */
import type { Catalog, Locale } from '../../catalog/model.ts';
import { lookupEvent, lookupPriority } from '../../catalog/lookups.ts';
import { formatCatalogDate } from '../../catalog/time/datetime.ts';
import { boldRuns, type TextRun } from '../../guide/bold.ts';
import { COMPANY, COMPANY_LEGAL, COMPANY_LEGAL_LANG, companyAddressLines } from '../../guide/company.ts';
import { GUIDE_CHAPTERS } from '../../guide/definitions.ts';
import {
  firstColumnHeading,
  guidePath,
  guideSections,
  priorityResponse,
  priorityTone,
  PRIORITY_TONE_COLORS,
  sectionAnchor,
  sectionHeadingLevel,
} from '../../guide/sections.ts';
import { priorityLabel, sectionLabel } from '../../catalog/labels.ts';
import { sectionTocEntries, type TocEntry } from '../../guide/toc.ts';
import { interpolate } from '../../i18n/messages.ts';
import { GUIDE_MESSAGES } from '../../i18n/ui/guide.ts';
import { PDF_MESSAGES } from '../../i18n/ui/pdf.ts';

/** A run of prose: text, bold or not, linking somewhere or not. */
export interface PdfRun extends TextRun {
  link?: string;
}

/** One row of a section's table. */
export interface PdfRow {
  id: string;
  title: string;
  /** "Deprecato (non coperto)" under the title of a deprecated event. */
  note?: string;
  priority: string;
  colors: { background: string; text: string };
  response: string;
}

/** One section (2.1 … 2.3.2) with its table. */
export interface PdfSection {
  id: string;
  /** Heading level as on the guide page: 2.1 is 3, 2.3.1 is 4. */
  level: number;
  heading: string;
  description: PdfRun[];
  /** The column headings, in capitals as the seed prints them. */
  columns: [string, string, string];
  rows: PdfRow[];
  /** Said instead of a table when a section has no events. */
  empty: string;
}

/** Everything the PDF of one locale shows. */
export interface PdfEdition {
  locale: Locale;
  /** BCP 47 language of the document. */
  lang: string;
  brand: string;
  title: string;
  subject: string;
  /** The catalogue's date, midnight UTC: the PDF's only date, so the same catalogue gives the same bytes. */
  date: Date;
  /** "Catalogo versione 1.0.0 del 25 novembre 2026", on every page. */
  footer: string;
  /** The guide page's address, printed on every page. */
  url: string;
  contents: string;
  pageOf: string;
  /** The table of contents: chapters, then the sections as a tree. */
  toc: { id: string; text: string; level: number }[];
  company: { name: string; lines: string[]; contacts: string[]; legal: string[]; legalLang: string };
  definitions: { id: string; heading: string; text: PdfRun[] };
  events: { id: string; heading: string };
  sections: PdfSection[];
}

/** The PDF edition's content for a locale; `site` is the public address links are made absolute against. */
export function pdfEdition(catalog: Catalog, locale: Locale, site: string): PdfEdition {
  const t = PDF_MESSAGES[locale];
  const g = GUIDE_MESSAGES[locale];
  const chapters = GUIDE_CHAPTERS[locale];
  const absolute = (route: string): string => new URL(route.replace(/^\//, ''), site.replace(/\/?$/, '/')).href;
  const flatten = (entries: TocEntry[]): { id: string; text: string; level: number }[] =>
    entries.flatMap((entry) => [
      { id: entry.slug, text: entry.text, level: entry.depth - 1 },
      ...flatten(entry.children),
    ]);
  const sections = guideSections(catalog).map(({ category, events }): PdfSection => {
    const rows = events.map((event): PdfRow => {
      const priority = lookupPriority(catalog, event.priority);
      const replacement = event.deprecated?.replacedBy ? lookupEvent(catalog, event.deprecated.replacedBy) : undefined;
      const note = event.deprecated
        ? `${g.deprecated} (${g.notCovered})${replacement ? ` · ${g.replacedBy}: ${replacement.title[locale]}` : ''}`
        : undefined;
      return {
        id: event.id,
        title: event.title[locale],
        ...(note ? { note } : {}),
        priority: priority ? priorityLabel(priority, locale) : event.priority,
        colors: PRIORITY_TONE_COLORS[priority ? priorityTone(priority) : 'other'],
        response: priority ? priorityResponse(priority, locale) : '',
      };
    });
    const upper = (text: string): string => text.toLocaleUpperCase(locale);
    return {
      id: sectionAnchor(category),
      level: sectionHeadingLevel(category),
      heading: sectionLabel(category, locale),
      description: boldRuns(category.description[locale]),
      columns: [upper(firstColumnHeading(category, locale)), upper(g.priorityColumn), upper(g.responseColumn)],
      rows,
      empty: g.emptySection,
    };
  });
  const [street, city] = companyAddressLines();
  return {
    locale,
    lang: locale,
    brand: t.brand,
    title: chapters.title,
    subject: t.subject,
    date: new Date(`${catalog.updated}T00:00:00Z`),
    footer: interpolate(t.footer, { version: catalog.version, updated: formatCatalogDate(catalog.updated, locale) }),
    url: absolute(guidePath(locale)),
    contents: t.contents,
    pageOf: t.pageOf,
    toc: [
      { id: 'definitions', text: chapters.definitions, level: 1 },
      { id: 'events', text: chapters.events, level: 1 },
      ...flatten(sectionTocEntries(catalog, locale)),
    ],
    company: {
      name: COMPANY.name,
      lines: [street, city],
      contacts: [`T ${COMPANY.phone}`, `F ${COMPANY.fax}`, `E ${COMPANY.email}`, `W ${COMPANY.web}`],
      legal: [...COMPANY_LEGAL[locale]],
      legalLang: COMPANY_LEGAL_LANG,
    },
    definitions: {
      id: 'definitions',
      heading: chapters.definitions,
      text: chapters.definitionsText.map((run) =>
        typeof run === 'string' ? { text: run, bold: false } : { text: run.text, bold: false, link: run.href },
      ),
    },
    events: { id: 'events', heading: chapters.events },
    sections,
  };
}
