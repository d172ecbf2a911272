import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPackageCommand } from '../../../src/catalog/command/package-bin.ts';
import { messageLocale } from '../../../src/catalog/messages/command.ts';
import { logicCatalog } from '../../support/logic-catalog.ts';

const catalog = logicCatalog();

/** Runs the package's command, returning its exit code and what it printed. */
function run(argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  const code = runPackageCommand(argv, catalog);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("the package's care-catalog command", () => {
  it('answers an unknown command with its usage, in the language asked for or the environment’s', () => {
    vi.stubEnv('CATALOG_LANG', 'en');
    const english = run(['lint']);
    expect(english.code).toBe(2);
    expect(english.err).toBe(
      `unknown command "lint"\nusage: care-catalog simulate FILE [options]   (catalogue ${catalog.version}; care-catalog simulate --help for the options)`,
    );
    expect(run(['lint', '--lang', 'it']).err).toMatch(/^comando sconosciuto "lint"\nuso: care-catalog simulate FILE/);
    vi.stubEnv('CATALOG_LANG', 'it');
    expect(run([]).out).toContain(`(catalogo ${catalog.version}; care-catalog simulate --help per le opzioni)`);
  });
});

describe('messageLocale', () => {
  it('reads CATALOG_LANG, then the locale variables, and defaults to English', () => {
    expect(messageLocale({ CATALOG_LANG: '', LC_ALL: 'it_IT.UTF-8' })).toBe('it');
    expect(messageLocale({ LC_MESSAGES: 'it' })).toBe('it');
    expect(messageLocale({ CATALOG_LANG: 'en', LANG: 'it_IT.UTF-8' })).toBe('en');
  });
});
