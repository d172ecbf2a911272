/**
 * Lays a PDF edition out on A4 pages: a tagged PDF (headings, paragraphs with their links, a table
 * of contents, tables with header cells), bookmarks for every section, the catalogue version,
 * date, address and "page n of m" on every page, and Noto Sans from an npm package embedded, so
 * nothing comes from the network or a browser. Our own small writer (`document.ts`) instead of a
 * general PDF library: loading PDFKit and fontkit cost the build more than laying both editions out.
 */
import type { PdfEdition, PdfRow, PdfRun, PdfSection } from './content.ts';
import type { Locale } from '../../catalog/model.ts';
import { messageLocale } from '../../catalog/messages/command.ts';
import { interpolate } from '../../i18n/messages.ts';
import { TaggedDocument, StructElement, type Bookmark, type PdfPage } from './document.ts';
import { pdfMessage } from './messages.ts';
import { loadNotoSans, type NotoSans } from './noto-sans.ts';
import { runsLineHeight, textHeight, textWidth, wrapRuns, type StyledRun, type TextStyle } from './text.ts';

/** A4 in points, and the margins of the text area; the footer sits below it. */
const PAGE = { width: 595.28, height: 841.89 } as const;
const MARGIN = { top: 56, bottom: 80, left: 56, right: 56 } as const;
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
/** Column widths of an event table: title, priority, response time. */
const COLUMNS = [0.55, 0.25, 0.2].map((share) => share * CONTENT_WIDTH) as [number, number, number];
const CELL_PADDING = { x: 6, y: 6 } as const;
const HEADING_SIZE: Readonly<Record<number, number>> = { 1: 22, 2: 16, 3: 13, 4: 11.5, 5: 11, 6: 11 };
const COLOR = { text: '#111827', muted: '#4b5563', rule: '#cbd5e1', head: '#1e293b', headText: '#ffffff' } as const;
const BODY_SIZE = 10;
/** Space between the lines of a text, beyond the font's own line height. */
const LINE_GAP = 2;

/** The fonts, read once for every document of a build. */
let fontsLoaded: Promise<NotoSans> | undefined;

/** How a text is placed: its colour, the width it wraps to (none: one line), alignment. */
interface TextOptions {
  color: string;
  width?: number | undefined;
  lineGap?: number;
  align?: 'left' | 'right';
  /** A named destination the whole text links to (a table-of-contents entry). */
  goTo?: string;
  /** Contents of a `goTo` link: what a screen reader announces for it. */
  goToLabel?: string;
}

/** The layout of one document: where content goes, and which page each heading is on. */
class Layout {
  readonly pages = new Map<string, number>();
  page!: PdfPage;
  y = 0;
  private readonly bookmarkPath = new Map<number, Bookmark>();
  readonly doc: TaggedDocument;
  readonly fonts: NotoSans;
  readonly edition: PdfEdition;

  constructor(doc: TaggedDocument, fonts: NotoSans, edition: PdfEdition) {
    this.doc = doc;
    this.fonts = fonts;
    this.edition = edition;
  }

  style(size: number, bold: boolean, characterSpacing?: number): TextStyle {
    return { font: bold ? this.fonts.bold : this.fonts.regular, size, characterSpacing };
  }

  /** Starts a new page when `height` does not fit below the current position. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** Goes back to a page laid out earlier (1-based). */
  switchToPage(number: number): void {
    this.page = this.doc.pages[number - 1]!;
  }

  /** Height of some text at a size and weight, over a width. */
  measure(text: string, size: number, bold: boolean, width: number, lineGap = LINE_GAP): number {
    return textHeight([{ text, style: this.style(size, bold) }], width, lineGap);
  }

