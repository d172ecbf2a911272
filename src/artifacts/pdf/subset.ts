/**
 * A TrueType font cut down to the glyphs a document draws, for embedding. Glyph ids stay as they
 * are (the glyphs not drawn are left empty), so the PDF can name glyphs by their ids in the font
 * (Identity CID-to-glyph map) and nothing is renumbered, composite glyphs' components included.
 */
import { FontTableError, readSfnt, requiredTable, writeSfnt, type Sfnt } from './sfnt.ts';

/** The tables a PDF's embedded TrueType font needs (ISO 32000, 9.9), in the order written. */
const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;

/** Composite glyph flags (OpenType glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** The font file `sfnt` with only the glyphs `used` (and glyph 0, and their components) left in it. */
export function subsetFont(bytes: Uint8Array, used: Iterable<number>): Uint8Array {
  const sfnt = readSfnt(bytes);
  const { view } = sfnt;
  const head = requiredTable(sfnt, 'head').offset;
  const numGlyphs = view.getUint16(requiredTable(sfnt, 'maxp').offset + 4);
  const offsets = glyphOffsets(sfnt, numGlyphs, view.getInt16(head + 50) === 1);
  const glyf = requiredTable(sfnt, 'glyf').offset;
  const glyphData = (id: number): Uint8Array => bytes.subarray(glyf + offsets[id]!, glyf + offsets[id + 1]!);

  const kept = new Set<number>();
  const keep = (id: number): void => {
    if (id >= numGlyphs) throw new FontTableError(`glyph ${id} is past the font's ${numGlyphs} glyphs`);
    if (kept.has(id)) return;
    kept.add(id);
    for (const component of components(glyphData(id))) keep(component);
  };
  keep(0);
  for (const id of used) keep(id);

  const padded = (length: number): number => (length + 3) & ~3;
  const newGlyf = new Uint8Array([...kept].reduce((sum, id) => sum + padded(glyphData(id).length), 0));
  const loca = new DataView(new ArrayBuffer((numGlyphs + 1) * 4));
  let at = 0;
  for (let id = 0; id < numGlyphs; id++) {
    loca.setUint32(id * 4, at);
    if (!kept.has(id)) continue;
    const data = glyphData(id);
    newGlyf.set(data, at);
    at += padded(data.length);
  }
  loca.setUint32(numGlyphs * 4, at);

  const tables = new Map<string, Uint8Array>();
  for (const tag of KEPT_TABLES) {
    if (tag === 'glyf') tables.set(tag, newGlyf);
    else if (tag === 'loca') tables.set(tag, new Uint8Array(loca.buffer));
    else {
      const table = sfnt.tables.get(tag);
      // A copy: the head table is changed below, and a Buffer's slice would share the font's bytes.
      if (table !== undefined)
        tables.set(tag, new Uint8Array(bytes.subarray(table.offset, table.offset + table.length)));
    }
  }
  // Long offsets in loca.
  new DataView(tables.get('head')!.buffer).setInt16(50, 1);
  return writeSfnt(view.getUint32(0), tables);
}

/** The glyf offsets of every glyph and the end (loca, short or long). */
function glyphOffsets(sfnt: Sfnt, numGlyphs: number, long: boolean): number[] {
  const loca = requiredTable(sfnt, 'loca');
  if (loca.length < (numGlyphs + 1) * (long ? 4 : 2)) throw new FontTableError('the loca table is too short');
  return Array.from({ length: numGlyphs + 1 }, (_, id) =>
    long ? sfnt.view.getUint32(loca.offset + id * 4) : sfnt.view.getUint16(loca.offset + id * 2) * 2,
  );
}

/** The glyph ids a composite glyph is made of (none for a simple or empty glyph). */
function components(data: Uint8Array): number[] {
  if (data.length < 10) return [];
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getInt16(0) >= 0) return [];
  const found: number[] = [];
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    found.push(view.getUint16(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return found;
  }
}
