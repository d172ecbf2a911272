/**
 * Lays a PDF edition out on A4 pages with PDFKit: a tagged PDF (headings, paragraphs, a table of
 * contents, tables with header cells), bookmarks for every section, the catalogue version, date,
 * address and "page n of m" on every page, and embedded Noto Sans from an npm package, so nothing
 * comes from the network or a browser. PDFKit is imported here only, and this module only when the
 * artifacts are generated, so that nothing else pays for loading it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font as FontkitFont } from 'fontkit';
import type { PdfEdition, PdfRow, PdfRun, PdfSection } from './content.ts';
import type { Locale } from '../../catalog/model.ts';
import { messageLocale } from '../../catalog/messages/command.ts';
import { interpolate } from '../../i18n/messages.ts';
import { pdfMessage } from './messages.ts';
import { kernWords } from './kerning.ts';
import { woffToSfnt } from './woff.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type PdfConstructor = typeof import('pdfkit');

/** A table header cell of a scope; PDFKit supports `scope`, its published types do not list it yet. */
function headerCell(doc: Doc, scope: 'Column' | 'Row'): Struct {
  const options: Record<string, string> = { scope };
  return doc.struct('TH', options as PDFKit.Mixins.StructureElementOptions);
}

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

/** The fonts, parsed once for every document of a build (PDFKit subsets and embeds them). */
interface Fonts {
  regular: FontkitFont;
  bold: FontkitFont;
}

const require = createRequire(import.meta.url);

/** Reads Noto Sans (regular and bold, Latin: every character of the catalogue's two languages) from `@fontsource/noto-sans`. */
async function loadFonts(): Promise<Fonts> {
  const { create } = await import('fontkit');
  const file = (weight: number) => require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
  const open = async (weight: number): Promise<FontkitFont> => {
    const sfnt = woffToSfnt(await readFile(file(weight)));
    const font = create(sfnt);
    if (!('layout' in font)) throw new Error(`Noto Sans ${weight} is a font collection, not a font`);
    kernWords(font, sfnt);
    return font;
  };
  const [regular, bold] = await Promise.all([open(400), open(700)]);
  if (regular.postscriptName !== REGULAR || bold.postscriptName !== BOLD) {
    throw new Error(`unexpected fonts ${regular.postscriptName} and ${bold.postscriptName} in @fontsource/noto-sans`);
  }
  return { regular, bold };
}

let fontsLoaded: Promise<Fonts> | undefined;

/** The PostScript names the fonts are selected by, checked when they are loaded. */
const REGULAR = 'NotoSans-Regular';
const BOLD = 'NotoSans-Bold';

/** Page numbers (1-based) where each heading id landed. */
type PageMap = Map<string, number>;

/** The layout of one document: where content goes, and which page each heading is on. */
class Layout {
  readonly pages: PageMap = new Map();
  private page = 0;
  private readonly outlines = new Map<number, PDFKit.PDFOutline>();

  readonly doc: Doc;
  readonly root: Struct;
  readonly edition: PdfEdition;

  constructor(doc: Doc, root: Struct, edition: PdfEdition) {
    this.doc = doc;
    this.root = root;
    this.edition = edition;
  }

  get y(): number {
    return this.doc.y;
  }

  /** Starts a new page when `height` does not fit below the current position. */
  ensure(height: number): void {
    if (this.doc.y + height > BOTTOM) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.page = this.doc.bufferedPageRange().count;
    this.doc.x = MARGIN.left;
    this.doc.y = MARGIN.top;
  }

  /** Height of some text at a size and weight, over a width. */
  measure(text: string, size: number, bold: boolean, width: number, lineGap = 2): number {
    return this.doc
      .font(bold ? BOLD : REGULAR)
      .fontSize(size)
      .heightOfString(text, { width, lineGap });
  }

