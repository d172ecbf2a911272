import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCommandLine } from '../../../src/catalog/command/args.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseCommandLine', () => {
  it('refuses a --lang other than it or en in one line with the usage, in the language asked', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const options = { lang: { type: 'string' } } as const;
    expect(parseCommandLine(['--lang', 'fr'], options, 'uso: x', 'it')).toEqual({ ok: false, exitCode: 2 });
    expect(printed).toHaveBeenCalledWith('lingua sconosciuta "fr" (it o en)\nuso: x');
    expect(parseCommandLine(['--lang=de'], options, 'usage: x', 'en')).toEqual({ ok: false, exitCode: 2 });
    expect(printed).toHaveBeenLastCalledWith('unknown language "de" (it or en)\nusage: x');
  });

  it('gives the language asked, and leaves an undeclared --lang to Node as an unknown option', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const parsed = parseCommandLine(['--lang', 'it', 'file'], { lang: { type: 'string' } }, 'usage: x', 'en');
    expect(parsed).toEqual({ ok: true, values: { lang: 'it' }, positionals: ['file'] });
    expect(parseCommandLine(['--lang', 'fr'], {}, 'usage: x', 'en')).toEqual({ ok: false, exitCode: 2 });
    expect(printed).toHaveBeenLastCalledWith('unknown option "--lang"\nusage: x');
  });
});
