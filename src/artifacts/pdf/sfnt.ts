/**
 * The table directory of an OpenType (sfnt) font file: where each table is, read with bounds
 * checks, so that a damaged font file is reported by table instead of read past its end.
 */

/** A font file that cannot be read as OpenType says where. */
export class FontTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FontTableError';
  }
}

/** Where a table lies in the file. */
export interface TableRecord {
  offset: number;
  length: number;
}

/** A font file's bytes, its tables by tag, and a big-endian view of it. */
export interface Sfnt {
  bytes: Uint8Array;
  view: DataView;
  tables: ReadonlyMap<string, TableRecord>;
}

/** The four-character tag at `offset`. */
export function tagAt(view: DataView, offset: number): string {
  return String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  );
}

/** Reads the table directory of `bytes`. */
export function readSfnt(bytes: Uint8Array): Sfnt {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 12) throw new FontTableError('not an OpenType font: too short');
  const tables = new Map<string, TableRecord>();
  for (let index = 0, count = view.getUint16(4); index < count; index++) {
    const record = 12 + index * 16;
    if (record + 16 > view.byteLength) throw new FontTableError('the table directory runs past the end of the font');
    const table = { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) };
    if (table.offset + table.length > view.byteLength) {
      throw new FontTableError(`the ${tagAt(view, record)} table runs past the end of the font`);
    }
    tables.set(tagAt(view, record), table);
  }
  return { bytes, view, tables };
}

/** Where a table the font must have lies; a missing one is named. */
export function requiredTable(sfnt: Sfnt, tag: string): TableRecord {
  const table = sfnt.tables.get(tag);
  if (table === undefined) throw new FontTableError(`the font has no ${tag} table`);
  return table;
}

/** OpenType's table checksum: the sum of the big-endian 32-bit words, the last one zero-padded. */
export function checksum(data: Uint8Array): number {
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
 * An sfnt file of `tables` (tags sorted as the directory requires), each with its checksum and
 * padded to four bytes, and the head table's checksum adjustment for the whole file (the head
 * table's own checksum is taken with the adjustment at 0, as OpenType defines it).
 */
export function writeSfnt(version: number, tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
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
    const data = tag === 'head' ? withoutAdjustment(tables.get(tag)!) : tables.get(tag)!;
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

/** A copy of a head table with its checksum adjustment at 0. */
function withoutAdjustment(head: Uint8Array): Uint8Array {
  const copy = new Uint8Array(head);
  if (copy.length >= 12) new DataView(copy.buffer).setUint32(8, 0);
  return copy;
}
