/**
 * A tagged PDF document: pages drawn in top-down coordinates, their content marked as part of a
 * structure element or as an artifact, links as annotations tagged where they are read, named
 * destinations, bookmarks, the document's language, title and metadata, and the fonts subset and
 * embedded with what copying text gives (ToUnicode). Written by `bytes()` in one pass, the same
 * document giving the same bytes.
 */
import { escapeHtml } from '../../guide/bold.ts';
import type { FontGlyph, PdfFont } from './font.ts';
import type { KernedRun } from './kerning.ts';
import { PdfFile, PdfRef, PdfStream, formatNumber, name, serialize, utf16be, type PdfValue } from './objects.ts';
import { subsetFont } from './subset.ts';
import type { TextStyle } from './text.ts';

/** What the document says about itself. */
export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  creator: string;
  /** BCP 47 language of the document. */
  lang: string;
  /** Its only date: creation and modification. */
  date: Date;
}

/** Where a link goes: a web address, or a named destination in the document. */
export type LinkTarget = { uri: string } | { destination: string };

/** A piece of a page's content belonging to a structure element. */
interface MarkedContent {
  page: PdfPage;
  mcid: number;
}

/** A link annotation, tagged in the structure element it belongs to. */
interface Annotation {
  page: PdfPage;
  rect: [number, number, number, number];
  target: LinkTarget;
  contents: string;
  /** The Link or Reference element it is read in. */
  owner: StructElement;
}

/** What a structure element says besides its type: its language, and which cells a header cell heads. */
export interface StructOptions {
  lang?: string;
  scope?: 'Column' | 'Row';
}

/** A structure element (ISO 32000-1, 14.7): a heading, a paragraph, a table cell… */
export class StructElement {
  readonly kids: (StructElement | MarkedContent | Annotation)[] = [];
  readonly type: string;
  readonly options: StructOptions;

  constructor(type: string, options: StructOptions = {}) {
    this.type = type;
    this.options = options;
  }

  /** Appends a child element (in reading order). */
  add(child: StructElement): StructElement {
    this.kids.push(child);
    return child;
  }
}

/** A bookmark and the bookmarks under it. */
export interface Bookmark {
  title: string;
  destination: { page: PdfPage; y: number } | undefined;
  children: Bookmark[];
}

/** An sRGB colour as `#rrggbb`, to the three operands PDF takes. */
function rgb(color: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) throw new Error(`not a #rrggbb colour: ${color}`);
  return match
    .slice(1)
    .map((hex) => formatNumber(parseInt(hex, 16) / 255))
    .join(' ');
}

/** A font of the document: its resource name and the glyphs drawn with it (and the text each stands for). */
interface DocumentFont {
  key: string;
  font: PdfFont;
  used: Map<number, string>;
}

/** One page: its content stream, the structure element of each marked piece, its links. */
export class PdfPage {
  readonly operations: string[] = [];
  readonly marked: StructElement[] = [];
  readonly annotations: Annotation[] = [];
  readonly fontKeys = new Set<string>();
  readonly number: number;
  readonly width: number;
  readonly height: number;
  private readonly document: TaggedDocument;

  constructor(document: TaggedDocument, number: number, width: number, height: number) {
    this.document = document;
    this.number = number;
    this.width = width;
    this.height = height;
  }

  /** PDF's y (from the bottom) for a y from the top. */
  private flip(y: number): string {
    return formatNumber(this.height - y);
  }

  /** Content drawn by `draw`, marked as part of `element` (its next piece in reading order). */
  tagged(element: StructElement, draw: () => void): void {
    const mcid = this.marked.length;
    this.marked.push(element);
    element.kids.push({ page: this, mcid });
    this.operations.push(`${serialize(name(element.type))} <</MCID ${mcid}>> BDC`);
    draw();
    this.operations.push('EMC');
  }