  /** Draws decoration that carries no meaning (rules, fills) as an artifact, outside the structure tree. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * A heading (H1 … H6, as the guide page's levels): kept on one page with `keep` points of what
   * follows, with a named destination and, below the title, a bookmark one level up.
   */
  heading(parent: Struct, id: string, text: string, level: number, keep: number, bookmark = level > 1): void {
    const size = HEADING_SIZE[level] ?? BODY_SIZE;
    const height = this.measure(text, size, true, CONTENT_WIDTH);
    const before = level <= 2 ? 16 : 10;
    if (this.doc.y > MARGIN.top) this.doc.y += before;
    this.ensure(height + 6 + keep);
    this.pages.set(id, this.pageNumber());
    this.doc.addNamedDestination(id, 'XYZ', MARGIN.left, this.doc.y, null);
    if (bookmark) this.bookmark(text, level - 1);
    const element = this.doc.struct(`H${Math.min(level, 6)}` as 'H1');
    parent.add(element);
    element.add(() => {
      this.doc
        .font(BOLD)
        .fontSize(size)
        .fillColor(COLOR.text)
        .text(text, MARGIN.left, this.doc.y, { width: CONTENT_WIDTH, lineGap: 2 });
    });
    element.end();
    this.doc.y += 6;
  }

  /** A bookmark for a heading, nested under the last bookmark of the level above. */
  bookmark(text: string, level: number): void {
    const parent = level > 1 ? this.outlines.get(level - 1) : undefined;
    const item = (parent ?? this.doc.outline).addItem(text, { expanded: true });
    this.outlines.set(level, item);
    for (const deeper of [...this.outlines.keys()]) if (deeper > level) this.outlines.delete(deeper);
  }

  /** A paragraph of runs (bold kept, links live), never split across pages (the guide's are short). */
  paragraph(parent: Struct, runs: readonly PdfRun[], size = BODY_SIZE, color: string = COLOR.text): void {
    const text = runs.map((run) => run.text).join('');
    // Bold runs are a little wider than regular ones: measure as if all were bold.
    this.ensure(
      this.measure(
        text,
        size,
        runs.some((run) => run.bold),
        CONTENT_WIDTH,
      ) + 4,
    );
    const element = this.doc.struct('P');
    parent.add(element);
    element.add(() => {
      this.doc.fillColor(color).fontSize(size);
      this.doc.text('', MARGIN.left, this.doc.y, { width: CONTENT_WIDTH, continued: true });
      runs.forEach((run, index) => {
        this.doc.font(run.bold ? BOLD : REGULAR).text(run.text, {
          width: CONTENT_WIDTH,
          lineGap: 2,
          continued: index < runs.length - 1,
          link: run.link ?? null,
          underline: run.link !== undefined,
        });
      });
    });
    element.end();
    this.doc.y += 6;
  }

  /** The number (1-based) of the page being drawn on. */
  pageNumber(): number {
    return this.page;
  }

  /** Goes back to a page laid out earlier. */
  switchToPage(number: number): void {
    this.doc.switchToPage(number - 1);
    this.page = number;
  }
}

/** Height of a table row: the tallest cell plus padding. */
function rowHeight(layout: Layout, row: PdfRow): number {
  const title = layout.measure(row.title, BODY_SIZE, false, COLUMNS[0] - 2 * CELL_PADDING.x);
  const note = row.note ? layout.measure(row.note, 8.5, false, COLUMNS[0] - 2 * CELL_PADDING.x) + 2 : 0;
  const badge = layout.measure(row.priority, 8.5, true, COLUMNS[1]) + 4;
  return Math.max(title + note, badge) + 2 * CELL_PADDING.y;
}

function headerHeight(layout: Layout, section: PdfSection): number {
  return (
    Math.max(
      ...section.columns.map((text, index) => layout.measure(text, 8, true, COLUMNS[index]! - 2 * CELL_PADDING.x)),
    ) +
    2 * CELL_PADDING.y
  );
}

const columnX = (index: number): number => MARGIN.left + COLUMNS.slice(0, index).reduce((sum, width) => sum + width, 0);

