/**
 * zod's locales left out of both bundlers' work (the package's esbuild, the site's Vite and
 * Rolldown), with the same bytes out.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isZodLocalesReexport, skipZodLocales, skipZodLocalesInBuild } from '../../src/artifacts/zod-locales.ts';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';

const ENTRY = path.join(PROJECT_ROOT, 'test/fixtures/bundles/zod-mini-entry.js');
const isLocaleModule = (id: string): boolean => /zod[\\/]v4[\\/]locales[\\/]/.test(id);

describe('isZodLocalesReexport', () => {
  it("is zod's own re-export only", () => {
    const zodIndex = path.join(PROJECT_ROOT, 'node_modules/zod/v4/mini/index.js');
    expect(isZodLocalesReexport('../locales/index.js', zodIndex)).toBe(true);
    expect(isZodLocalesReexport('../locales/index.js', path.join(PROJECT_ROOT, 'src/catalog/locales.ts'))).toBe(false);
    expect(isZodLocalesReexport('../locales/index.js', undefined)).toBe(false);
    expect(isZodLocalesReexport('zod/locales', zodIndex)).toBe(false);
  });
});

describe('skipZodLocales (esbuild, the package)', () => {
  it('bundles zod without reading its messages in every language, to the same bytes', async () => {
    const esbuild = await import('esbuild');
    const bundle = (plugins: import('esbuild').Plugin[]) =>
      esbuild.build({
        entryPoints: [ENTRY],
        bundle: true,
        write: false,
        metafile: true,
        format: 'esm',
        platform: 'neutral',
        mainFields: ['module', 'main'],
        logLevel: 'silent',
        plugins,
      });
    const [plain, skipped] = await Promise.all([bundle([]), bundle([skipZodLocales])]);
    const localeModules = (result: typeof plain) => Object.keys(result.metafile.inputs).filter(isLocaleModule);
    expect(localeModules(plain).length).toBeGreaterThan(40);
    expect(localeModules(skipped)).toEqual([]);
    expect(new TextDecoder().decode(skipped.outputFiles[0]!.contents)).toBe(
      new TextDecoder().decode(plain.outputFiles[0]!.contents),
    );
  });
});

describe('skipZodLocalesInBuild (Vite and Rolldown, the site)', () => {
  it('bundles zod without reading its messages in every language, to the same bytes', async () => {
    const { rolldown } = await import('rolldown');
    const bundle = async (skip: boolean) => {
      const read: string[] = [];
      const build = await rolldown({
        input: ENTRY,
        logLevel: 'silent',
        plugins: [
          // A Vite plugin's hooks are Rolldown's (`apply` and `enforce` are Vite's own keys).
          ...(skip ? [skipZodLocalesInBuild() as import('rolldown').Plugin] : []),
          { name: 'record', load: (id) => void read.push(id) },
        ],
      });
      const { output } = await build.generate({ format: 'esm' });
      await build.close();
      return { read, code: output[0].code };
    };
    const [plain, skipped] = await Promise.all([bundle(false), bundle(true)]);
    expect(plain.read.filter(isLocaleModule).length).toBeGreaterThan(40);
    expect(skipped.read.filter(isLocaleModule)).toEqual([]);
    expect(skipped.read.length).toBeLessThan(plain.read.length - 40);
    expect(skipped.code).toBe(plain.code);
  });
});
