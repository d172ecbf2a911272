/**
 * A TrueType font as the PDF editions use it: its metrics, which glyph draws each character, how
 * wide each glyph is, and words laid out with the font's pair kerning. Read straight from the font
 * file's tables (head, hhea, maxp, OS/2, post, name, cmap, hmtx, GPOS), a few kilobytes, instead of
 * loading a general font engine for it.
 */
import { kernedRun, readPairKerning, type KernedRun, type PairLookup } from './kerning.ts';
import { FontTableError, readSfnt, requiredTable, type Sfnt } from './sfnt.ts';

/** A glyph of a laid-out word, with the text it stands for (what copying it from the PDF gives). */
export interface FontGlyph {
  id: number;
  advanceWidth: number;
  text: string;
}

/** The font-wide measurements a PDF font descriptor and the layout need, in font units. */
export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  capHeight: number;
  italicAngle: number;
  /** xMin, yMin, xMax, yMax. */
  bbox: [number, number, number, number];
  weightClass: number;
  fixedPitch: boolean;
}

/** A font opened for the PDF editions. */
export interface PdfFont {
  postscriptName: string;
  metrics: FontMetrics;
  numGlyphs: number;
  /** The font file (sfnt). */
  sfnt: Uint8Array;
  hasGlyphForCodePoint(codePoint: number): boolean;
  /** A glyph's advance, in font units. */
  advanceWidth(glyphId: number): number;
  /** A word laid out with kerning, after `printableText`. */
  layout(text: string): KernedRun<FontGlyph>;
}

/** Characters that take no room and draw nothing (soft hyphens, zero-width spaces, byte-order marks). */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * Text as the editions set it: composed (a letter typed with a combining accent becomes the
 * accented letter the font draws and kerns), without the characters that draw nothing.
 */
export function printableText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** Opens a TrueType or OpenType font file (sfnt bytes). */
export function openFont(bytes: Uint8Array): PdfFont {
  const sfnt = readSfnt(bytes);
  const { view } = sfnt;
  const head = requiredTable(sfnt, 'head').offset;
  const hhea = requiredTable(sfnt, 'hhea').offset;
  const post = requiredTable(sfnt, 'post').offset;
  const os2 = sfnt.tables.get('OS/2')?.offset;
  const numGlyphs = view.getUint16(requiredTable(sfnt, 'maxp').offset + 4);
  const advances = readAdvances(sfnt, view.getUint16(hhea + 34), numGlyphs);
  const cmap = readCmap(sfnt);
  const lookups: readonly PairLookup[] = readPairKerning(bytes);
  const metrics: FontMetrics = {
    unitsPerEm: view.getUint16(head + 18),
    ascent: view.getInt16(hhea + 4),
    descent: view.getInt16(hhea + 6),
    lineGap: view.getInt16(hhea + 8),
    capHeight: os2 !== undefined && view.getUint16(os2) >= 2 ? view.getInt16(os2 + 88) : view.getInt16(hhea + 4),
    italicAngle: view.getInt32(post + 4) / 65536,
    bbox: [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)],
    weightClass: os2 === undefined ? 400 : view.getUint16(os2 + 4),
    fixedPitch: view.getUint32(post + 12) !== 0,
  };
  const words = new Map<string, KernedRun<FontGlyph>>();
  return {
    postscriptName: readPostscriptName(sfnt),
    metrics,
    numGlyphs,
    sfnt: bytes,
    hasGlyphForCodePoint: (codePoint) => cmap.has(codePoint),
    advanceWidth: (glyphId) => advances[glyphId] ?? 0,
    layout(text) {
      let run = words.get(text);
      if (run === undefined) {
        const glyphs = Array.from(text, (char): FontGlyph => {
          const id = cmap.get(char.codePointAt(0)!) ?? 0;
          return { id, advanceWidth: advances[id] ?? 0, text: char };
        });
        run = kernedRun(glyphs, lookups);
        words.set(text, run);
      }
      return run;
    },
  };
}

/** Advance widths by glyph id (hmtx: the last advance repeats for the glyphs after `count`). */
function readAdvances(sfnt: Sfnt, count: number, numGlyphs: number): number[] {
  const hmtx = requiredTable(sfnt, 'hmtx');
  if (count === 0 || count * 4 > hmtx.length) throw new FontTableError('the hmtx table is shorter than hhea says');
  const advances = Array.from({ length: count }, (_, id) => sfnt.view.getUint16(hmtx.offset + id * 4));
  while (advances.length < numGlyphs) advances.push(advances[count - 1]!);
  return advances;
}

/** Code point → glyph id, from the Unicode subtable of the cmap (format 12, else format 4). */
function readCmap(sfnt: Sfnt): Map<number, number> {
  const { view } = sfnt;
  const cmap = requiredTable(sfnt, 'cmap').offset;
  const subtables = new Map<number, number>();
  for (let index = 0, count = view.getUint16(cmap + 2); index < count; index++) {
    const record = cmap + 4 + index * 8;
    const [platform, encoding] = [view.getUint16(record), view.getUint16(record + 2)];
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) {
      const subtable = cmap + view.getUint32(record + 4);
      subtables.set(view.getUint16(subtable), subtable);
    }
  }
  const glyphs = new Map<number, number>();
  const full = subtables.get(12);
  const basic = subtables.get(4);
  if (full !== undefined) {
    for (let group = 0, count = view.getUint32(full + 12); group < count; group++) {
      const record = full + 16 + group * 12;
      const [start, end, glyph] = [view.getUint32(record), view.getUint32(record + 4), view.getUint32(record + 8)];
      for (let code = start; code <= end; code++) glyphs.set(code, glyph + code - start);
    }
  } else if (basic !== undefined) {
    const segments = view.getUint16(basic + 6) / 2;
    const ends = basic + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let segment = 0; segment < segments; segment++) {
      const end = view.getUint16(ends + segment * 2);
      const start = view.getUint16(starts + segment * 2);
      const delta = view.getInt16(deltas + segment * 2);
      const rangeOffset = view.getUint16(rangeOffsets + segment * 2);
      for (let code = start; code <= end && code !== 0xffff; code++) {
        let glyph = code;
        if (rangeOffset !== 0) {
          glyph = view.getUint16(rangeOffsets + segment * 2 + rangeOffset + (code - start) * 2);
          if (glyph === 0) continue;
        }
        glyph = (glyph + delta) & 0xffff;
        if (glyph !== 0) glyphs.set(code, glyph);
      }
    }
  } else {
    throw new FontTableError('the font has no Unicode cmap subtable (format 4 or 12)');
  }
  return glyphs;
}

/** The font's PostScript name (name id 6), Windows (UTF-16) or Macintosh (Roman) record. */
function readPostscriptName(sfnt: Sfnt): string {
  const { view, bytes } = sfnt;
  const name = requiredTable(sfnt, 'name').offset;
  const strings = name + view.getUint16(name + 4);
  for (let index = 0, count = view.getUint16(name + 2); index < count; index++) {
    const record = name + 6 + index * 12;
    if (view.getUint16(record + 6) !== 6) continue;
    const [length, offset] = [view.getUint16(record + 8), strings + view.getUint16(record + 10)];
    if (view.getUint16(record) === 3) {
      let text = '';
      for (let at = 0; at < length; at += 2) text += String.fromCharCode(view.getUint16(offset + at));
      return text;
    }
    return Buffer.from(bytes.buffer, bytes.byteOffset + offset, length).toString('latin1');
  }
  throw new FontTableError('the font has no PostScript name');
}
