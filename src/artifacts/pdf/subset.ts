/**
 * A TrueType font cut down to the glyphs a document draws, for embedding. Glyph ids stay as they
 * are (the glyphs not drawn are left empty), so the PDF can name glyphs by their ids in the font
 * (Identity CID-to-glyph map) and nothing is renumbered, composite glyphs' components included.
 */
import { FontTableError, readSfnt, requiredTable, type Sfnt } from './sfnt.ts';

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
  // Long offsets in loca; the whole file's checksum adjustment is set once the file is written.
  const newHead = new DataView(tables.get('head')!.buffer);
  newHead.setUint32(8, 0);
  newHead.setInt16(50, 1);
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

/** OpenType's table checksum: the sum of the big-endian 32-bit words, the last one zero-padded. */
function checksum(data: Uint8Array): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let sum = 0;
  const whole = data.length & ~3;
  for (let at = 0; at < whole; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  if (whole < data.length) {
    let last = 0;
    for (let at = whole; at < whole + 4; at++) last = (last << 8) | (data[at] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * An sfnt file of `tables` (tags sorted as the directory requires), each padded to four bytes, with
 * the head table's checksum adjustment (its own checksum computed with the adjustment at 0).
 */
function writeSfnt(version: number, tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const entrySelector = Math.floor(Math.log2(tags.length));
  const searchRange = 2 ** entrySelector * 16;
  let offset = 12 + tags.length * 16;
  const file = new Uint8Array(offset + tags.reduce((sum, tag) => sum + ((tables.get(tag)!.length + 3) & ~3), 0));
  const view = new DataView(file.buffer);
  let head: number | undefined;
  view.setUint32(0, version);
  view.setUint16(4, tags.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, tags.length * 16 - searchRange);
  tags.forEach((tag, index) => {
    const data = tables.get(tag)!;
    const record = 12 + index * 16;
    for (let char = 0; char < 4; char++) view.setUint8(record + char, tag.charCodeAt(char));
    view.setUint32(record + 4, checksum(data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    file.set(data, offset);
    if (tag === 'head') head = offset;
    offset += (data.length + 3) & ~3;
  });
  if (head !== undefined) view.setUint32(head + 8, (0xb1b0afba - checksum(file)) >>> 0);
  return file;
}
