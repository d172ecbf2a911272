/** The editions' font files: found in the npm package, and reported at their path when they are not what the editions need. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadNotoSans, notoSansFile, openEditionFont } from '../../../src/artifacts/pdf/noto-sans.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'care-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadNotoSans', () => {
  test('reads both weights from @fontsource/noto-sans', async () => {
    const { regular, bold } = await loadNotoSans('en');
    expect([regular.postscriptName, bold.postscriptName]).toEqual(['NotoSans-Regular', 'NotoSans-Bold']);
    expect(notoSansFile(700)).toMatch(/@fontsource[/\\]noto-sans[/\\]files[/\\]noto-sans-latin-700-normal\.woff$/);
  });
});

describe('openEditionFont', () => {
  test('a file that is not a font is reported at its path, with the reason and the fix, in either language', async () => {
    const file = path.join(dir, 'broken.woff');
    writeFileSync(file, 'not a font at all');
    await expect(openEditionFont(file, 'NotoSans-Regular', 'en')).rejects.toThrow(
      `${file}: the PDF edition cannot read this font file (not a WOFF 1.0 font); reinstall the dependencies with \`npm ci\`.`,
    );
    await expect(openEditionFont(file, 'NotoSans-Regular', 'it')).rejects.toThrow(
      `${file}: l’edizione PDF non può leggere questo file di carattere tipografico (not a WOFF 1.0 font); reinstalla le dipendenze con \`npm ci\`.`,
    );
  });

  test('a missing file is reported at its path', async () => {
    const file = path.join(dir, 'missing.woff');
    await expect(openEditionFont(file, 'NotoSans-Regular', 'en')).rejects.toThrow(
      new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}: the PDF edition cannot read this font file \\(ENOENT`),
    );
  });

  test('a file that holds another font says which it holds and which was expected', async () => {
    await expect(openEditionFont(notoSansFile(700), 'NotoSans-Regular', 'en')).rejects.toThrow(
      /noto-sans-latin-700-normal\.woff: the PDF edition expects the font NotoSans-Regular here, but the file holds NotoSans-Bold;/,
    );
  });
});