  /**
   * Sets runs of text from (`x`, `top`), marked as `element`'s content (none: inside an artifact);
   * a run with a link becomes a Link element of its own (underlined, its annotation tagged in it).
   * Returns the height used.
   */
  text(
    element: StructElement | undefined,
    runs: readonly StyledRun[],
    x: number,
    top: number,
    options: TextOptions,
  ): number {
    const width = options.width ?? Number.POSITIVE_INFINITY;
    const lines = wrapRuns(runs, width);
    const step = runsLineHeight(runs, options.lineGap ?? 0);
    // One Link element per linking run, even when it goes on over two lines.
    const links = new Map<number, StructElement>();
    const { page } = this;
    lines.forEach((line, index) => {
      const lineTop = top + index * step;
      const indent = options.align === 'right' && Number.isFinite(width) ? width - line.width : 0;
      for (const segment of line.segments) {
        const { ascent, unitsPerEm } = segment.style.font.metrics;
        const baseline = lineTop + (ascent * segment.style.size) / unitsPerEm;
        const left = x + indent + segment.x;
        const draw = (): void => page.glyphs(segment.words, segment.style, left, baseline, options.color);
        if (element === undefined) {
          draw();
          continue;
        }
        if (segment.link === undefined) {
          page.tagged(element, draw);
          continue;
        }
        let link = links.get(segment.run);
        if (link === undefined) {
          link = element.add(new StructElement('Link'));
          links.set(segment.run, link);
        }
        page.tagged(link, draw);
        const inkWidth = textWidth(segment.text.trimEnd(), segment.style);
        page.link(
          link,
          { x: left, y: lineTop, width: inkWidth, height: step },
          { uri: segment.link },
          // The whole run's text, even for the part of a link on its second line.
          runs[segment.run]!.text.trim(),
        );
        page.artifact('Layout', () => {
          const under = baseline + segment.style.size * 0.12;
          page.line([left, under], [left + inkWidth, under], { width: segment.style.size / 20, color: options.color });
        });
      }
      if (options.goTo !== undefined && element !== undefined) {
        const box = { x: x + indent, y: lineTop, width: line.width, height: step };
        page.link(element, box, { destination: options.goTo }, options.goToLabel ?? '');
      }
    });
    return lines.length * step;
  }

  /**
   * A heading (H1 … H6, as the guide page's levels): kept on one page with `keep` points of what
   * follows, with a named destination and, below the title, a bookmark one level up.
   */
  heading(parent: StructElement, id: string, text: string, level: number, keep: number, bookmark = level > 1): void {
    const size = HEADING_SIZE[level] ?? BODY_SIZE;
    const height = this.measure(text, size, true, CONTENT_WIDTH);
    const before = level <= 2 ? 16 : 10;
    if (this.y > MARGIN.top) this.y += before;
    this.ensure(height + 6 + keep);
    this.pages.set(id, this.page.number);
    this.doc.addDestination(id, this.page, this.y);
    if (bookmark) this.bookmark(text, level - 1);
    const element = parent.add(new StructElement(`H${Math.min(level, 6)}`));
    this.y += this.text(element, [{ text, style: this.style(size, true) }], MARGIN.left, this.y, {
      color: COLOR.text,
      width: CONTENT_WIDTH,
      lineGap: LINE_GAP,
    });
    this.y += 6;
  }

  /** A bookmark at the current position, nested under the last bookmark of the level above. */
  bookmark(title: string, level: number): void {
    const item: Bookmark = { title, destination: { page: this.page, y: this.y }, children: [] };
    const parent = level > 1 ? this.bookmarkPath.get(level - 1) : undefined;
    (parent?.children ?? this.doc.bookmarks).push(item);
    this.bookmarkPath.set(level, item);
    for (const deeper of [...this.bookmarkPath.keys()]) if (deeper > level) this.bookmarkPath.delete(deeper);
  }

  /** A paragraph of runs (bold kept, links live), never split across pages (the guide's are short). */
  paragraph(parent: StructElement, runs: readonly PdfRun[], size = BODY_SIZE, color: string = COLOR.text): void {
    const styled = runs.map((run) => ({ text: run.text, style: this.style(size, run.bold), link: run.link }));
    this.ensure(textHeight(styled, CONTENT_WIDTH, LINE_GAP) + 4);
    const element = parent.add(new StructElement('P'));
    this.y += this.text(element, styled, MARGIN.left, this.y, {
      color,
      width: CONTENT_WIDTH,
      lineGap: LINE_GAP,
    });
    this.y += 6;
  }
}

