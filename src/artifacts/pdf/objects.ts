/**
 * PDF's object syntax (ISO 32000-1, 7.3): the values a document is written in, serialized
 * deterministically, and a file of numbered objects with its cross-reference table. Plain
 * JavaScript values map to PDF values: numbers, booleans, null, arrays, dictionaries (plain
 * objects, keys written as names) and text strings; names, references, byte strings and streams
 * have classes of their own.
 */
import { deflateSync } from 'node:zlib';
import { sha256Hex } from '../../catalog/source/digest.ts';

/** A name (`/Type`). */
export class PdfName {
  readonly name: string;
  constructor(text: string) {
    this.name = text;
  }
}

/** A reference to a numbered object (`12 0 R`). */
export class PdfRef {
  readonly id: number;
  constructor(id: number) {
    this.id = id;
  }
}

/** A string of bytes, written in hexadecimal (a glyph-id string, a file identifier). */
export class PdfBytes {
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
}

/** A stream: its dictionary and its data, compressed with Flate unless it is tiny or `compress` is false. */
export class PdfStream {
  readonly dictionary: PdfDictionary;
  readonly data: Uint8Array;
  readonly compress: boolean;
  constructor(dictionary: PdfDictionary, data: Uint8Array, compress = true) {
    this.dictionary = dictionary;
    this.data = data;
    this.compress = compress;
  }
}

/** Any value that can be written into a PDF. */
export type PdfValue =
  number | boolean | null | string | PdfName | PdfRef | PdfBytes | readonly PdfValue[] | PdfDictionary;

/** A dictionary: keys are names; `undefined` entries are left out. */
export interface PdfDictionary {
  readonly [key: string]: PdfValue | undefined;
}

/** `/name`, shorter to write. */
export const name = (text: string): PdfName => new PdfName(text);

/** A number as PDF writes it: at most four decimals, no exponent, no negative zero. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a PDF number cannot be ${value}`);
  const rounded = Math.round(value * 10_000) / 10_000;
  return Object.is(rounded, -0) ? '0' : String(rounded).includes('e') ? rounded.toFixed(4) : String(rounded);
}

/** Text as UTF-16, big-endian, without a byte-order mark: how PDF stores Unicode text. */
export function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

/** A text string: ASCII as it is, anything else as UTF-16BE with its byte-order mark; both escaped as literals. */
function literal(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[()\\]/g, '\\$&')})`;
  const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]);
  let out = '(';
  for (const byte of bytes) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out})`;
}

/** Characters a name writes as `#xx` (delimiters, white space, `#`, anything outside printable ASCII). */
const NAME_ESCAPE = /[^\x21-\x7e]|[#()<>[\]{}/%]/g;

/** One value in PDF syntax (streams are written only as whole objects). */
export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return literal(value);
  if (value instanceof PdfName) {
    return `/${value.name.replace(NAME_ESCAPE, (char) => `#${char.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  }
  if (value instanceof PdfRef) return `${value.id} 0 R`;
  if (value instanceof PdfBytes) return `<${Buffer.from(value.bytes).toString('hex')}>`;
  if (Array.isArray(value)) return `[${(value as readonly PdfValue[]).map(serialize).join(' ')}]`;
  const entries = Object.entries(value as PdfDictionary).filter(
    (entry): entry is [string, PdfValue] => entry[1] !== undefined,
  );
  return `<<${entries.map(([key, entry]) => `${serialize(name(key))} ${serialize(entry)}`).join(' ')}>>`;
}

/** Streams shorter than this are stored as they are: Flate would only add its header. */
const COMPRESS_FROM = 64;

/** A PDF file of numbered objects, written in the order they were numbered. */
export class PdfFile {
  private readonly objects: (PdfValue | PdfStream | undefined)[] = [];

  /** A number for an object whose value is set later (pages and their parents refer to each other). */
  reserve(): PdfRef {
    this.objects.push(undefined);
    return new PdfRef(this.objects.length);
  }

  /** Sets a reserved object's value. */
  set(ref: PdfRef, value: PdfValue | PdfStream): PdfRef {
    this.objects[ref.id - 1] = value;
    return ref;
  }

  /** Adds an object and returns its reference. */
  add(value: PdfValue | PdfStream): PdfRef {
    return this.set(this.reserve(), value);
  }

  /**
   * The file's bytes: header, objects, cross-reference table and trailer. The file identifier is
   * the first half of the sha256 of the header and objects, so the same document gives the same
   * bytes and another one another.
   */
  bytes(version: string, trailer: { Root: PdfRef; Info: PdfRef }): Uint8Array {
    const chunks: Buffer[] = [Buffer.from(`%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`, 'latin1')];
    let length = chunks[0]!.length;
    const offsets: number[] = [];
    const push = (chunk: Buffer): void => {
      chunks.push(chunk);
      length += chunk.length;
    };
    this.objects.forEach((value, index) => {
      if (value === undefined) throw new Error(`PDF object ${index + 1} was reserved and never set`);
      offsets.push(length);
      if (value instanceof PdfStream) {
        const compress = value.compress && value.data.length >= COMPRESS_FROM;
        const data = compress ? deflateSync(value.data) : value.data;
        const dictionary = {
          ...value.dictionary,
          Length: data.length,
          Filter: compress ? name('FlateDecode') : undefined,
        };
        push(Buffer.from(`${index + 1} 0 obj\n${serialize(dictionary)}\nstream\n`, 'latin1'));
        push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
        push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
      } else {
        push(Buffer.from(`${index + 1} 0 obj\n${serialize(value)}\nendobj\n`, 'latin1'));
      }
    });
    const body = Buffer.concat(chunks);
    const id = new PdfBytes(Buffer.from(sha256Hex(body).slice(0, 32), 'hex'));
    const xref = [
      `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`,
      ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
      `trailer\n${serialize({ Size: offsets.length + 1, ...trailer, ID: [id, id] })}\n`,
      `startxref\n${length}\n%%EOF\n`,
    ].join('');
    return new Uint8Array(Buffer.concat([body, Buffer.from(xref, 'latin1')]));
  }
}
