/** PDF's object syntax as the editions write it, and a file's cross-reference table. */
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { formatNumber, name, PdfBytes, PdfFile, PdfStream, serialize } from '../../../src/artifacts/pdf/objects.ts';

describe('serialize', () => {
  test('numbers: at most four decimals, no exponent, no negative zero', () => {
    expect([1, 0.5, 1 / 3, -0, -0.00001, 841.89, 1e-7, 123456789].map(formatNumber)).toEqual([
      '1',
      '0.5',
      '0.3333',
      '0',
      '0',
      '841.89',
      '0',
      '123456789',
    ]);
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });

  test('text strings: ASCII escaped as it is, anything else as UTF-16 with its byte-order mark', () => {
    expect(serialize('a (b) \\ c')).toBe('(a \\(b\\) \\\\ c)');
    expect(serialize('è')).toBe('(\\376\\377\\000\\350)');
    // A parenthesis inside UTF-16 is escaped too.
    expect(serialize('é(')).toBe('(\\376\\377\\000\\351\\000\\()');
  });

  test('names escape delimiters, spaces and what is not printable ASCII', () => {
    expect(serialize(name('Type'))).toBe('/Type');
    expect(serialize(name('A B/C#'))).toBe('/A#20B#2fC#23');
  });

  test('dictionaries, arrays, references and byte strings; undefined entries left out', () => {
    const file = new PdfFile();
    const ref = file.add(null);
    expect(
      serialize({
        Type: name('Page'),
        Kids: [ref, 1.5, true, null],
        Skip: undefined,
        ID: new PdfBytes(new Uint8Array([0, 255])),
      }),
    ).toBe('<</Type /Page /Kids [1 0 R 1.5 true null] /ID <00ff>>>');
  });
});

describe('PdfFile', () => {
  test('points its cross-reference table at every object, and is the same file twice', () => {
    const write = (): Uint8Array => {
      const file = new PdfFile();
      const catalog = file.reserve();
      const info = file.add({ Title: 'Prova' });
      file.add(new PdfStream({}, Buffer.from('BT ET '.repeat(40), 'latin1')));
      file.set(catalog, { Type: name('Catalog') });
      return file.bytes('1.7', { Root: catalog, Info: info });
    };
    const bytes = Buffer.from(write());
    expect(Buffer.compare(bytes, Buffer.from(write()))).toBe(0);
    const text = bytes.toString('latin1');
    expect(text.startsWith('%PDF-1.7\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(3);
    offsets.forEach((offset, index) => expect(text.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`));
    expect(text).toMatch(/trailer\n<<\/Size 4 \/Root 1 0 R \/Info 2 0 R \/ID \[<([0-9a-f]{32})> <\1>\]>>/);
  });

  test('compresses a stream with Flate and gives its length; a short one stays as it is', () => {
    const file = new PdfFile();
    const long = 'q 1 0 0 1 0 0 cm Q\n'.repeat(20);
    const root = file.add(new PdfStream({ Type: name('XObject') }, Buffer.from(long, 'latin1')));
    file.add(new PdfStream({}, Buffer.from('short', 'latin1')));
    const text = Buffer.from(file.bytes('1.7', { Root: root, Info: root })).toString('latin1');
    const [, length] = /<<\/Type \/XObject \/Length (\d+) \/Filter \/FlateDecode>>\nstream\n/.exec(text) ?? [];
    const start = text.indexOf('stream\n') + 7;
    expect(inflateSync(Buffer.from(text.slice(start, start + Number(length)), 'latin1')).toString('latin1')).toBe(long);
    expect(text).toContain('<</Length 5>>\nstream\nshort\nendstream');
  });

  test('a reserved object never set is an error, not a hole in the file', () => {
    const file = new PdfFile();
    const root = file.reserve();
    expect(() => file.bytes('1.7', { Root: root, Info: root })).toThrow('PDF object 1 was reserved and never set');
  });
});
