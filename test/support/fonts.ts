/** The PDF editions' font files, and hand-made sfnt files, for the font readers' tests. */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { notoSansFile, type NotoSansWeight } from '../../src/artifacts/pdf/noto-sans.ts';
import { readSfnt } from '../../src/artifacts/pdf/sfnt.ts';
import { woffToSfnt } from '../../src/artifacts/pdf/woff.ts';

/** Noto Sans (Latin) as the editions embed it: its sfnt bytes, and fontkit's reading of them (the oracle). */
export function notoSans(weight: NotoSansWeight): { sfnt: Buffer; font: Font } {
  const sfnt = woffToSfnt(readFileSync(notoSansFile(weight)));
  const font = create(sfnt);
  if (!('layout' in font)) throw new Error('not a single font');
  return { sfnt, font };
}

/** An sfnt with the given tables (tag and bytes), laid out as the OpenType directory says. */
export function sfntWith(tables: [string, Uint8Array][]): Uint8Array {
  const header = 12 + tables.length * 16;
  const bytes = new Uint8Array(header + tables.reduce((sum, [, data]) => sum + data.length, 0));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tables.length);
  let offset = header;
  tables.forEach(([tag, data], index) => {
    const record = 12 + index * 16;
    for (let char = 0; char < 4; char++) view.setUint8(record + char, tag.charCodeAt(char));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    bytes.set(data, offset);
    offset += data.length;
  });
  return bytes;
}

/** OpenType's checksum of some bytes, zero-padded to whole 32-bit words (written here again, as the tests' oracle). */
function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

/**
 * What is wrong with an sfnt file's checksums: each table's against its directory entry (head's
 * taken with its adjustment at 0), and the whole file's against OpenType's 0xB1B0AFBA.
 */
export function checksumErrors(file: Uint8Array): string[] {
  const { tables, view } = readSfnt(file);
  const errors: string[] = [];
  [...tables].forEach(([tag, table], index) => {
    const data = new Uint8Array(file.subarray(table.offset, table.offset + table.length));
    if (tag === 'head') new DataView(data.buffer).setUint32(8, 0);
    if (view.getUint32(12 + index * 16 + 4) !== checksum(data)) errors.push(`${tag} checksum`);
  });
  if (checksum(file) !== 0xb1b0afba) errors.push('checkSumAdjustment');
  return errors;
}
