/**
 * WOFF 1.0 to plain TrueType/OpenType (sfnt), with Node's native zlib. The fonts come from an npm
 * package as WOFF; fontkit can read WOFF itself, but it inflates a table in JavaScript each time
 * the table is read (for every glyph of a subset), which made a PDF take seconds instead of
 * milliseconds. Converting once keeps the same glyphs at native speed.
 */
import { inflateSync } from 'node:zlib';

/** The sfnt bytes of a WOFF 1.0 font; throws on anything else. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const flavor = input.readUInt32BE(4);
  const numTables = input.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = input.readUInt32BE(entry + 4);
    const compLength = input.readUInt32BE(entry + 8);
    const origLength = input.readUInt32BE(entry + 12);
    const stored = input.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error('WOFF table of the wrong length');
    return { tag: input.subarray(entry, entry + 4), checksum: input.readUInt32BE(entry + 16), data };
  });
  // The sfnt header's binary-search fields, as the OpenType specification defines them.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const padded = (length: number): number => (length + 3) & ~3;
  let offset = 12 + numTables * 16;
  const output = Buffer.alloc(offset + tables.reduce((sum, table) => sum + padded(table.data.length), 0));
  output.writeUInt32BE(flavor, 0);
  output.writeUInt16BE(numTables, 4);
  output.writeUInt16BE(searchRange, 6);
  output.writeUInt16BE(entrySelector, 8);
  output.writeUInt16BE(numTables * 16 - searchRange, 10);
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    table.tag.copy(output, record);
    output.writeUInt32BE(table.checksum, record + 4);
    output.writeUInt32BE(offset, record + 8);
    output.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(output, offset);
    offset += padded(table.data.length);
  });
  return output;
}
