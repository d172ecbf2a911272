/**
 * The PDF editions' kerning against fontkit's own shaper, the oracle: for both weights of Noto
 * Sans, every word the committed catalogue's editions print and every pair of the characters the
 * two languages use are laid out to the same glyphs at the same positions (ligatures off, as the
 * editions set them). Then what the reader does with other fonts and other text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { pdfEdition } from '../../../src/artifacts/pdf/content.ts';
import {
  FontTableError,
  kernedRun,
  kernsAlone,
  kernWords,
  readPairKerning,
  type PairLookup,
} from '../../../src/artifacts/pdf/kerning.ts';
import { woffToSfnt } from '../../../src/artifacts/pdf/woff.ts';
import { loadCatalog } from '../../../src/catalog/source/read.ts';

const require = createRequire(import.meta.url);

function notoSans(weight: 400 | 700): { sfnt: Buffer; font: Font } {
  const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
  const sfnt = woffToSfnt(readFileSync(file));
  const font = create(sfnt);
  if (!('layout' in font)) throw new Error('not a single font');
  return { sfnt, font };
}

/** Every string in a value (an edition: headings, rows, notes, legal lines…). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

/** Words as PDFKit measures and draws them: each with the space after it. */
function editionWords(): Set<string> {
  const catalog = loadCatalog();
  const words = new Set<string>();
  for (const locale of ['it', 'en'] as const) {
    for (const text of strings(pdfEdition(catalog, locale, 'https://care.imagicle.com/'))) {
      for (const word of text.split(/(?<= )/)) words.add(word);
    }
  }
  return words;
}

const CHARACTERS = [
  ...Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)),
  ...'àèéìòùÀÈÉÌÒÙ«»€–—‘’“”…·°',
];

function layouts(font: Font, lookups: readonly PairLookup[], text: string) {
  const reference = font.layout(text, { liga: false } as unknown as string[]);
  const ours = kernedRun(font.glyphsForString(text), lookups);
  const shape = (run: { glyphs: { id: number }[]; positions: object[] }) => ({
    glyphs: run.glyphs.map((glyph) => glyph.id),
    positions: run.positions.map((position) => ({ ...position })),
  });
  return {
    reference: shape(reference),
    ours: shape(ours),
    oursWidth: ours.advanceWidth,
    width: reference.advanceWidth,
  };
}

describe.each([400, 700] as const)('Noto Sans %i', (weight) => {
  const { sfnt, font } = notoSans(weight);
  const lookups = readPairKerning(sfnt);

  test('lays every word of both editions out as fontkit does', () => {
    const words = editionWords();
    expect(words.size).toBeGreaterThan(300);
    const differing = [...words].filter((word) => {
      const { reference, ours, oursWidth, width } = layouts(font, lookups, word);
      return JSON.stringify(reference) !== JSON.stringify(ours) || oursWidth !== width;
    });
    expect(differing).toEqual([]);
  });

  test('kerns every pair of the two languages’ characters as fontkit does', () => {
    const differing: string[] = [];
    let kerned = 0;
    for (const first of CHARACTERS) {
      for (const second of CHARACTERS) {
        const { reference, ours, oursWidth } = layouts(font, lookups, first + second);
        if (JSON.stringify(reference) !== JSON.stringify(ours)) differing.push(first + second);
        const plain = font.glyphsForString(first + second).reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
        if (oursWidth !== plain) kerned++;
      }
    }
    expect(differing).toEqual([]);
    // Not a vacuous match: the font kerns hundreds of these pairs (AV, Te, "P1"…).
    expect(kerned).toBeGreaterThan(300);
    const [a, v] = font.glyphsForString('AV');
    expect(kernedRun([a!, v!], lookups).positions[0]!.xAdvance).toBeLessThan(a!.advanceWidth);
  });
});

