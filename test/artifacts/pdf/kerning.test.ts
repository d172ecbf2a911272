/**
 * The PDF editions' kerning against fontkit's own shaper, the oracle: for both weights of Noto
 * Sans, every word the committed catalogue's editions print and every pair of the characters the
 * two languages use are laid out by our font reader (`font.ts`: cmap, advances, GPOS) to the same
 * glyphs at the same positions (ligatures off, as the editions set them). Then what the reader
 * does with other fonts.
 */
import type { Font } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { notoSans, sfntWith } from '../../support/fonts.ts';
import { pdfEdition } from '../../../src/artifacts/pdf/content.ts';
import { openFont, type PdfFont } from '../../../src/artifacts/pdf/font.ts';
import { kernedRun, readPairKerning } from '../../../src/artifacts/pdf/kerning.ts';
import { FontTableError } from '../../../src/artifacts/pdf/sfnt.ts';
import { loadCatalog } from '../../../src/catalog/source/read.ts';

/** Every string in a value (an edition: headings, rows, notes, legal lines…). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

/** Words as the layout measures and draws them: each with the space after it. */
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

function layouts(font: Font, ourFont: PdfFont, text: string) {
  const reference = font.layout(text, { liga: false } as unknown as string[]);
  const ours = ourFont.layout(text);
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
  const ourFont = openFont(sfnt);

  test('lays every word of both editions out as fontkit does', () => {
    const words = editionWords();
    expect(words.size).toBeGreaterThan(300);
    const differing = [...words].filter((word) => {
      const { reference, ours, oursWidth, width } = layouts(font, ourFont, word);
      return JSON.stringify(reference) !== JSON.stringify(ours) || oursWidth !== width;
    });
    expect(differing).toEqual([]);
  });

  test('kerns every pair of the two languages’ characters as fontkit does', () => {
    const differing: string[] = [];
    let kerned = 0;
    for (const first of CHARACTERS) {
      for (const second of CHARACTERS) {
        const { reference, ours, oursWidth } = layouts(font, ourFont, first + second);
        if (JSON.stringify(reference) !== JSON.stringify(ours)) differing.push(first + second);
        const plain = font.glyphsForString(first + second).reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
        if (oursWidth !== plain) kerned++;
      }
    }
    expect(differing).toEqual([]);
    // Not a vacuous match: the font kerns hundreds of these pairs (AV, Te, "P1"…).
    expect(kerned).toBeGreaterThan(300);
    const [a] = font.glyphsForString('AV');
    expect(ourFont.layout('AV').positions[0]!.xAdvance).toBeLessThan(a!.advanceWidth);
  });
});

describe('kernedRun', () => {
  const { sfnt, font } = notoSans(400);
  const lookups = readPairKerning(sfnt);

  test('its advance is the sum of its positions’ advances, less than the glyphs’ own where a pair is kerned', () => {
    const run = kernedRun(font.glyphsForString('AVANTI '), lookups);
    expect(run.advanceWidth).toBe(run.positions.reduce((sum, position) => sum + position.xAdvance, 0));
    expect(run.advanceWidth).toBeLessThan(run.glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0));
  });

  test('without lookups, every glyph advances by its own width', () => {
    const glyphs = font.glyphsForString('AVA');
    expect(kernedRun(glyphs, []).positions.map((position) => position.xAdvance)).toEqual(
      glyphs.map((glyph) => glyph.advanceWidth),
    );
  });
});

describe('readPairKerning', () => {
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
