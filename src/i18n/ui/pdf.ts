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
    downloadNote: 'catalogo versione {version}, per salvarla, stamparla o inoltrarla',
    editions: 'La guida agli eventi coperti in PDF, generata dallo stesso catalogo a ogni sua versione:',
    editionIt: 'in italiano',
    editionEn: 'in inglese',
    printed: 'Stampato da {url} · {version}',
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
    downloadNote: 'catalogue version {version}, to save, print or forward',
    editions: 'The guide to the covered events as a PDF, generated from the same catalogue with each of its versions:',
    editionIt: 'in Italian',
    editionEn: 'in English',
    printed: 'Printed from {url} · {version}',
  },
});
