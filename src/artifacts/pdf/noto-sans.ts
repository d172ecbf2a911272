/**
 * The PDF editions' typeface: Noto Sans (Latin, regular and bold: every character of the
 * catalogue's two languages) from `@fontsource/noto-sans`, as WOFF files converted once to TrueType.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openFont, type PdfFont } from './font.ts';
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
const POSTSCRIPT_NAMES = { regular: 'NotoSans-Regular', bold: 'NotoSans-Bold' } as const;

/** Reads both weights. */
export async function loadNotoSans(): Promise<NotoSans> {
  const open = async (weight: NotoSansWeight): Promise<PdfFont> =>
    openFont(woffToSfnt(await readFile(notoSansFile(weight))));
  const [regular, bold] = await Promise.all([open(400), open(700)]);
  if (regular.postscriptName !== POSTSCRIPT_NAMES.regular || bold.postscriptName !== POSTSCRIPT_NAMES.bold) {
    throw new Error(`unexpected fonts ${regular.postscriptName} and ${bold.postscriptName} in @fontsource/noto-sans`);
  }
  return { regular, bold };
}
