/**
 * The embedded font subsets, read back by fontkit: the glyphs drawn keep their ids and outlines,
 * the others are empty, a composite glyph keeps its components, and the file's checksums hold.
 */
import { create, type Font } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { checksumErrors, notoSans } from '../../support/fonts.ts';
import { subsetFont } from '../../../src/artifacts/pdf/subset.ts';
import { readSfnt } from '../../../src/artifacts/pdf/sfnt.ts';

/** A glyph's outline as SVG path data ('' for an empty glyph). */
const outline = (font: Font, id: number): string => font.getGlyph(id).path.toSVG();

/** The glyph ids a composite glyph is made of, as fontkit decodes them (none for a simple glyph). */
function components(font: Font, id: number): number[] {
  const glyph = font.getGlyph(id) as unknown as { _decode(): { components?: { glyphID: number }[] } | null };
  return glyph._decode()?.components?.map((component) => component.glyphID) ?? [];
}

describe.each([400, 700] as const)('subsetFont, Noto Sans %i', (weight) => {
  const { sfnt, font } = notoSans(weight);
  const drawn = font.glyphsForString('Perché 2.1').map((glyph) => glyph.id);
  const subset = subsetFont(sfnt, drawn);
  const read = create(Buffer.from(subset)) as Font;

  test('keeps the glyphs drawn, at their ids, with their outlines; empties the others', () => {
    expect(read.numGlyphs).toBe(font.numGlyphs);
    for (const id of drawn) expect(outline(read, id), `glyph ${id}`).toBe(outline(font, id));
    const others = Array.from({ length: font.numGlyphs }, (_, id) => id).filter(
      (id) => id !== 0 && !drawn.includes(id) && outline(font, id) !== '',
    );
    expect(others.length).toBeGreaterThan(100);
    // The other glyphs left are the components of those drawn, and nothing else.
    const kept = others.filter((id) => outline(read, id) !== '');
    const parts = [...new Set(drawn.flatMap((id) => components(font, id)))].filter((id) => !drawn.includes(id));
    expect(parts.length, 'é is drawn from e and an accent').toBeGreaterThan(0);
    expect(kept.sort((a, b) => a - b)).toEqual(parts.sort((a, b) => a - b));
    expect(subset.length).toBeLessThan(sfnt.length / 4);
  });

  test('keeps the components of a composite glyph', () => {
    const composite = Array.from({ length: font.numGlyphs }, (_, id) => id).find(
      (id) => components(font, id).length > 0,
    );
    expect(composite).toBeDefined();
    const alone = create(Buffer.from(subsetFont(sfnt, [composite!]))) as Font;
    expect(outline(alone, composite!)).toBe(outline(font, composite!));
    expect(outline(alone, composite!)).not.toBe('');
    for (const part of components(font, composite!)) expect(outline(alone, part)).toBe(outline(font, part));
  });

  test('has only the tables a PDF font needs, with their checksums, and the whole file’s adjustment', () => {
    expect([...readSfnt(subset).tables.keys()]).toEqual(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']);
    expect(checksumErrors(subset)).toEqual([]);
  });

  test('leaves the font it was given as it was', () => {
    const before = Buffer.from(sfnt);
    subsetFont(sfnt, drawn);
    expect(Buffer.compare(before, sfnt)).toBe(0);
  });

  test('refuses a glyph the font does not have', () => {
    expect(() => subsetFont(sfnt, [font.numGlyphs + 5])).toThrow(`past the font's ${font.numGlyphs} glyphs`);
  });
});
