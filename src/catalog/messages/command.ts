/**
 * What the command-line tools say about how they were called (usage lines, bad options, unreadable
 * files), in Italian and English: the language of `--lang`, else of `messageLocale()`.
 */
import type { Locale } from '../model.ts';
import { defineMessages } from './define.ts';

const italian = {
  usage: 'uso: {invocation} {options}',
  unknownOption: 'opzione sconosciuta "{option}"',
  optionNeedsValue: 'l’opzione "{option}" vuole un valore',
  optionTakesNoValue: 'l’opzione "{option}" non prende un valore',
  unknownFormat: 'formato sconosciuto "{format}" ({formats})',
  unknownLanguage: 'lingua sconosciuta "{lang}" (it o en)',
  tooManyFiles: 'al più due file, il vecchio e il nuovo (indicati {count})',
  oneFolder: 'una cartella alla volta (indicate {count})',
  unknownCommand: 'comando sconosciuto "{command}"',
  packageUsage:
    'uso: {invocation} simulate FILE [opzioni]   (catalogo {version}; {invocation} simulate --help per le opzioni)',
  noTestFile: 'nessun file di prova indicato',
  oneTestFile: 'un file di prova alla volta (indicati {count})',
  unknownTimeZone: 'fuso orario sconosciuto "{zone}"',
  badNow:
    '--now "{value}" non è una data e ora RFC 3339 con la differenza dall’UTC (per esempio 2026-03-29T10:00:00+02:00)',
  cannotReadTestFile: '{file}: impossibile leggere il file di prova: {reason}',
  noSuchFile: 'il file non esiste',
  isFolder: 'è una cartella, non un file',
  permissionDenied: 'permesso negato',
  notUnderFolder: 'una parte del percorso non è una cartella',
  unexpectedFailure: 'la simulazione si è interrotta per un errore inatteso: {message}',
  commandFailed: '{command} si è interrotto per un errore inatteso: {message}',
};

/** The tools' words about their own invocation, per locale. */
export const commandMessages: Record<Locale, typeof italian> = defineMessages({
  it: italian,
  en: {
    usage: 'usage: {invocation} {options}',
    unknownOption: 'unknown option "{option}"',
    optionNeedsValue: 'option "{option}" needs a value',
    optionTakesNoValue: 'option "{option}" takes no value',
    unknownFormat: 'unknown format "{format}" ({formats})',
    unknownLanguage: 'unknown language "{lang}" (it or en)',
    tooManyFiles: 'at most two files, the old and the new (got {count})',
    oneFolder: 'one folder at a time (got {count})',
    unknownCommand: 'unknown command "{command}"',
    packageUsage:
      'usage: {invocation} simulate FILE [options]   (catalogue {version}; {invocation} simulate --help for the options)',
    noTestFile: 'no test file given',
    oneTestFile: 'one test file at a time (got {count})',
    unknownTimeZone: 'unknown time zone "{zone}"',
    badNow: '--now "{value}" is not an RFC 3339 date-time with an offset (e.g. 2026-03-29T10:00:00+02:00)',
    cannotReadTestFile: '{file}: cannot read the test file: {reason}',
    noSuchFile: 'no such file',
    isFolder: 'it is a folder, not a file',
    permissionDenied: 'permission denied',
    notUnderFolder: 'part of the path is not a folder',
    unexpectedFailure: 'simulate failed unexpectedly: {message}',
    commandFailed: '{command} failed unexpectedly: {message}',
  },
});

/**
 * The language the tools speak when not told: `CATALOG_LANG` (`it` or `en`), else Italian when
 * the environment's locale is Italian (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
 */
export function messageLocale(
  env: Readonly<Record<string, string | undefined>> = globalThis.process?.env ?? {},
): Locale {
  // An empty variable counts as unset, as in POSIX.
  const chosen = env['CATALOG_LANG'] || env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^it(?:[_.@-]|$)/i.test(chosen) ? 'it' : 'en';
}

/** The reasons a file cannot be read that the tools put in words; any other keeps Node's message. */
const READ_FAILURES: Readonly<Record<string, 'noSuchFile' | 'isFolder' | 'permissionDenied' | 'notUnderFolder'>> = {
  ENOENT: 'noSuchFile',
  EISDIR: 'isFolder',
  EACCES: 'permissionDenied',
  EPERM: 'permissionDenied',
  ENOTDIR: 'notUnderFolder',
};

/** Why a file could not be read (the error of `readFileSync`), in `locale`, for a one-line message. */
export function readFailureReason(error: unknown, locale: Locale): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const key = typeof code === 'string' ? READ_FAILURES[code] : undefined;
  return key ? commandMessages[locale][key] : String(message ?? error);
}
