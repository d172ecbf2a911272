/** Texts of the PDF edition of the guide and of the links to it, Italian and English. */
import { defineMessages } from '../messages.ts';

/** UI texts of the PDF edition, per locale. */
export const PDF_MESSAGES = defineMessages({
  it: {
    brand: 'ImagicleCare',
    contents: 'Indice',
    footer: 'Catalogo versione {version} del {updated}',
    pageOf: 'Pagina {page} di {pages}',
    subject:
      'Gli eventi che il Supporto Proattivo ImagicleCare monitora, con il livello di priorità e il tempo di risposta di ciascuno.',
    source: 'Versione online: {url}',
    download: 'Scarica questa pagina in PDF',
    downloadNote: '(catalogo versione {version}, {size} kB)',
    integration: 'Il PDF della guida, in italiano e in inglese: {it} · {en}',
  },
  en: {
    brand: 'ImagicleCare',
    contents: 'Contents',
    footer: 'Catalogue version {version} of {updated}',
    pageOf: 'Page {page} of {pages}',
    subject:
      'The events that ImagicleCare Proactive Support monitors, with the priority level and response time of each.',
    source: 'Online version: {url}',
    download: 'Download this page as a PDF',
    downloadNote: '(catalogue version {version}, {size} kB)',
    integration: 'The guide as a PDF, in Italian and English: {it} · {en}',
  },
});