/** Height of a table row: the tallest cell plus padding. */
function rowHeight(layout: Layout, row: PdfRow): number {
  const title = layout.measure(row.title, BODY_SIZE, false, COLUMNS[0] - 2 * CELL_PADDING.x);
  const note = row.note ? layout.measure(row.note, 8.5, false, COLUMNS[0] - 2 * CELL_PADDING.x) + 2 : 0;
  const badge = layout.measure(row.priority, 8.5, true, COLUMNS[1]) + 4;
  return Math.max(title + note, badge) + 2 * CELL_PADDING.y;
}

/** The table head's style: small capitals spaced out, as the seed prints them. */
const headStyle = (layout: Layout): TextStyle => layout.style(8, true, 0.3);

function headerHeight(layout: Layout, section: PdfSection): number {
  const heights = section.columns.map((text, index) =>
    textHeight([{ text, style: headStyle(layout) }], COLUMNS[index]! - 2 * CELL_PADDING.x, LINE_GAP),
  );
  return Math.max(...heights) + 2 * CELL_PADDING.y;
}

const columnX = (index: number): number => MARGIN.left + COLUMNS.slice(0, index).reduce((sum, width) => sum + width, 0);

/** Draws the header row; tagged as the table's THead the first time, an artifact when repeated after a page break. */
function drawHeader(layout: Layout, section: PdfSection, table: StructElement | undefined): void {
  const { page } = layout;
  const top = layout.y;
  const height = headerHeight(layout, section);
  page.artifact('Layout', () => page.fillRect(MARGIN.left, top, CONTENT_WIDTH, height, COLOR.head));
  const write = (element: StructElement | undefined, text: string, index: number): void => {
    const style = headStyle(layout);
    layout.text(element, [{ text, style }], columnX(index) + CELL_PADDING.x, top + CELL_PADDING.y, {
      color: COLOR.headText,
      width: COLUMNS[index]! - 2 * CELL_PADDING.x,
      lineGap: LINE_GAP,
    });
  };
  if (table) {
    const tr = table.add(new StructElement('THead')).add(new StructElement('TR'));
    section.columns.forEach((text, index) => write(tr.add(new StructElement('TH', { scope: 'Column' })), text, index));
  } else {
    page.artifact('Pagination', () => section.columns.forEach((text, index) => write(undefined, text, index)));
  }
  layout.y = top + height;
}

/** Draws one row: the title as the row's header cell, the priority badge in its colours, the response time. */
function drawRow(layout: Layout, row: PdfRow, height: number, body: StructElement): void {
  const { page } = layout;
  const top = layout.y;
  const badgeStyle = layout.style(8.5, true);
  const badgeHeight = layout.measure(row.priority, 8.5, true, COLUMNS[1]);
  const badgeWidth = textWidth(row.priority, badgeStyle) + 12;
  const badgeTop = top + CELL_PADDING.y - 1;
  page.artifact('Layout', () => {
    page.fillRoundedRect(columnX(1) + CELL_PADDING.x, badgeTop, badgeWidth, badgeHeight + 4, 3, row.colors.background);
    page.line([MARGIN.left, top + height], [MARGIN.left + CONTENT_WIDTH, top + height], {
      width: 0.5,
      color: COLOR.rule,
    });
  });
  const tr = body.add(new StructElement('TR'));
  const innerWidth = COLUMNS[0] - 2 * CELL_PADDING.x;
  const th = tr.add(new StructElement('TH', { scope: 'Row' }));
  const titleStyle = layout.style(BODY_SIZE, false);
  const titleHeight = layout.text(
    th,
    [{ text: row.title, style: titleStyle }],
    MARGIN.left + CELL_PADDING.x,
    top + CELL_PADDING.y,
    {
      color: COLOR.text,
      width: innerWidth,
      lineGap: LINE_GAP,
    },
  );
  if (row.note) {
    const noteStyle = layout.style(8.5, false);
    layout.text(
      th,
      [{ text: row.note, style: noteStyle }],
      MARGIN.left + CELL_PADDING.x,
      top + CELL_PADDING.y + titleHeight,
      {
        color: COLOR.muted,
        width: innerWidth,
        lineGap: LINE_GAP,
      },
    );
  }
  const priority = tr.add(new StructElement('TD'));
  layout.text(priority, [{ text: row.priority, style: badgeStyle }], columnX(1) + CELL_PADDING.x + 6, badgeTop + 2, {
    color: row.colors.text,
  });
  const response = tr.add(new StructElement('TD'));
  layout.text(
    response,
    [{ text: row.response, style: titleStyle }],
    columnX(2) + CELL_PADDING.x,
    top + CELL_PADDING.y,
    {
      color: COLOR.text,
    },
  );
  layout.y = top + height;
}