  /** Decoration or pagination drawn by `draw`, marked as an artifact: not read, not in the structure. */
  artifact(type: 'Layout' | 'Pagination', draw: () => void): void {
    this.operations.push(`/Artifact <</Type /${type}>> BDC`);
    draw();
    this.operations.push('EMC');
  }

  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    this.operations.push(
      `${rgb(color)} rg ${[x, this.height - y - height, width, height].map(formatNumber).join(' ')} re f`,
    );
  }

  /** A filled rectangle with corners rounded by `radius` (Bézier quarter circles). */
  fillRoundedRect(x: number, y: number, width: number, height: number, radius: number, color: string): void {
    const k = radius * 0.5523;
    const [left, right] = [x, x + width];
    const [top, bottom] = [this.height - y, this.height - y - height];
    const point = (...values: number[]): string => values.map(formatNumber).join(' ');
    this.operations.push(
      [
        `${rgb(color)} rg`,
        `${point(left + radius, top)} m`,
        `${point(right - radius, top)} l`,
        `${point(right - radius + k, top, right, top - radius + k, right, top - radius)} c`,
        `${point(right, bottom + radius)} l`,
        `${point(right, bottom + radius - k, right - radius + k, bottom, right - radius, bottom)} c`,
        `${point(left + radius, bottom)} l`,
        `${point(left + radius - k, bottom, left, bottom + radius - k, left, bottom + radius)} c`,
        `${point(left, top - radius)} l`,
        `${point(left, top - radius + k, left + radius - k, top, left + radius, top)} c`,
        'h f',
      ].join('\n'),
    );
  }

  /** A straight line; `dash` gives dash and gap lengths. */
  line(
    from: [number, number],
    to: [number, number],
    options: { width: number; color: string; dash?: [number, number] },
  ): void {
    const dash = options.dash ? `[${options.dash.map(formatNumber).join(' ')}] 0 d ` : '';
    this.operations.push(
      `q ${dash}${formatNumber(options.width)} w ${rgb(options.color)} RG ` +
        `${formatNumber(from[0])} ${this.flip(from[1])} m ${formatNumber(to[0])} ${this.flip(to[1])} l S Q`,
    );
  }

  /**
   * Laid-out words in one font and size, from `x` on the baseline `baseline` (from the top): one
   * TJ array, glyph ids in hexadecimal and the kerning as adjustments.
   */
  glyphs(words: readonly KernedRun<FontGlyph>[], style: TextStyle, x: number, baseline: number, color: string): void {
    const font = this.document.fontOf(style.font);
    this.fontKeys.add(font.key);
    const scale = 1000 / style.font.metrics.unitsPerEm;
    const parts: string[] = [];
    let hex = '';
    const adjust = (amount: number): void => {
      if (amount === 0) return;
      if (hex !== '') parts.push(`<${hex}>`);
      hex = '';
      parts.push(formatNumber(-amount * scale));
    };
    for (const word of words) {
      word.glyphs.forEach((glyph, index) => {
        const position = word.positions[index]!;
        if (!font.used.has(glyph.id)) font.used.set(glyph.id, glyph.text);
        adjust(position.xOffset);
        hex += glyphHex(glyph.id);
        adjust(position.xAdvance - glyph.advanceWidth - position.xOffset);
      });
    }
    if (hex !== '') parts.push(`<${hex}>`);
    // Character spacing is graphics state, which outlives the text object: saved and restored around it.
    const [save, spacing, restore] = style.characterSpacing
      ? ['q ', `${formatNumber(style.characterSpacing)} Tc `, ' Q']
      : ['', '', ''];
    this.operations.push(
      `${save}BT ${rgb(color)} rg /${font.key} ${formatNumber(style.size)} Tf ${spacing}` +
        `1 0 0 1 ${formatNumber(x)} ${this.flip(baseline)} Tm [${parts.join(' ')}] TJ ET${restore}`,
    );
  }

  /**
   * A link over a rectangle (top-down coordinates), tagged in `element` (a Link or Reference) after
   * the content marked so far, with `contents` as its description.
   */
  link(
    element: StructElement,
    box: { x: number; y: number; width: number; height: number },
    target: LinkTarget,
    contents: string,
  ): void {
    const annotation: Annotation = {
      page: this,
      rect: [box.x, this.height - box.y - box.height, box.x + box.width, this.height - box.y],
      target,
      contents,
      owner: element,
    };
    this.annotations.push(annotation);
    element.kids.push(annotation);
  }
}

