/** Command-line parsing shared by the scripts: usage errors are one line and exit code 2, never a stack. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { commandMessages, messageLocale } from '../messages/command.ts';
import { interpolate } from '../messages/define.ts';
import type { Locale } from '../model.ts';

/** What a command does with its arguments: run with them, or stop with this exit code. */
export type CommandLine<T> = { ok: true; values: T; positionals: string[] } | { ok: false; exitCode: number };

/**
 * The language a command line asks for (`--lang it|en`), else `fallback`: known before the options
 * are parsed, so that a mistake in them is reported in that language too.
 */
export function requestedLocale(argv: readonly string[], fallback: Locale = messageLocale()): Locale {
  const at = argv.findIndex((argument) => argument === '--lang' || argument.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]!.startsWith('--lang=') ? argv[at]!.slice(7) : argv[at + 1];
  return value === 'it' || value === 'en' ? value : fallback;
}

/** Node's `parseArgs` error in the tools' words (its own are English only). */
function parseProblem(error: unknown, locale: Locale): string {
  const t = commandMessages[locale];
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  // Node names an option as it was declared (`-h, --help`, `--tz <value>`): the long name says it.
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return interpolate(t.unknownOption, { option: quoted });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && message.includes('argument missing'))
    return interpolate(t.optionNeedsValue, { option });
  // A flag given a value (`--help=yes`).
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return interpolate(t.optionTakesNoValue, { option });
  // Positionals are allowed, so Node has no other complaint; a new one would show in its words.
  return message;
}

/** Parsed values, `lang` narrowed to a locale (`parseCommandLine` refuses any other). */
type CheckedLang<V> = { [K in keyof V]: K extends 'lang' ? Locale | Extract<V[K], undefined> : V[K] };

/**
 * Parses `argv` with `options`; prints `usage` for `--help` (exit 0) or with the error (exit 2), in `locale`.
 * A command that declares `--lang` gets it checked here: a value other than `it` or `en` is a usage error.
 */
export function parseCommandLine<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
  usage: string,
  locale: Locale = requestedLocale(argv),
): CommandLine<CheckedLang<ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values']>> {
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      return { ok: false, exitCode: 0 };
    }
    const lang = (parsed.values as { lang?: unknown }).lang;
    if ('lang' in options && lang !== undefined && lang !== 'it' && lang !== 'en') {
      console.error(`${interpolate(commandMessages[locale].unknownLanguage, { lang: String(lang) })}\n${usage}`);
      return { ok: false, exitCode: 2 };
    }
    return { ok: true, values: parsed.values as never, positionals: parsed.positionals };
  } catch (error) {
    console.error(`${parseProblem(error, locale)}\n${usage}`);
    return { ok: false, exitCode: 2 };
  }
}
