/** What `npm run artifacts:verify` says about a build folder's artifacts, in Italian and English. */
import { defineMessages, messageFunction } from '../catalog/messages/define.ts';
import type { Locale } from '../catalog/model.ts';

const TEXTS = defineMessages({
  it: {
    manifestMissing: '{file}: manca; esegui prima la build (npm run build)',
    notJson: 'JSON non valido: {reason}',
    unreadable: 'illeggibile: {reason}',
    malformed: '{file}: malformato: {where}: {problem}',
    theManifest: 'il manifest',
    refused: '{path}: rifiutato, il percorso {reason}',
    notRelative: 'non è un percorso relativo con separatori /',
    leavesBySegments: 'esce dalla cartella (segmenti .., . o vuoti)',
    leaves: 'esce dalla cartella',
    listedMissing: '{path}: elencato nel manifest ma assente',
    fileUnreadable: '{path}: illeggibile: {reason}',
    size: '{path}: dimensione {actual}, il manifest dice {expected}',
    sha: '{path}: sha256 {actual}, il manifest dice {expected}',
    unlisted: '{path}: non elencato nel manifest',
    versionMismatch: '{manifest}: versione {version}, catalog.json dice {other}',
    sourceMismatch: '{manifest}: sourceSha256 diverso da quello di catalog.json',
    catalogMissing: '{path}: manca',
    packageMissing: '{path}: manca il pacchetto npm della versione {version}',
    outside: '{label}: {path} è fuori da package/',
    mtimes: '{label}: i file hanno date di modifica diverse, quindi il tarball non è riproducibile',
    noPackageJson: '{label}: manca package/package.json',
    packageJsonNotJson: '{label}: package/package.json non è JSON valido: {reason}',
    packageName: '{label}: nome del pacchetto {name}, atteso {expected}',
    packageVersion: '{label}: versione del pacchetto {version}, attesa {expected}',
    exportMissing: '{label}: exports nomina {target}, che non è nel tarball',
    exportDiffers: '{label}: {subpath} è diverso da {published}',
    undeclared: '{label}: il codice importa {name}, che non è tra le dipendenze',
    problemsOne: 'artifacts:verify: 1 problema',
    problemsOther: 'artifacts:verify: {count} problemi',
    verified:
      'artifacts:verify: catalogo {version}: {checked} artefatti e {files} file del pacchetto corrispondono al manifest',
  },
  en: {
    manifestMissing: '{file}: missing; build first (npm run build)',
    notJson: 'not valid JSON: {reason}',
    unreadable: 'unreadable: {reason}',
    malformed: '{file}: malformed: {where}: {problem}',
    theManifest: 'the manifest',
    refused: '{path}: refused, the path {reason}',
    notRelative: 'not a relative path with / separators',
    leavesBySegments: 'leaves the folder (.., . or empty segments)',
    leaves: 'leaves the folder',
    listedMissing: '{path}: listed in the manifest but missing',
    fileUnreadable: '{path}: unreadable: {reason}',
    size: '{path}: size {actual}, manifest says {expected}',
    sha: '{path}: sha256 {actual}, manifest says {expected}',
    unlisted: '{path}: not listed in the manifest',
    versionMismatch: '{manifest}: version {version}, catalog.json says {other}',
    sourceMismatch: '{manifest}: sourceSha256 differs from catalog.json’s',
    catalogMissing: '{path}: missing',
    packageMissing: '{path}: the npm package of version {version} is missing',
    outside: '{label}: {path} is outside package/',
    mtimes: '{label}: files carry different mtimes, so the tarball is not reproducible',
    noPackageJson: '{label}: no package/package.json',
    packageJsonNotJson: '{label}: package/package.json is not valid JSON: {reason}',
    packageName: '{label}: package name {name}, expected {expected}',
    packageVersion: '{label}: package version {version}, expected {expected}',
    exportMissing: '{label}: exports names {target}, which is not in the tarball',
    exportDiffers: '{label}: {subpath} differs from {published}',
    undeclared: '{label}: the code imports {name}, which is not a dependency',
    problemsOne: 'artifacts:verify: 1 problem',
    problemsOther: 'artifacts:verify: {count} problems',
    verified:
      'artifacts:verify: catalogue {version}: {checked} artifacts and {files} files of the package match the manifest',
  },
});

/** A key of the verifier's texts. */
export type VerifyMessageKey = keyof (typeof TEXTS)['it'];

const verifyMessage = messageFunction(TEXTS);

/** The verifier's texts of a locale, as a function of a key and its placeholders. */
export function verifyText(
  locale: Locale,
): (key: VerifyMessageKey, values?: Record<string, string | number>) => string {
  return (key, values) => verifyMessage(locale, key, values);
}
