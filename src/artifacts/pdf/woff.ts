/**
 * WOFF 1.0 to plain TrueType/OpenType (sfnt), with Node's native zlib. The fonts come from an npm
 * package as WOFF; fontkit can read WOFF itself, but it inflates a table in JavaScript each time
 * the table is read (for every glyph of a subset), which made a PDF take seconds instead of
 * milliseconds. Converting once keeps the same glyphs at native speed.
 */
import { inflateSync } from 'node:zlib';
import { writeSfnt } from './sfnt.ts';

/** The sfnt bytes of a WOFF 1.0 font; throws on anything else. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const tables = new Map<string, Uint8Array>();
  for (let index = 0, count = input.readUInt16BE(12); index < count; index++) {
    const entry = 44 + index * 20;
    const offset = input.readUInt32BE(entry + 4);
    const compLength = input.readUInt32BE(entry + 8);
    const origLength = input.readUInt32BE(entry + 12);
    const stored = input.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error('WOFF table of the wrong length');
    tables.set(input.toString('latin1', entry, entry + 4), data);
  }
  const sfnt = writeSfnt(input.readUInt32BE(4), tables);
  return Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
}