/** A section: heading kept with its description, the table head and its first rows; the head repeats on each new page. */
function drawSection(layout: Layout, parent: StructElement, section: PdfSection): void {
  const heights = section.rows.map((row) => rowHeight(layout, row));
  const description = layout.measure(
    section.description.map((run) => run.text).join(''),
    BODY_SIZE,
    true,
    CONTENT_WIDTH,
  );
  const firstRows = heights.slice(0, 2).reduce((sum, height) => sum + height, 0);
  const element = parent.add(new StructElement('Sect'));
  layout.heading(
    element,
    section.id,
    section.heading,
    section.level,
    description + 10 + headerHeight(layout, section) + firstRows,
  );
  layout.paragraph(element, section.description);
  if (section.rows.length === 0) {
    layout.paragraph(element, [{ text: section.empty, bold: false }]);
    return;
  }
  // Never a table head alone at the bottom of a page: it moves with at least one row.
  layout.ensure(headerHeight(layout, section) + (heights[0] ?? 0));
  const table = element.add(new StructElement('Table'));
  drawHeader(layout, section, table);
  const body = table.add(new StructElement('TBody'));
  section.rows.forEach((row, index) => {
    const height = heights[index]!;
    if (layout.y + height > BOTTOM) {
      layout.newPage();
      drawHeader(layout, section, undefined);
    }
    drawRow(layout, row, height, body);
  });
  layout.y += 8;
}

/** Where a table-of-contents entry was drawn, so that its page number can be added once known. */
interface TocSlot {
  id: string;
  text: string;
  page: number;
  top: number;
  bold: boolean;
  reference: StructElement;
}

const TOC_LINE = 18;
const TOC_NUMBER_WIDTH = 24;

/**
 * The first page: brand, title, version, the table of contents, the company block at its foot.
 * The contents' page numbers are not known yet: `drawTocPages` adds them after the chapters.
 * A table of contents longer than the first page goes on over the next ones.
 */
