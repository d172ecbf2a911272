/** Texts of the integration page's generated parts (artifact table, code samples), Italian and English. */
import { defineMessages } from '../messages.ts';

/** UI texts of the integration page, per locale. */
export const INTEGRATION_MESSAGES = defineMessages({
  it: {
    caption: 'Gli artefatti del catalogo {version}, pubblicati con ogni versione della guida',
    fileColumn: 'File',
    purposeColumn: 'Contenuto',
    catalogJson:
      'L’intero catalogo in italiano e in inglese, con i campi derivati già calcolati: tempo di risposta in ISO 8601 e in minuti, numero e percorso della sezione.',
    catalogSchema: 'JSON Schema (2020-12) di catalog.json.',
    sourceSchema: 'JSON Schema del file sorgente catalog/catalog.yaml, per gli editor di chi mantiene il catalogo.',
    eventSchema: 'JSON Schema del payload con cui un componente di monitoraggio segnala un evento.',
    typedModule:
      'Modulo TypeScript senza dipendenze: le unioni EventId e PriorityId, i dati as const, getEvent, isCovered e responseDeadline.',
    csvIt: 'La tabella degli eventi per Excel in italiano (separatore punto e virgola).',
    csvEn: 'La tabella degli eventi per Excel in inglese (separatore virgola).',
    templates: 'I modelli della notifica al cliente, in italiano e in inglese (risorse i18next).',
    manifest: 'Versione del catalogo, hash della sorgente, dimensione e sha256 di ogni altro file.',
    tarball: 'Il pacchetto npm {name}, versione {version}.',
    installTarball: 'il pacchetto pubblicato con la guida',
    installRegistry: 'oppure, dal registro npm',
  },
  en: {
    caption: 'The artifacts of catalogue {version}, published with every version of the guide',
    fileColumn: 'File',
    purposeColumn: 'Contents',
    catalogJson:
      'The whole catalogue in Italian and English, with the derived fields already worked out: response time in ISO 8601 and in minutes, section number and path.',
    catalogSchema: 'JSON Schema (2020-12) of catalog.json.',
    sourceSchema: 'JSON Schema of the source file catalog/catalog.yaml, for the editors of catalogue maintainers.',
    eventSchema: 'JSON Schema of the payload with which a monitoring component reports an event.',
    typedModule:
      'A dependency-free TypeScript module: the EventId and PriorityId unions, the data as const, getEvent, isCovered and responseDeadline.',
    csvIt: 'The event table for Excel in Italian (semicolon separator).',
    csvEn: 'The event table for Excel in English (comma separator).',
    templates: 'The customer notification templates, in Italian and English (i18next resources).',
    manifest: 'Catalogue version, source hash, and the size and sha256 of every other file.',
    tarball: 'The npm package {name}, version {version}.',
    installTarball: 'the package published with the guide',
    installRegistry: 'or, from the npm registry',
  },
});