/** Draws the header row; tagged as the table's THead the first time, an artifact when repeated after a page break. */
function drawHeader(layout: Layout, section: PdfSection, table: Struct | undefined): void {
  const { doc } = layout;
  const top = doc.y;
  const height = headerHeight(layout, section);
  layout.artifact(() => {
    doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).fill(COLOR.head);
  });
  const write = (text: string, index: number) => {
    doc
      .font(BOLD)
      .fontSize(8)
      .fillColor(COLOR.headText)
      .text(text, columnX(index) + CELL_PADDING.x, top + CELL_PADDING.y, {
        width: COLUMNS[index]! - 2 * CELL_PADDING.x,
        lineGap: 2,
        characterSpacing: 0.3,
      });
  };
  if (table) {
    const head = doc.struct('THead');
    table.add(head);
    const tr = doc.struct('TR');
    head.add(tr);
    section.columns.forEach((text, index) => {
      const th = headerCell(doc, 'Column');
      tr.add(th);
      th.add(() => write(text, index));
      th.end();
    });
    tr.end();
    head.end();
  } else {
    doc.markContent('Artifact', { type: 'Pagination' });
    section.columns.forEach(write);
    doc.endMarkedContent();
  }
  doc.y = top + height;
}

/** Draws one row: the title as the row's header cell, the priority badge in its colours, the response time. */
function drawRow(layout: Layout, row: PdfRow, height: number, body: Struct): void {
  const { doc } = layout;
  const top = doc.y;
  const badgeText = layout.measure(row.priority, 8.5, true, COLUMNS[1]);
  const badgeWidth = doc.font(BOLD).fontSize(8.5).widthOfString(row.priority) + 12;
  const badgeTop = top + CELL_PADDING.y - 1;
  layout.artifact(() => {
    doc.roundedRect(columnX(1) + CELL_PADDING.x, badgeTop, badgeWidth, badgeText + 4, 3).fill(row.colors.background);
    doc
      .moveTo(MARGIN.left, top + height)
      .lineTo(MARGIN.left + CONTENT_WIDTH, top + height)
      .lineWidth(0.5)
      .stroke(COLOR.rule);
  });
  const tr = doc.struct('TR');
  body.add(tr);
  const cell = (type: 'TH' | 'TD', draw: () => void) => {
    const element = type === 'TH' ? headerCell(doc, 'Row') : doc.struct('TD');
    tr.add(element);
    element.add(draw);
    element.end();
  };
  const innerWidth = COLUMNS[0] - 2 * CELL_PADDING.x;
  cell('TH', () => {
    doc.font(REGULAR).fontSize(BODY_SIZE).fillColor(COLOR.text);
    doc.text(row.title, MARGIN.left + CELL_PADDING.x, top + CELL_PADDING.y, { width: innerWidth, lineGap: 2 });
    if (row.note) doc.fontSize(8.5).fillColor(COLOR.muted).text(row.note, { width: innerWidth, lineGap: 2 });
  });
  cell('TD', () => {
    doc
      .font(BOLD)
      .fontSize(8.5)
      .fillColor(row.colors.text)
      .text(row.priority, columnX(1) + CELL_PADDING.x + 6, badgeTop + 2, { lineBreak: false });
  });
  cell('TD', () => {
    doc
      .font(REGULAR)
      .fontSize(BODY_SIZE)
      .fillColor(COLOR.text)
      .text(row.response, columnX(2) + CELL_PADDING.x, top + CELL_PADDING.y, {
        width: COLUMNS[2] - 2 * CELL_PADDING.x,
        lineBreak: false,
      });
  });
  tr.end();
  doc.x = MARGIN.left;
  doc.y = top + height;
}

/** A section: heading kept with its description, the table head and its first rows; the head repeats on each new page. */
function drawSection(layout: Layout, parent: Struct, section: PdfSection): void {
  const { doc } = layout;
  const heights = section.rows.map((row) => rowHeight(layout, row));
  const description = layout.measure(
    section.description.map((run) => run.text).join(''),
    BODY_SIZE,
    true,
    CONTENT_WIDTH,
  );
  const firstRows = heights.slice(0, 2).reduce((sum, height) => sum + height, 0);
  const element = doc.struct('Sect');
  parent.add(element);
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
    element.end();
    return;
  }
  // Never a table head alone at the bottom of a page: it moves with at least one row.
  layout.ensure(headerHeight(layout, section) + (heights[0] ?? 0));
  const table = doc.struct('Table');
  element.add(table);
  drawHeader(layout, section, table);
  const body = doc.struct('TBody');
  table.add(body);
  section.rows.forEach((row, index) => {
    const height = heights[index]!;
    if (doc.y + height > BOTTOM) {
      layout.newPage();
      drawHeader(layout, section, undefined);
    }
    drawRow(layout, row, height, body);
  });
  body.end();
  table.end();
  element.end();
  doc.y += 8;
}

