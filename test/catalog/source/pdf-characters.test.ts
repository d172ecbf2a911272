/**
 * The characters the validator lets into a catalogue are the ones the PDF edition can print: the
 * class in `hygiene.ts` is compared with what both weights of the embedded font actually draw.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../../src/artifacts/pdf/woff.ts';
import { PDF_CHARACTERS } from '../../../src/catalog/source/hygiene.ts';

const require = createRequire(import.meta.url);

/** The font file the PDF edition embeds, for a weight. */
function font(weight: number): Font {
  const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
  return create(woffToSfnt(readFileSync(file))) as Font;
}

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
    const [regular, bold] = [font(400), font(700)];
    const drawn = codePoints((code) => regular.hasGlyphForCodePoint(code) && bold.hasGlyphForCodePoint(code));
    const allowed = new RegExp(`[${PDF_CHARACTERS}]`, 'u');
    expect(codePoints((code) => allowed.test(String.fromCodePoint(code)))).toEqual(drawn);
    // Nothing past the Basic Multilingual Plane either (emoji, for one).
    expect(regular.characterSet.filter((code) => code > 0xffff && bold.hasGlyphForCodePoint(code))).toEqual([]);
  });
});
