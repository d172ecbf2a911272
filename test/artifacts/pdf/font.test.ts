/**
 * Our font reader against fontkit, the oracle, for both weights of Noto Sans: the same PostScript
 * name and metrics, the same glyph for every code point of the Basic Multilingual Plane, the same
 * advance for every glyph. Then text as the editions set it, and damaged font files.
 */
import { describe, expect, test } from 'vitest';
import { notoSans, sfntWith } from '../../support/fonts.ts';
import { openFont, printableText } from '../../../src/artifacts/pdf/font.ts';
import { FontTableError } from '../../../src/artifacts/pdf/sfnt.ts';

describe.each([400, 700] as const)('openFont, Noto Sans %i', (weight) => {
  const { sfnt, font } = notoSans(weight);
  const ours = openFont(sfnt);

  test('reads the name and metrics fontkit reads', () => {
    expect(ours.postscriptName).toBe(font.postscriptName);
    expect(ours.numGlyphs).toBe(font.numGlyphs);
    const { unitsPerEm, ascent, descent, lineGap, capHeight, italicAngle, bbox } = ours.metrics;
    expect({ unitsPerEm, ascent, descent, lineGap, capHeight, italicAngle }).toEqual({
      unitsPerEm: font.unitsPerEm,
      ascent: font.ascent,
      descent: font.descent,
      lineGap: font.lineGap,
      capHeight: font.capHeight,
      italicAngle: font.italicAngle,
    });
    expect(bbox).toEqual([font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY]);
    expect(ours.metrics.weightClass).toBe(weight);
  });

  test('maps every code point of the Basic Multilingual Plane to fontkit’s glyph', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const has = font.hasGlyphForCodePoint(code);
      if (ours.hasGlyphForCodePoint(code) !== has) differing.push(code.toString(16));
      else if (has && ours.layout(String.fromCodePoint(code)).glyphs[0]!.id !== font.glyphForCodePoint(code).id)
        differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
    expect(font.characterSet.length).toBeGreaterThan(200);
  });

  test('gives every glyph fontkit’s advance', () => {
    const advances = Array.from({ length: font.numGlyphs }, (_, id) => font.getGlyph(id).advanceWidth);
    expect(Array.from({ length: font.numGlyphs }, (_, id) => ours.advanceWidth(id))).toEqual(advances);
  });

  test('lays a character the font lacks out as glyph 0, the missing-glyph box', () => {
    expect(ours.layout('東').glyphs.map((glyph) => glyph.id)).toEqual([0]);
  });
});

describe('printableText', () => {
  test('composes a letter typed with a combining accent into the accented letter', () => {
    expect(printableText('perche\u0301')).toBe('perché');
  });

  test.each([
    ['a soft hyphen', 'moni\u00adtoraggio', 'monitoraggio'],
    ['a zero-width space', 'a\u200bb', 'ab'],
    ['a byte-order mark', '\ufeffInizio', 'Inizio'],
  ])('drops %s, which draws nothing', (_, text, printed) => {
    expect(printableText(text)).toBe(printed);
  });

  test('leaves the two languages’ text as it is', () => {
    const text = 'Perché è già «urgente» – 1.000 € ';
    expect(printableText(text)).toBe(text);
  });
});

describe('openFont, damaged files', () => {
  test('a missing table is named', () => {
    expect(() => openFont(sfntWith([['head', new Uint8Array(54)]]))).toThrow(FontTableError);
    expect(() => openFont(sfntWith([['head', new Uint8Array(54)]]))).toThrow('the font has no hhea table');
  });

  test('a table running past the end of the file is named, not read', () => {
    const bytes = sfntWith([['head', new Uint8Array(54)]]);
    new DataView(bytes.buffer).setUint32(12 + 12, 5000);
    expect(() => openFont(bytes)).toThrow('the head table runs past the end of the font');
  });

  test('bytes too short for a font are reported', () => {
    expect(() => openFont(new Uint8Array(4))).toThrow(/not an OpenType font/);
  });
});