/** Where a table-of-contents entry was drawn, so that its page number can be added once known. */
interface TocSlot {
  id: string;
  page: number;
  top: number;
  font: string;
  reference: Struct;
}

const TOC_LINE = 18;
const TOC_NUMBER_WIDTH = 24;

/**
 * The first page: brand, title, version, the table of contents, the company block at its foot.
 * The contents' page numbers are not known yet: `drawTocPages` adds them after the chapters.
 * A table of contents longer than the first page goes on over the next ones.
 */
function drawCover(layout: Layout, root: Struct): { toc: Struct; slots: TocSlot[] } {
  const { doc, edition } = layout;
  const brand = doc.struct('P');
  root.add(brand);
  brand.add(() => {
    doc.font(BOLD).fontSize(28).fillColor('#0f4c81').text(edition.brand, MARGIN.left, 96, { width: CONTENT_WIDTH });
  });
  brand.end();
  doc.y += 4;
  layout.heading(root, 'title', edition.title, 1, 0, false);
  layout.paragraph(root, [{ text: edition.footer, bold: false }], BODY_SIZE, COLOR.muted);
  doc.y += 16;
  layout.heading(root, 'contents', edition.contents, 2, 0, false);
  const toc = doc.struct('TOC');
  root.add(toc);
  const slots: TocSlot[] = [];
  const firstPageEnd = companyTop(edition) - 24;
  for (const entry of edition.toc) {
    if (doc.y + TOC_LINE > (layout.pageNumber() === 1 ? firstPageEnd : BOTTOM)) layout.newPage();
    const indent = (entry.level - 1) * 18;
    const top = doc.y;
    const font = entry.level === 1 ? BOLD : REGULAR;
    const textWidth = doc.font(font).fontSize(BODY_SIZE).widthOfString(entry.text);
    layout.artifact(() => {
      const from = MARGIN.left + indent + textWidth + 6;
      const to = MARGIN.left + CONTENT_WIDTH - TOC_NUMBER_WIDTH - 2;
      if (to > from) {
        doc
          .moveTo(from, top + 10)
          .lineTo(to, top + 10)
          .dash(0.5, { space: 2.5 })
          .lineWidth(0.8)
          .stroke(COLOR.muted)
          .undash();
      }
    });
    const item = doc.struct('TOCI');
    toc.add(item);
    const reference = doc.struct('Reference');
    item.add(reference);
    reference.add(() => {
      doc
        .font(font)
        .fontSize(BODY_SIZE)
        .fillColor(COLOR.text)
        .text(entry.text, MARGIN.left + indent, top, { lineBreak: false, goTo: entry.id });
    });
    slots.push({ id: entry.id, page: layout.pageNumber(), top, font, reference });
    doc.x = MARGIN.left;
    doc.y = top + TOC_LINE;
  }
  const last = layout.pageNumber();
  layout.switchToPage(1);
  drawCompany(layout, root);
  layout.switchToPage(last);
  return { toc, slots };
}