/** A tagged PDF document being drawn. */
export class TaggedDocument {
  readonly pages: PdfPage[] = [];
  readonly root = new StructElement('Document');
  readonly bookmarks: Bookmark[] = [];
  private readonly destinations = new Map<string, { page: PdfPage; y: number }>();
  private readonly fonts = new Map<PdfFont, DocumentFont>();
  readonly info: DocumentInfo;
  private readonly pageSize: { width: number; height: number };

  constructor(info: DocumentInfo, pageSize: { width: number; height: number }) {
    this.info = info;
    this.pageSize = pageSize;
  }

  addPage(): PdfPage {
    const page = new PdfPage(this, this.pages.length + 1, this.pageSize.width, this.pageSize.height);
    this.pages.push(page);
    return page;
  }

  /** A named destination at a height of a page, for links and bookmarks. */
  addDestination(id: string, page: PdfPage, y: number): void {
    this.destinations.set(id, { page, y });
  }

  /** The document's font for `font`, numbered in the order first used. */
  fontOf(font: PdfFont): DocumentFont {
    let entry = this.fonts.get(font);
    if (entry === undefined) {
      entry = { key: `F${this.fonts.size + 1}`, font, used: new Map() };
      this.fonts.set(font, entry);
    }
    return entry;
  }

  /** The file. */
  bytes(): Uint8Array {
    const file = new PdfFile();
    const catalog = file.reserve();
    const pagesRef = file.reserve();
    const pageRefs = this.pages.map(() => file.reserve());
    const refOf = new Map(this.pages.map((page, index) => [page, pageRefs[index]!]));
    const destination = (page: PdfPage, y: number): PdfValue => [
      refOf.get(page)!,
      name('XYZ'),
      0,
      page.height - y,
      null,
    ];

    const fontRefs = new Map<string, PdfRef>();
    for (const entry of this.fonts.values()) fontRefs.set(entry.key, writeFont(file, entry));

    // Structure parents: one number per page (its marked pieces), then one per link.
    const annotations = this.pages.flatMap((page) => page.annotations);
    const structParent = (index: number): number => this.pages.length + index;
    const annotationRefs = new Map(
      annotations.map((annotation, index) => [
        annotation,
        file.add({
          Type: name('Annot'),
          Subtype: name('Link'),
          Rect: annotation.rect,
          Border: [0, 0, 0],
          F: 4,
          Contents: annotation.contents,
          StructParent: structParent(index),
          ...('uri' in annotation.target
            ? { A: { S: name('URI'), URI: annotation.target.uri } }
            : { Dest: annotation.target.destination }),
        }),
      ]),
    );

    const structRoot = file.reserve();
    const elementRefs = new Map<StructElement, PdfRef>();
    const writeElement = (element: StructElement, parent: PdfRef): PdfRef => {
      const ref = file.reserve();
      elementRefs.set(element, ref);
      // The page of the element's first content: its pieces on that page are written as bare numbers.
      const first = element.kids.find((kid): kid is MarkedContent => 'mcid' in kid)?.page;
      const kids = element.kids.map((kid): PdfValue => {
        if (kid instanceof StructElement) return writeElement(kid, ref);
        if ('mcid' in kid)
          return kid.page === first ? kid.mcid : { Type: name('MCR'), Pg: refOf.get(kid.page)!, MCID: kid.mcid };
        return { Type: name('OBJR'), Pg: refOf.get(kid.page)!, Obj: annotationRefs.get(kid)! };
      });
      file.set(ref, {
        Type: name('StructElem'),
        S: name(element.type),
        P: parent,
        Pg: first === undefined ? undefined : refOf.get(first)!,
        Lang: element.options.lang,
        A: element.options.scope ? { O: name('Table'), Scope: name(element.options.scope) } : undefined,
        K: kids,
      });
      return ref;
    };
    const documentRef = writeElement(this.root, structRoot);
    const nums: PdfValue[] = [];
    this.pages.forEach((page, index) =>
      nums.push(
        index,
        page.marked.map((element) => elementRefs.get(element)!),
      ),
    );
    annotations.forEach((annotation, index) => nums.push(structParent(index), elementRefs.get(annotation.owner)!));
    file.set(structRoot, {
      Type: name('StructTreeRoot'),
      K: [documentRef],
      ParentTree: { Nums: nums },
      ParentTreeNextKey: structParent(annotations.length),
    });

    this.pages.forEach((page, index) => {
      const content = file.add(new PdfStream({}, Buffer.from(page.operations.join('\n'), 'latin1')));
      const fonts: Record<string, PdfRef> = {};
      for (const key of [...page.fontKeys].sort()) fonts[key] = fontRefs.get(key)!;
      file.set(pageRefs[index]!, {
        Type: name('Page'),
        Parent: pagesRef,
        MediaBox: [0, 0, page.width, page.height],
        Resources: { Font: fonts },
        Contents: content,
        Annots:
          page.annotations.length > 0
            ? page.annotations.map((annotation) => annotationRefs.get(annotation)!)
            : undefined,
        StructParents: index,
        Tabs: name('S'),
      });
    });
    file.set(pagesRef, { Type: name('Pages'), Kids: pageRefs, Count: pageRefs.length });

    const names = [...this.destinations.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const dests = names.flatMap((id) => {
      const { page, y } = this.destinations.get(id)!;
      return [id, destination(page, y)];
    });
    const outlines = writeBookmarks(file, this.bookmarks, destination);
    const metadata = file.add(new PdfStream({ Type: name('Metadata'), Subtype: name('XML') }, xmp(this.info), false));
    const date = pdfDate(this.info.date);
    const infoRef = file.add({
      Title: this.info.title,
      Subject: this.info.subject,
      Author: this.info.author,
      Creator: this.info.creator,
      Producer: this.info.creator,
      CreationDate: date,
      ModDate: date,
    });
    file.set(catalog, {
      Type: name('Catalog'),
      Pages: pagesRef,
      Outlines: outlines,
      Names: { Dests: { Names: dests } },
      StructTreeRoot: structRoot,
      MarkInfo: { Marked: true },
      Lang: this.info.lang,
      ViewerPreferences: { DisplayDocTitle: true },
      Metadata: metadata,
    });
    return file.bytes('1.7', { Root: catalog, Info: infoRef });
  }
}

/** The outline (bookmarks) dictionary, items open, each pointing at its heading. */
function writeBookmarks(
  file: PdfFile,
  bookmarks: readonly Bookmark[],
  destination: (page: PdfPage, y: number) => PdfValue,
): PdfRef {
  const root = file.reserve();
  const count = (items: readonly Bookmark[]): number => items.reduce((sum, item) => sum + 1 + count(item.children), 0);
  const writeLevel = (items: readonly Bookmark[], parent: PdfRef): PdfRef[] => {
    const refs = items.map(() => file.reserve());
    items.forEach((item, index) => {
      const children = writeLevel(item.children, refs[index]!);
      file.set(refs[index]!, {
        Title: item.title,
        Parent: parent,
        Prev: refs[index - 1],
        Next: refs[index + 1],
        First: children[0],
        Last: children.at(-1),
        Count: children.length > 0 ? count(item.children) : undefined,
        Dest: item.destination ? destination(item.destination.page, item.destination.y) : undefined,
      });
    });
    return refs;
  };
  const top = writeLevel(bookmarks, root);
  file.set(root, { Type: name('Outlines'), First: top[0], Last: top.at(-1), Count: count(bookmarks) });
  return root;
}

/** A date as PDF writes it (`D:YYYYMMDDHHmmSSZ`). */
function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** The XMP metadata: title, author, description, language, dates and the tools, as the Info dictionary says. */
function xmp(info: DocumentInfo): Buffer {
  // escapeHtml's five entities are XML's too.
  const date = info.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (text: string): string => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeHtml(text)}</rdf:li></rdf:Alt>`;
  return Buffer.from(
    [
      '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
      '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
      '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
      `<dc:format>application/pdf</dc:format>`,
      `<dc:title>${alt(info.title)}</dc:title>`,
      `<dc:creator><rdf:Seq><rdf:li>${escapeHtml(info.author)}</rdf:li></rdf:Seq></dc:creator>`,
      `<dc:description>${alt(info.subject)}</dc:description>`,
      `<dc:language><rdf:Bag><rdf:li>${escapeHtml(info.lang)}</rdf:li></rdf:Bag></dc:language>`,
      `<xmp:CreateDate>${date}</xmp:CreateDate>`,
      `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
      `<xmp:CreatorTool>${escapeHtml(info.creator)}</xmp:CreatorTool>`,
      `<pdf:Producer>${escapeHtml(info.creator)}</pdf:Producer>`,
      '</rdf:Description>',
      '</rdf:RDF>',
      '</x:xmpmeta>',
      '<?xpacket end="w"?>',
    ].join('\n'),
    'utf8',
  );
}

