/**
 * The characters the validator lets into a catalogue are the ones the PDF edition can print: the
 * class in `hygiene.ts` is compared with what both weights of the embedded font actually draw.
 */
import { describe, expect, it } from 'vitest';
import { notoSans } from '../../support/fonts.ts';
import { PDF_CHARACTERS } from '../../../src/catalog/source/hygiene.ts';

/** Code points in `[0, 0xFFFF]` that `keep` accepts, the printable ones only (white space and controls have rules of their own). */
function codePoints(keep: (code: number) => boolean): string[] {
  const found: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCodePoint(code);
    if (/[\s\p{Cc}]/u.test(char)) continue;
    if (keep(code)) found.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return found;
}

describe('PDF_CHARACTERS', () => {
  it('is exactly what both weights of Noto Sans (Latin) can draw', () => {
    const [regular, bold] = [notoSans(400).font, notoSans(700).font];
    const drawn = codePoints((code) => regular.hasGlyphForCodePoint(code) && bold.hasGlyphForCodePoint(code));
    const allowed = new RegExp(`[${PDF_CHARACTERS}]`, 'u');
    expect(codePoints((code) => allowed.test(String.fromCodePoint(code)))).toEqual(drawn);
    // Nothing past the Basic Multilingual Plane either (emoji, for one).
    expect(regular.characterSet.filter((code) => code > 0xffff && bold.hasGlyphForCodePoint(code))).toEqual([]);
  });
});