/** Adds the page numbers to the table of contents, once every heading has found its page. */
function drawTocPages(layout: Layout, toc: Struct, slots: readonly TocSlot[]): void {
  const { doc } = layout;
  const last = layout.pageNumber();
  for (const slot of slots) {
    layout.switchToPage(slot.page);
    slot.reference.add(() => {
      // The leading space keeps "2.1 Service degradation 2" two words apart for assistive technology.
      doc
        .font(slot.font)
        .fontSize(BODY_SIZE)
        .fillColor(COLOR.text)
        .text(` ${layout.pages.get(slot.id) ?? ''}`, MARGIN.left + CONTENT_WIDTH - TOC_NUMBER_WIDTH, slot.top, {
          width: TOC_NUMBER_WIDTH,
          align: 'right',
          lineBreak: false,
          goTo: slot.id,
        });
    });
  }
  toc.end();
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
function drawCompany(layout: Layout, root: Struct): void {
  const { doc, edition } = layout;
  const { company } = edition;
  const columns = companyColumns(edition);
  const top = companyTop(edition);
  layout.artifact(() => {
    doc
      .moveTo(MARGIN.left, top - 10)
      .lineTo(MARGIN.left + CONTENT_WIDTH, top - 10)
      .lineWidth(0.5)
      .stroke(COLOR.rule);
  });
  const block = doc.struct('Div');
  root.add(block);
  const width = CONTENT_WIDTH / 3;
  // One paragraph a line, so that a screen reader pauses between them as the eye does.
  columns.forEach((lines, index) => {
    lines.forEach((line, number) => {
      const element = doc.struct('P', index === 2 ? { lang: company.legalLang } : {});
      block.add(element);
      element.add(() => {
        doc
          .font(index === 0 && number === 0 ? BOLD : REGULAR)
          .fontSize(COMPANY_SIZE)
          .fillColor(COLOR.muted)
          .text(line, MARGIN.left + index * width, top + number * COMPANY_LINE, { width, lineBreak: false });
      });
      element.end();
    });
  });
  block.end();
}

/** Version, date, address and "page n of m" on every page, as pagination artifacts. */
function drawFooters(doc: Doc, edition: PdfEdition): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // The footer sits in the bottom margin: without this PDFKit would start a new page for it.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const top = PAGE.height - MARGIN.bottom + 34;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .moveTo(MARGIN.left, top - 8)
      .lineTo(MARGIN.left + CONTENT_WIDTH, top - 8)
      .lineWidth(0.5)
      .stroke(COLOR.rule);
    doc.font(REGULAR).fontSize(8).fillColor(COLOR.muted);
    doc.text(`${edition.brand} · ${edition.title} · ${edition.footer}`, MARGIN.left, top, {
      width: CONTENT_WIDTH - 90,
      lineBreak: false,
    });
    doc.text(edition.url, MARGIN.left, top + 11, { width: CONTENT_WIDTH - 90, lineBreak: false });
    doc.text(interpolate(edition.pageOf, { page: index + 1, pages: count }), MARGIN.left + CONTENT_WIDTH - 90, top, {
      width: 90,
      align: 'right',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = margin;
  }
}

/** Lays the whole document out; returns it not yet ended. */
function layOut(PDFDocument: PdfConstructor, fonts: Fonts, edition: PdfEdition): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: edition.lang,
    displayTitle: true,
    // PDFKit takes a parsed fontkit font where its types say a path or bytes.
    font: fonts.regular as unknown as string,
    info: {
      Title: edition.title,
      Subject: edition.subject,
      Author: 'Imagicle spa',
      Creator: 'ImagicleCare Catalogue',
      Producer: 'PDFKit',
      // The catalogue's own date: the same catalogue gives the same bytes.
      CreationDate: edition.date,
      ModDate: edition.date,
    },
  });
  // Opened once each and then named by their PostScript names, which PDFKit finds in its cache;
  // a name given with registerFont() would be opened and compared anew on every font change.
  doc.font(fonts.bold as unknown as string).font(REGULAR);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const layout = new Layout(doc, root, edition);
  layout.newPage();
  const cover = doc.struct('Sect');
  root.add(cover);
  layout.bookmark(edition.contents, 1);
  const { toc, slots } = drawCover(layout, cover);
  layout.newPage();
  layout.heading(root, edition.definitions.id, edition.definitions.heading, 2, 40);
  layout.paragraph(root, edition.definitions.text);
  layout.heading(root, edition.events.id, edition.events.heading, 2, 120);
  for (const section of edition.sections) drawSection(layout, root, section);
  drawTocPages(layout, toc, slots);
  cover.end();
  root.end();
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
function checkGlyphs(edition: PdfEdition, fonts: Fonts, locale: Locale): void {
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
  const [{ default: PDFDocument }, fonts] = await Promise.all([import('pdfkit'), (fontsLoaded ??= loadFonts())]);
  checkGlyphs(edition, fonts, locale);
  const doc = layOut(PDFDocument, fonts, edition);
  drawFooters(doc, edition);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