/** A glyph id as Identity-H encodes it in a string, two bytes in hexadecimal. */
function glyphHex(id: number): string {
  return id.toString(16).padStart(4, '0');
}

/** A subset tag (six capitals) that depends only on the glyphs kept, so the same document keeps the same name. */
function subsetTag(glyphs: readonly number[]): string {
  let hash = 2166136261;
  for (const glyph of glyphs) hash = Math.imul(hash ^ glyph, 16777619) >>> 0;
  let tag = '';
  for (let index = 0; index < 6; index++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}

/** Embeds a font (Type 0, CID-keyed TrueType, Identity-H): the subset, its widths and its ToUnicode map. */
function writeFont(file: PdfFile, entry: DocumentFont): PdfRef {
  const { font } = entry;
  const glyphs = [...entry.used.keys()].sort((a, b) => a - b);
  const scale = 1000 / font.metrics.unitsPerEm;
  const baseFont = `${subsetTag(glyphs)}+${font.postscriptName}`;
  const subset = subsetFont(font.sfnt, glyphs);
  const fontFile = file.add(new PdfStream({ Length1: subset.length }, subset));
  const [xMin, yMin, xMax, yMax] = font.metrics.bbox;
  const descriptor = file.add({
    Type: name('FontDescriptor'),
    FontName: name(baseFont),
    Flags: 4 | (font.metrics.fixedPitch ? 1 : 0) | (font.metrics.italicAngle !== 0 ? 64 : 0),
    FontBBox: [xMin * scale, yMin * scale, xMax * scale, yMax * scale],
    ItalicAngle: font.metrics.italicAngle,
    Ascent: font.metrics.ascent * scale,
    Descent: font.metrics.descent * scale,
    CapHeight: font.metrics.capHeight * scale,
    StemV: font.metrics.weightClass >= 600 ? 120 : 80,
    FontFile2: fontFile,
  });
  const widths: PdfValue[] = [];
  for (const glyph of glyphs) {
    widths.push(glyph, [font.advanceWidth(glyph) * scale]);
  }
  const cidFont = file.add({
    Type: name('Font'),
    Subtype: name('CIDFontType2'),
    BaseFont: name(baseFont),
    CIDSystemInfo: { Registry: 'Adobe', Ordering: 'Identity', Supplement: 0 },
    FontDescriptor: descriptor,
    W: widths,
    CIDToGIDMap: name('Identity'),
  });
  const toUnicode = file.add(new PdfStream({}, Buffer.from(toUnicodeCMap(entry.used), 'latin1')));
  return file.add({
    Type: name('Font'),
    Subtype: name('Type0'),
    BaseFont: name(baseFont),
    Encoding: name('Identity-H'),
    DescendantFonts: [cidFont],
    ToUnicode: toUnicode,
  });
}

/** The ToUnicode CMap: each glyph id to the UTF-16 text it was drawn for. */
function toUnicodeCMap(used: ReadonlyMap<number, string>): string {
  const entries = [...used].sort(([a], [b]) => a - b);
  const blocks: string[] = [];
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    blocks.push(
      `${block.length} beginbfchar`,
      ...block.map(([glyph, text]) => `<${glyphHex(glyph)}> <${utf16be(text).toString('hex')}>`),
      'endbfchar',
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
