/**
 * What `npm run build` says, in Italian and English: when it cannot publish, one sentence each
 * (the path at fault and what to do; filesystem errors told by their code, never as a stack), and
 * what the build's own integrations report.
 */
import { defineMessages, messageFunction } from '../catalog/messages/define.ts';
import type { Locale } from '../catalog/model.ts';
import type { LockOwner } from './lock.ts';

const TEXTS = defineMessages({
  it: {
    busy: 'Un’altra build (processo {pid}, avviata alle {started}) sta scrivendo {folder}: attendi che finisca, oppure fermala (kill {pid}) e riprova.',
    readOnly:
      'Impossibile scrivere {path}: il file system è in sola lettura; costruisci in una cartella scrivibile (ASTRO_OUT_DIR=…).',
    denied:
      'Impossibile scrivere {path}: permesso negato; rendi scrivibile la cartella o costruisci altrove (ASTRO_OUT_DIR=…).',
    notFolder:
      'Impossibile usare {path} come cartella: è un file; spostalo o rimuovilo, oppure costruisci altrove (ASTRO_OUT_DIR=…).',
    full: 'Impossibile scrivere {path}: il disco è pieno; libera spazio e riprova.',
    other: 'Impossibile scrivere {path} ({code}); controlla la cartella e riprova.',
    incomplete: 'La build non è stata completata: {folder} è rimasta com’era.',
    failed: 'La build non è riuscita (codice {status}): {folder} è rimasta com’era.',
    leftover: 'La nuova build è in {folder}, ma la precedente non si è potuta rimuovere da {path}; rimuovila a mano.',
    catalogueLoaded: 'catalogo {version}: {events} eventi da {file}',
    artifactsWritten: '{count} artefatti ({size} KiB), generati e scritti in {ms} ms',
    artifactsFailed: 'Gli artefatti non si sono potuti generare; non ne è stato scritto nessuno.',
    uncolouredCode:
      '{document}: il blocco di codice in «{language}» resta senza colori; i linguaggi colorati sono {languages} (o txt per il testo semplice).',
    workerNotFound:
      '{file}:{line}:{column}: il worker «{specifier}» non esiste; correggi il percorso relativo a questo file.',
    unknownSample:
      '{file}:{line}:{column}: <ArtifactCode sample="{sample}" locale="{locale}" /> non esiste; i campioni sono {samples}, le lingue {locales}.',
    samplesNeedSatteri:
      'I campioni della pagina di integrazione richiedono Sätteri, il processore Markdown predefinito di Astro: togli markdown.processor dalla configurazione.',
  },
  en: {
    busy: 'Another build (process {pid}, started at {started}) is writing {folder}: wait for it to finish, or stop it (kill {pid}) and try again.',
    readOnly: 'Cannot write {path}: the file system is read-only; build into a writable folder (ASTRO_OUT_DIR=…).',
    denied: 'Cannot write {path}: permission denied; make the folder writable or build elsewhere (ASTRO_OUT_DIR=…).',
    notFolder: 'Cannot use {path} as a folder: it is a file; move or remove it, or build elsewhere (ASTRO_OUT_DIR=…).',
    full: 'Cannot write {path}: the disk is full; free some space and try again.',
    other: 'Cannot write {path} ({code}); check the folder and try again.',
    incomplete: 'The build did not complete: {folder} is unchanged.',
    failed: 'The build failed (exit code {status}): {folder} is unchanged.',
    leftover: 'The new build is in {folder}, but the previous one could not be removed from {path}; remove it by hand.',
    catalogueLoaded: 'catalogue {version}: {events} events from {file}',
    artifactsWritten: '{count} artifacts ({size} KiB), made and written in {ms} ms',
    artifactsFailed: 'The artifacts could not be built; none was written.',
    uncolouredCode:
      '{document}: the code block in "{language}" stays uncoloured; the coloured languages are {languages} (or txt for plain text).',
    workerNotFound:
      '{file}:{line}:{column}: the worker "{specifier}" does not exist; correct the path, relative to this file.',
    unknownSample:
      '{file}:{line}:{column}: <ArtifactCode sample="{sample}" locale="{locale}" /> does not exist; the samples are {samples}, the languages {locales}.',
    samplesNeedSatteri:
      'The integration page’s samples need Sätteri, Astro’s default Markdown processor: remove markdown.processor from the configuration.',
  },
});

/** A message key. */
export type BuildMessageKey = keyof (typeof TEXTS)['it'];

/** The message in a language, its `{placeholders}` filled. */
export const buildMessage = messageFunction(TEXTS);

/** The sentence for a lock held by another build. */
export function busyMessage(locale: Locale, owner: LockOwner): string {
  return buildMessage(locale, 'busy', { ...owner });
}

/** Filesystem error codes, by the sentence that explains them. */
const FS_CODES: Readonly<Record<string, BuildMessageKey>> = {
  EROFS: 'readOnly',
  EACCES: 'denied',
  EPERM: 'denied',
  ENOTDIR: 'notFolder',
  EEXIST: 'notFolder',
  ENOSPC: 'full',
  EDQUOT: 'full',
};

/** One sentence for a filesystem error, naming the path (the error's own, or `fallback`). */
export function fsErrorMessage(locale: Locale, error: unknown, fallback: string): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (!code || !/^E[A-Z]+$/.test(code)) return undefined;
  return buildMessage(locale, FS_CODES[code] ?? 'other', { path: path ?? fallback, code });
}

/**
 * An error that stops the build with its message as the whole report, printed without a stack:
 * catalogue findings, artifacts that could not be made, an integration sample that does not exist.
 */
export class BuildReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildReportError';
    // Empty, not the message: Astro prints a "Stack trace:" heading under any error that has one.
    this.stack = '';
  }
}