function drawCover(layout: Layout, root: StructElement): TocSlot[] {
  const { edition } = layout;
  const brand = root.add(new StructElement('P'));
  const brandStyle = layout.style(28, true);
  layout.y =
    96 +
    layout.text(brand, [{ text: edition.brand, style: brandStyle }], MARGIN.left, 96, {
      color: '#0f4c81',
      width: CONTENT_WIDTH,
    });
  layout.y += 4;
  layout.heading(root, 'title', edition.title, 1, 0, false);
  layout.paragraph(root, [{ text: edition.footer, bold: false }], BODY_SIZE, COLOR.muted);
  layout.y += 16;
  layout.heading(root, 'contents', edition.contents, 2, 0, false);
  const toc = root.add(new StructElement('TOC'));
  const slots: TocSlot[] = [];
  const firstPageEnd = companyTop(edition) - 24;
  for (const entry of edition.toc) {
    if (layout.y + TOC_LINE > (layout.page.number === 1 ? firstPageEnd : BOTTOM)) layout.newPage();
    const { page } = layout;
    const indent = (entry.level - 1) * 18;
    const top = layout.y;
    const bold = entry.level === 1;
    const style = layout.style(BODY_SIZE, bold);
    const textWidthOf = textWidth(entry.text, style);
    page.artifact('Layout', () => {
      const from = MARGIN.left + indent + textWidthOf + 6;
      const to = MARGIN.left + CONTENT_WIDTH - TOC_NUMBER_WIDTH - 2;
      if (to > from) page.line([from, top + 10], [to, top + 10], { width: 0.8, color: COLOR.muted, dash: [0.5, 2.5] });
    });
    const reference = toc.add(new StructElement('TOCI')).add(new StructElement('Reference'));
    layout.text(reference, [{ text: entry.text, style }], MARGIN.left + indent, top, {
      color: COLOR.text,
      goTo: entry.id,
      goToLabel: entry.text,
    });
    slots.push({ id: entry.id, text: entry.text, page: page.number, top, bold, reference });
    layout.y = top + TOC_LINE;
  }
  const last = layout.page.number;
  layout.switchToPage(1);
  drawCompany(layout, root);
  layout.switchToPage(last);
  return slots;
}

/** Adds the page numbers to the table of contents, once every heading has found its page. */
function drawTocPages(layout: Layout, slots: readonly TocSlot[]): void {
  const last = layout.page.number;
  for (const slot of slots) {
    layout.switchToPage(slot.page);
    const style = layout.style(BODY_SIZE, slot.bold);
    // The leading space keeps "2.1 Service degradation 2" two words apart for assistive technology.
    layout.text(
      slot.reference,
      [{ text: ` ${layout.pages.get(slot.id) ?? ''}`, style }],
      MARGIN.left + CONTENT_WIDTH - TOC_NUMBER_WIDTH,
      slot.top,
      {
        color: COLOR.text,
        width: TOC_NUMBER_WIDTH,
        align: 'right',
        goTo: slot.id,
        goToLabel: slot.text,
      },
    );
  }
  layout.switchToPage(last);
}

const COMPANY_SIZE = 8.5;
const COMPANY_LINE = 12.5;

/** The company block's columns: address, contacts, legal lines. */
const companyColumns = (edition: PdfEdition): string[][] => [
  [edition.company.name, ...edition.company.lines],
  edition.company.contacts,
  edition.company.legal,
];

/** The top of the company block at the foot of the first page. */
function companyTop(edition: PdfEdition): number {
  return BOTTOM - Math.max(...companyColumns(edition).map((lines) => lines.length)) * COMPANY_LINE;
}

/** The company block at the foot of the first page, as on the seed document, legal lines included. */
function drawCompany(layout: Layout, root: StructElement): void {
  const { page, edition } = layout;
  const columns = companyColumns(edition);
  const top = companyTop(edition);
  page.artifact('Layout', () =>
    page.line([MARGIN.left, top - 10], [MARGIN.left + CONTENT_WIDTH, top - 10], { width: 0.5, color: COLOR.rule }),
  );
  const block = root.add(new StructElement('Div'));
  const width = CONTENT_WIDTH / 3;
  // One paragraph a line, so that a screen reader pauses between them as the eye does.
  columns.forEach((lines, index) => {
    lines.forEach((line, number) => {
      const element = block.add(new StructElement('P', index === 2 ? { lang: edition.company.legalLang } : {}));
      const style = layout.style(COMPANY_SIZE, index === 0 && number === 0);
      layout.text(element, [{ text: line, style }], MARGIN.left + index * width, top + number * COMPANY_LINE, {
        color: COLOR.muted,
      });
    });
  });
}

