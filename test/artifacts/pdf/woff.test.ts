/** WOFF to TrueType, read back by fontkit (which reads WOFF itself, the oracle). */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { checksumErrors } from '../../support/fonts.ts';
import { notoSansFile } from '../../../src/artifacts/pdf/noto-sans.ts';
import { woffToSfnt } from '../../../src/artifacts/pdf/woff.ts';

describe.each([400, 700] as const)('woffToSfnt, Noto Sans %i', (weight) => {
  const woff = readFileSync(notoSansFile(weight));
  const sfnt = woffToSfnt(woff);

  test('gives the font fontkit reads from the WOFF: its name, glyphs and outlines', () => {
    const [fromWoff, fromSfnt] = [create(woff) as Font, create(sfnt) as Font];
    expect(fromSfnt.postscriptName).toBe(fromWoff.postscriptName);
    expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
    for (let id = 0; id < fromWoff.numGlyphs; id++) {
      expect(fromSfnt.getGlyph(id).path.toSVG(), `glyph ${id}`).toBe(fromWoff.getGlyph(id).path.toSVG());
    }
  });

  test('writes every table’s checksum and the whole file’s adjustment', () => {
    expect(checksumErrors(sfnt)).toEqual([]);
  });

  test('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(sfnt)).toThrow('not a WOFF 1.0 font');
  });
});
