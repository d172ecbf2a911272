/**
 * The PDF editions' typeface: Noto Sans (Latin, regular and bold: every character of the
 * catalogue's two languages) from `@fontsource/noto-sans`, as WOFF files converted once to TrueType.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Locale } from '../../catalog/model.ts';
import { displayPath } from '../../catalog/source/display-path.ts';
import { openFont, type PdfFont } from './font.ts';
import { pdfMessage } from './messages.ts';
import { woffToSfnt } from './woff.ts';

const require = createRequire(import.meta.url);

/** The weights the editions set text in. */
export type NotoSansWeight = 400 | 700;

/** The WOFF file of a weight in `@fontsource/noto-sans`. */
export function notoSansFile(weight: NotoSansWeight): string {
  return require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
}

/** The editions' fonts. */
export interface NotoSans {
  regular: PdfFont;
  bold: PdfFont;
}

/** The PostScript names the fonts are checked by when they are loaded. */
const POSTSCRIPT_NAMES: Readonly<Record<NotoSansWeight, string>> = { 400: 'NotoSans-Regular', 700: 'NotoSans-Bold' };

/**
 * Reads a font file of the editions (WOFF) and checks that it holds the font `expected` (its
 * PostScript name). A file that cannot be read, or holds another font, is reported at its path, in
 * `locale`.
 */
export async function openEditionFont(file: string, expected: string, locale: Locale): Promise<PdfFont> {
  let font: PdfFont;
  try {
    font = openFont(woffToSfnt(await readFile(file)));
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]!;
    throw new Error(pdfMessage(locale, 'fontUnreadable', { file: displayPath(file), reason }));
  }
  if (font.postscriptName !== expected) {
    throw new Error(
      pdfMessage(locale, 'fontUnexpected', { file: displayPath(file), expected, found: font.postscriptName }),
    );
  }
  return font;
}

/** Reads both weights; a damaged or unexpected file is reported in `locale` (the maintainer's). */
export async function loadNotoSans(locale: Locale): Promise<NotoSans> {
  const open = (weight: NotoSansWeight): Promise<PdfFont> =>
    openEditionFont(notoSansFile(weight), POSTSCRIPT_NAMES[weight], locale);
  const [regular, bold] = await Promise.all([open(400), open(700)]);
  return { regular, bold };
}
