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