/** Version, date, address and "page n of m" on every page, as pagination artifacts. */
function drawFooters(layout: Layout): void {
  const { doc, edition } = layout;
  const style = layout.style(8, false);
  const top = PAGE.height - MARGIN.bottom + 34;
  const put = (text: string, y: number, align: 'left' | 'right' = 'left'): void => {
    // One line each: the right-aligned page number is given the whole width to align in.
    const width = align === 'right' ? CONTENT_WIDTH : undefined;
    layout.text(undefined, [{ text, style }], MARGIN.left, y, { color: COLOR.muted, width, align });
  };
  for (const page of doc.pages) {
    layout.switchToPage(page.number);
    page.artifact('Pagination', () => {
      page.line([MARGIN.left, top - 8], [MARGIN.left + CONTENT_WIDTH, top - 8], { width: 0.5, color: COLOR.rule });
      put(`${edition.brand} · ${edition.title} · ${edition.footer}`, top);
      put(edition.url, top + 11);
      put(interpolate(edition.pageOf, { page: page.number, pages: doc.pages.length }), top, 'right');
    });
  }
}

/** Lays the whole document out. */
function layOut(fonts: NotoSans, edition: PdfEdition): TaggedDocument {
  const doc = new TaggedDocument(
    {
      title: edition.title,
      subject: edition.subject,
      author: 'Imagicle spa',
      creator: 'ImagicleCare Catalogue',
      lang: edition.lang,
      // The catalogue's own date: the same catalogue gives the same bytes.
      date: edition.date,
    },
    PAGE,
  );
  const layout = new Layout(doc, fonts, edition);
  layout.newPage();
  const cover = doc.root.add(new StructElement('Sect'));
  layout.bookmark(edition.contents, 1);
  const slots = drawCover(layout, cover);
  layout.newPage();
  layout.heading(doc.root, edition.definitions.id, edition.definitions.heading, 2, 40);
  layout.paragraph(doc.root, edition.definitions.text);
  layout.heading(doc.root, edition.events.id, edition.events.heading, 2, 120);
  for (const section of edition.sections) drawSection(layout, doc.root, section);
  drawTocPages(layout, slots);
  drawFooters(layout);
  return doc;
}

/** Every text of an edition, for the glyph check. */
function editionTexts(edition: PdfEdition): string[] {
  return [
    edition.brand,
    edition.title,
    edition.footer,
    edition.url,
    edition.contents,
    edition.pageOf,
    ...edition.toc.map((entry) => entry.text),
    edition.company.name,
    ...edition.company.lines,
    ...edition.company.contacts,
    ...edition.company.legal,
    edition.definitions.heading,
    ...edition.definitions.text.map((run) => run.text),
    edition.events.heading,
    ...edition.sections.flatMap((section) => [
      section.heading,
      ...section.description.map((run) => run.text),
      ...section.columns,
      section.empty,
      ...section.rows.flatMap((row) => [row.title, row.note ?? '', row.priority, row.response]),
    ]),
  ];
}

/**
 * Stops on a character the embedded fonts cannot draw (the Latin subset of Noto Sans covers
 * Italian and English), rather than printing an empty box in a customer's document. Validation
 * reports such a character in the catalogue first (`pdf-character`); this guards the guide's own texts.
 */
function checkGlyphs(edition: PdfEdition, fonts: NotoSans, locale: Locale): void {
  // An edition has tens of thousands of characters and under a hundred distinct ones.
  const drawable = new Set<number>();
  for (const text of editionTexts(edition)) {
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (drawable.has(code)) continue;
      if (/\s/.test(char) || (fonts.regular.hasGlyphForCodePoint(code) && fonts.bold.hasGlyphForCodePoint(code))) {
        drawable.add(code);
        continue;
      }
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(pdfMessage(locale, 'noGlyph', { char, code: `U+${hex}`, text }));
    }
  }
}

/** The PDF's bytes; a text it cannot print stops it with a message in `locale` (the maintainer's). */
export async function renderPdf(edition: PdfEdition, locale: Locale = messageLocale()): Promise<Uint8Array> {
  const fonts = await (fontsLoaded ??= loadNotoSans(locale));
  checkGlyphs(edition, fonts, locale);
  return layOut(fonts, edition).bytes();
}