describe('kernedRun', () => {
  const { sfnt, font } = notoSans(400);
  const lookups = readPairKerning(sfnt);

  test('sums its advance when asked, after PDFKit has scaled the positions in place', () => {
    const run = kernedRun(font.glyphsForString('Tempo '), lookups);
    const width = run.advanceWidth;
    for (const position of run.positions) position.xAdvance *= 0.01;
    expect(run.advanceWidth).toBeCloseTo(width * 0.01, 9);
  });

  test('without lookups, every glyph advances by its own width', () => {
    const glyphs = font.glyphsForString('AVA');
    expect(kernedRun(glyphs, []).positions.map((position) => position.xAdvance)).toEqual(
      glyphs.map((glyph) => glyph.advanceWidth),
    );
  });
});

describe('kernWords', () => {
  /** Glyph ids and positions of a run, to compare runs from different font objects. */
  const ids = (run: {
    glyphs: { id: number }[];
    positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  }) =>
    run.glyphs.map((glyph, index) => {
      const { xAdvance, xOffset, yOffset } = run.positions[index]!;
      return `${glyph.id}:${xAdvance}:${xOffset}:${yOffset}`;
    });

  test('PDFKit’s calls get the kerned words, without ligatures', () => {
    const { sfnt, font } = notoSans(400);
    const shaper = notoSans(400).font;
    kernWords(font, sfnt);
    expect(ids(font.layout('AVANTI '))).toEqual(
      ids(kernedRun(shaper.glyphsForString('AVANTI '), readPairKerning(sfnt))),
    );
    // The shaper joins fi and fl; the editions keep every character a glyph of its own.
    expect(shaper.layout('fine flusso').glyphs).toHaveLength(9);
    expect(font.layout('fine flusso').glyphs).toHaveLength(11);
  });

  test('text with a combining mark, or a call asking for features, still goes to fontkit’s shaper', () => {
    const { sfnt, font } = notoSans(400);
    const shaper = notoSans(400).font;
    kernWords(font, sfnt);
    const accented = 'perche\u0301 ';
    expect(ids(font.layout(accented))).toEqual(ids(shaper.layout(accented)));
    // Not what kerning alone would give: the shaper places the accent over its letter.
    expect(ids(kernedRun(shaper.glyphsForString(accented), readPairKerning(sfnt)))).not.toEqual(
      ids(shaper.layout(accented)),
    );
    expect(font.layout('fine', ['liga']).glyphs).toHaveLength(3);
  });
});

describe('kernsAlone', () => {
  test('text of the two languages needs no shaping', () => {
    expect(kernsAlone('Perché è già «urgente» – 1.000 € ')).toBe(true);
  });

  test.each([
    ['a combining accent', 'perche\u0301'],
    ['a soft hyphen', 'moni\u00adtoraggio'],
    ['a zero-width joiner', 'a\u200db'],
    ['a variation selector', 'x\ufe0f'],
  ])('text with %s is left to fontkit', (_, text) => {
    expect(kernsAlone(text)).toBe(false);
  });
});

describe('readPairKerning', () => {
  /** An sfnt with the given tables (tag and bytes), laid out as the OpenType directory says. */
  function sfntWith(tables: [string, Uint8Array][]): Uint8Array {
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

  test('a font without a GPOS table has no kerning', () => {
    expect(readPairKerning(sfntWith([['head', new Uint8Array(54)]]))).toEqual([]);
  });

  test('a script the font does not list falls back to the default script', () => {
    const { sfnt } = notoSans(400);
    expect(readPairKerning(sfnt, 'zzzz')).toHaveLength(readPairKerning(sfnt, 'latn').length);
  });

  test('a GPOS table pointing past the end of the font is reported, not read as zeros', () => {
    const gpos = new Uint8Array(10);
    new DataView(gpos.buffer).setUint16(4, 0xfff0);
    expect(() => readPairKerning(sfntWith([['GPOS', gpos]]))).toThrow(FontTableError);
    expect(() => readPairKerning(sfntWith([['GPOS', gpos]]))).toThrow(/GPOS: offset \d+ past the end of the font/);
  });

  test('bytes too short for a font are reported', () => {
    expect(() => readPairKerning(new Uint8Array(4))).toThrow(/not an OpenType font/);
  });
});
